-- Marks the file as a Physio Kiosk record ("PhKi"), so a restore can tell the clinic's backups from other
-- SQLite files. Databases upgraded to this version are also rewritten once (VACUUM, in Database.migrate),
-- because rows deleted before secure_delete was switched on may still sit in free pages.
PRAGMA application_id = 1349012329;

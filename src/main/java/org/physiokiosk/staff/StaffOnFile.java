package org.physiokiosk.staff;

/** What a database file says of its staff, read as it stands now. */
public enum StaffOnFile {
    /** No staff: no file, an empty one, or a record older than staff accounts or without any yet. */
    NONE,
    /** At least one account. */
    SOME,
    /** It could not be read (damaged, not a database, busy, unreadable): whoever asks must not assume none. */
    UNKNOWN
}

-- Schema version 13: the audit trail (issue 11). One row per action: when, who, what, which patient (if any), the
-- outcome; never clinical text or a secret. Each row's hash covers its own fields and the previous row's hash, so
-- a row changed, removed or slipped in with an outside tool breaks the chain; and the database refuses to change
-- or delete a row.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    staff       TEXT NOT NULL,
    action      TEXT NOT NULL,
    patient_id  INTEGER,
    outcome     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_never_changes BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never changed');
END;
CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never deleted');
END;

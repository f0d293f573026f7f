-- Schema version 12: staff accounts (issue 11). A secret is kept only as a slow salted hash with its parameters;
-- failed sign-ins in a row are counted (a delay from the 5th, locked after the 10th until an administrator
-- unlocks); a retired account stays so that the record can always name who did what.
CREATE TABLE staff (
    id               INTEGER PRIMARY KEY,
    sign_in_name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name        TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('front-desk', 'clinician', 'administrator')),
    secret_hash      TEXT NOT NULL,
    failed_in_a_row  INTEGER NOT NULL DEFAULT 0,
    locked           INTEGER NOT NULL DEFAULT 0,
    retired_at       TEXT,
    created_at       TEXT NOT NULL
);

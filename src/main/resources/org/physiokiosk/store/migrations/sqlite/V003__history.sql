-- Schema version 3: the record never loses a line.
-- Notes are never changed: a correction is an amendment, a note of its own that points at the original.
-- Plans are never changed: a change is a new version in the same series.
-- Each handout keeps a snapshot (JSON) of exactly what it printed.
-- Erasing a patient leaves a line in erasure_log that holds no patient data.

ALTER TABLE visit_note ADD COLUMN amends_note_id INTEGER REFERENCES visit_note (id);
CREATE INDEX visit_note_amends ON visit_note (amends_note_id);

CREATE TRIGGER visit_note_never_changes BEFORE UPDATE ON visit_note
BEGIN
    SELECT RAISE(ABORT, 'a saved note is never changed: add an amendment');
END;

ALTER TABLE plan ADD COLUMN series_id INTEGER REFERENCES plan (id);
ALTER TABLE plan ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER plan_never_changes BEFORE UPDATE ON plan
BEGIN
    SELECT RAISE(ABORT, 'a plan is never changed: record a new version');
END;

CREATE TRIGGER plan_item_never_changes BEFORE UPDATE ON plan_item
BEGIN
    SELECT RAISE(ABORT, 'a plan is never changed: record a new version');
END;

ALTER TABLE handout ADD COLUMN snapshot TEXT;

CREATE TRIGGER handout_never_changes BEFORE UPDATE OF plan_id, file, sha256, produced_at, snapshot ON handout
BEGIN
    SELECT RAISE(ABORT, 'a handout record is never changed');
END;

CREATE TABLE erasure_log (
    id         INTEGER PRIMARY KEY,
    erased_at  TEXT NOT NULL,
    notes      INTEGER NOT NULL,
    plans      INTEGER NOT NULL,
    handouts   INTEGER NOT NULL
);

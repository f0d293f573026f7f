-- Schema version 7: the clinic's own exercises (issue 10). A clinic exercise has a row in exercise (origin
-- 'clinic') and one row here for each version of its text, never changed or deleted: plans name the version
-- they used, and a handout's snapshot keeps what it printed. Retiring hides an exercise from the library;
-- nothing is ever deleted while a plan uses it.
CREATE TABLE clinic_exercise_version (
    exercise_id  TEXT NOT NULL REFERENCES exercise (id),
    version      INTEGER NOT NULL CHECK (version >= 1),
    definition   TEXT NOT NULL,
    picture_sha  TEXT REFERENCES picture (sha256),
    based_on     TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (exercise_id, version)
);
CREATE TRIGGER clinic_exercise_version_never_changes BEFORE UPDATE ON clinic_exercise_version
BEGIN
    SELECT RAISE(ABORT, 'a saved version of a clinic exercise is never changed: save a new version');
END;
CREATE TRIGGER clinic_exercise_version_never_deleted BEFORE DELETE ON clinic_exercise_version
BEGIN
    SELECT RAISE(ABORT, 'a saved version of a clinic exercise is never deleted: retire the exercise');
END;
ALTER TABLE exercise ADD COLUMN retired_at TEXT;
ALTER TABLE plan_item ADD COLUMN exercise_version INTEGER;

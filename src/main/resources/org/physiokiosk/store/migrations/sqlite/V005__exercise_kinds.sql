-- Schema version 5: the library has four kinds of exercise (stretch, strengthen, mobility, balance).
-- SQLite cannot change a CHECK constraint in place, so the exercise table is rebuilt as its documentation
-- describes (foreign keys are off while migrations run, and checked with foreign_key_check afterwards).
CREATE TABLE exercise_v5 (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('stretch', 'strengthen', 'mobility', 'balance')),
    body_region  TEXT NOT NULL,
    reviewed_by  TEXT NOT NULL,
    reviewed_on  TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('seed', 'clinic'))
);
INSERT INTO exercise_v5 (id, name, kind, body_region, reviewed_by, reviewed_on, origin)
    SELECT id, name, kind, body_region, reviewed_by, reviewed_on, origin FROM exercise;
DROP TABLE exercise;
ALTER TABLE exercise_v5 RENAME TO exercise;

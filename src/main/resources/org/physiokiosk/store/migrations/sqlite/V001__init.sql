-- Schema version 1: patients, plans with ordered items, visit notes and the handout log.
-- Exercises are copied here from the reviewed catalogue at every start.

CREATE TABLE exercise (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('stretch', 'strengthen')),
    body_region  TEXT NOT NULL,
    reviewed_by  TEXT NOT NULL,
    reviewed_on  TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('seed', 'clinic'))
);

CREATE TABLE patient (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    date_of_birth  TEXT NOT NULL,
    chart_number   TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
CREATE INDEX patient_date_of_birth ON patient (date_of_birth);

CREATE TABLE plan (
    id                    INTEGER PRIMARY KEY,
    patient_id            INTEGER NOT NULL REFERENCES patient (id),
    therapist             TEXT NOT NULL DEFAULT '',
    next_appointment      TEXT NOT NULL DEFAULT '',
    patient_instructions  TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL
);
CREATE INDEX plan_patient ON plan (patient_id);

CREATE TABLE plan_item (
    plan_id               INTEGER NOT NULL REFERENCES plan (id),
    position              INTEGER NOT NULL,
    exercise_id           TEXT NOT NULL REFERENCES exercise (id),
    hold_seconds          INTEGER,
    repetitions           INTEGER,
    sets                  INTEGER,
    each_side             INTEGER NOT NULL DEFAULT 0,
    times_per_day         INTEGER,
    days_per_week         INTEGER,
    personal_instruction  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE visit_note (
    id          INTEGER PRIMARY KEY,
    patient_id  INTEGER NOT NULL REFERENCES patient (id),
    plan_id     INTEGER REFERENCES plan (id),
    text        TEXT NOT NULL,
    author      TEXT NOT NULL,
    written_at  TEXT NOT NULL
);
CREATE INDEX visit_note_patient ON visit_note (patient_id);

CREATE TABLE handout (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plan (id),
    file         TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    produced_at  TEXT NOT NULL
);
CREATE INDEX handout_plan ON handout (plan_id);

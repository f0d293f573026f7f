-- Schema version 8: the clinic's own templates (issue 10). A template is a starting point, not a record: plans keep
-- their own copy of every exercise and dosage, so a template is changed in place (renamed, its exercises replaced)
-- and retired rather than deleted.
CREATE TABLE clinic_template (
    id          TEXT PRIMARY KEY,
    definition  TEXT NOT NULL,
    retired_at  TEXT,
    created_at  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);

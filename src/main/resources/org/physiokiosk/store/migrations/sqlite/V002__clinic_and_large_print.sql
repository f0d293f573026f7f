-- Schema version 2: the clinic's settings (edited in the kiosk, printed on handouts)
-- and large print as a choice per plan.

CREATE TABLE clinic (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    name              TEXT NOT NULL,
    address           TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    emergency_number  TEXT NOT NULL,
    logo              BLOB NOT NULL DEFAULT x'',
    paper             TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')),
    updated_at        TEXT NOT NULL
);

ALTER TABLE plan ADD COLUMN large_print INTEGER NOT NULL DEFAULT 0;

-- The printer a handout was sent to (NULL when it was only saved as a PDF).
ALTER TABLE handout ADD COLUMN printed_on TEXT;

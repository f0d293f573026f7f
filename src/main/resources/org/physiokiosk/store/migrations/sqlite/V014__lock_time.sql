-- Schema version 14 (issue 11): how long the kiosk waits, idle, before it locks (1 to 30 minutes, default 5; an
-- administrator's setting), and an index so a patient's own rows of the audit trail are found quickly (a patient
-- export lists who opened the record).
ALTER TABLE clinic ADD COLUMN lock_minutes INTEGER NOT NULL DEFAULT 5 CHECK (lock_minutes BETWEEN 1 AND 30);
CREATE INDEX audit_by_patient ON audit (patient_id);

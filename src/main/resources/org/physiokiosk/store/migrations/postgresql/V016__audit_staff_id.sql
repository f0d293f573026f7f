-- Schema version 16: the audit trail names who acted by their staff account's number, read from the account, never
-- by what was typed; empty for the command line on a database without staff, the kiosk's own routines and a name
-- that matches no account. A row with a number has it in its hash.
ALTER TABLE audit ADD COLUMN staff_id BIGINT REFERENCES staff (id);

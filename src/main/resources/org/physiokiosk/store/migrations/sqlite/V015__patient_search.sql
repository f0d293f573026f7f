-- Schema version 15 (issue 12): patient search that does not read the whole table. name_key holds the name as
-- PatientName.key compares it (case folded in any script, invisible characters and odd spaces set aside); the
-- program fills it for rows that have none. The list is shown in name order, which an index now gives, so a
-- search stops as soon as it has enough rows; a chart number and a date of birth are found by their indexes.
ALTER TABLE patient ADD COLUMN name_key TEXT;
CREATE INDEX patient_name_key ON patient (name_key);
-- The key and the chart number are in the name-order index too, so a search reads the index alone until it has
-- enough rows.
CREATE INDEX patient_by_name ON patient (name COLLATE NOCASE, id, name_key, chart_number);
CREATE INDEX patient_chart_number ON patient (chart_number);

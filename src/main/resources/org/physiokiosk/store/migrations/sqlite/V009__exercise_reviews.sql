-- Schema version 9: a clinician's review of an exercise's text (issue 10). A review belongs to the words reviewed:
-- it is kept with the SHA-256 of the exercise's patient-facing text, so a changed text (a new version of a clinic
-- exercise, a new release of a shipped one) is shown as not reviewed until a clinician reviews it again.
-- Reviews are never changed or deleted.
CREATE TABLE exercise_review (
    exercise_id  TEXT NOT NULL,
    text_sha     TEXT NOT NULL,
    reviewed_by  TEXT NOT NULL,
    reviewed_on  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (exercise_id, text_sha)
);
CREATE TRIGGER exercise_review_never_changes BEFORE UPDATE ON exercise_review
BEGIN
    SELECT RAISE(ABORT, 'a review is never changed: record a new one');
END;

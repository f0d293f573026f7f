-- Schema version 10: the pose a clinic exercise's picture was drawn from (its joint angles, as JSON), so the clinic
-- can change the picture again with the same sliders. Null for a picture the clinic supplied or an older version.
ALTER TABLE clinic_exercise_version ADD COLUMN pose TEXT;

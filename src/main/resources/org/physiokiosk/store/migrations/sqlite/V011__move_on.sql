-- Schema version 11: the therapist's own word, per exercise of a plan, on when to move on to the next step.
ALTER TABLE plan_item ADD COLUMN move_on TEXT NOT NULL DEFAULT '';

-- Schema version 18: the clinic may give a doctor or out-of-hours line, printed beside "Call your doctor today" on
-- every handout's warning signs. Empty until the clinic gives one; the handout then prints no number there.
ALTER TABLE clinic ADD COLUMN doctor_line TEXT NOT NULL DEFAULT '';

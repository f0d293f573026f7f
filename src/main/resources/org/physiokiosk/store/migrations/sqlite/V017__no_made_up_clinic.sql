-- Schema version 17: every record used to start with a made-up clinic from the shipped clinic.yaml ("Physio Kiosk
-- Demo Clinic", "1 High Street, Springfield", "555-0100", emergency number "911"), printed on every handout as if
-- it were real. Each of those details still exactly as shipped is cleared, so that the record counts as not set up:
-- its handouts name no clinic and tell patients to call their local emergency number, and the kiosk asks an
-- administrator for the real details. The emergency number is cleared only where the name was never changed either;
-- a clinic that gave its own name and kept 911 chose it. Anything a clinic typed itself stays as it is.
UPDATE clinic SET
    name = CASE WHEN name = 'Physio Kiosk Demo Clinic' THEN '' ELSE name END,
    address = CASE WHEN address = '1 High Street, Springfield' THEN '' ELSE address END,
    phone = CASE WHEN phone = '555-0100' THEN '' ELSE phone END,
    emergency_number = CASE WHEN name = 'Physio Kiosk Demo Clinic' AND emergency_number = '911' THEN ''
                            ELSE emergency_number END
WHERE id = 1;

package org.physiokiosk.patient;

import java.util.List;

/** What adding a patient did: added them, or found them (or a look-alike) already on record. */
public sealed interface AddResult {

    /** The patient was added. */
    record Added(Patient patient) implements AddResult {
    }

    /** Nothing was added: these patients (oldest first) have the same name, as compared, and date of birth. */
    record AlreadyOnRecord(NewPatient candidate, List<Patient> sameNameAndBirth) implements AddResult {
        public AlreadyOnRecord {
            sameNameAndBirth = List.copyOf(sameNameAndBirth);
        }

        /** The oldest record with that name and date of birth. */
        public Patient existing() {
            return sameNameAndBirth.get(0);
        }
    }
}

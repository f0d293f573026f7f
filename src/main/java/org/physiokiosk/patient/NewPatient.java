package org.physiokiosk.patient;

import java.time.LocalDate;

/**
 * A patient that has passed validation and is ready to be saved. The name is kept in its stored form
 * ({@link PatientName#normalise}) whoever builds one, so nothing reaches the store with a no-break space,
 * a zero-width space or a direction override in the name.
 */
public record NewPatient(String name, LocalDate dateOfBirth, String chartNumber) {

    public NewPatient {
        name = PatientName.normalise(name);
        chartNumber = chartNumber == null ? "" : chartNumber.strip();
    }
}

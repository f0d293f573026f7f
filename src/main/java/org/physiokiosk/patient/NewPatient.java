package org.physiokiosk.patient;

import java.time.LocalDate;

/** A patient that has passed validation and is ready to be saved. */
public record NewPatient(String name, LocalDate dateOfBirth, String chartNumber) {
}

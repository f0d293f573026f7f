package org.physiokiosk.patient;

import java.time.LocalDate;

/** A patient as recorded. {@code chartNumber} may be empty. */
public record Patient(long id, String name, LocalDate dateOfBirth, String chartNumber) {
}

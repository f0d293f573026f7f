package org.physiokiosk.catalog;

/** The clinic's details printed at the top of the handout. */
public record Clinic(String name, String phone, String emergencyNumber) {
}

package org.physiokiosk.catalog;

import org.physiokiosk.clinic.PaperSize;

/**
 * The clinic's details as clinic.yaml gives them to a new database; staff change them later in the kiosk. Each is
 * empty when the file leaves it out, as the shipped file does: Physio Kiosk does not know the clinic.
 */
public record Clinic(String name, String address, String phone, String emergencyNumber, PaperSize paper) {
}

package org.physiokiosk.catalog;

import org.physiokiosk.clinic.PaperSize;

/** The clinic's details as first shipped in clinic.yaml; staff change them later in the kiosk. */
public record Clinic(String name, String address, String phone, String emergencyNumber, PaperSize paper) {
}

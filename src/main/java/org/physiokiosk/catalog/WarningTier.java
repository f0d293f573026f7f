package org.physiokiosk.catalog;

/**
 * How soon a warning sign needs help, in the order the box prints them: an emergency (call the emergency number
 * now), a doctor the same day, or the clinic at the next visit.
 */
public enum WarningTier {
    EMERGENCY("emergency"), DOCTOR_TODAY("doctorToday"), NEXT_VISIT("nextVisit");

    private final String id;

    WarningTier(String id) {
        this.id = id;
    }

    /** The tier's name in warning-signs.yaml. */
    public String id() {
        return id;
    }
}

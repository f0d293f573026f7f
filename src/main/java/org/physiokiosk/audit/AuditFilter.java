package org.physiokiosk.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which rows of the trail to show: by person, patient, words of the action, and days (from and to, both included,
 * in the clinic's time zone). A null part matches every row.
 */
public record AuditFilter(String staff, Long patientId, String action, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        staff = blankToNull(staff);
        action = blankToNull(action);
    }

    public boolean matches(AuditEntry e, ZoneId zone) {
        LocalDate day = e.at().atZone(zone).toLocalDate();
        return (staff == null || e.staff().equalsIgnoreCase(staff))
                && (patientId == null || patientId.equals(e.patientId()))
                && (action == null || e.action().toLowerCase(Locale.ROOT).contains(action.toLowerCase(Locale.ROOT)))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

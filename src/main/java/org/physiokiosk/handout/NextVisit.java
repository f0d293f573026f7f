package org.physiokiosk.handout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of the next visit, read from the appointment as staff typed it ("Tuesday 15 December, 10:30",
 * "15 Dec", "2026-12-15"), so the tick chart can reach it. Best effort: anything it cannot read with certainty
 * is no date, and the chart keeps its one week.
 */
final class NextVisit {

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+(\\d{4}))?\\b",
            Pattern.CASE_INSENSITIVE);

    private NextVisit() {
    }

    /** The visit's date on or after {@code printed} (within a year when no year is given), if the text names one. */
    static Optional<LocalDate> of(String appointment, LocalDate printed) {
        if (appointment == null || appointment.isBlank()) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(appointment);
            if (iso.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)))).filter(d -> !d.isBefore(printed));
            }
            Matcher dm = DAY_MONTH.matcher(appointment);
            if (!dm.find()) {
                return Optional.empty();
            }
            int day = Integer.parseInt(dm.group(1));
            Month month = java.util.Arrays.stream(Month.values())
                    .filter(m -> m.name().toLowerCase(Locale.ROOT).startsWith(dm.group(2).toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow();
            if (dm.group(3) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(dm.group(3)), month, day))
                        .filter(d -> !d.isBefore(printed));
            }
            LocalDate date = LocalDate.of(printed.getYear(), month, day);
            return Optional.of(date.isBefore(printed) ? LocalDate.of(printed.getYear() + 1, month, day) : date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

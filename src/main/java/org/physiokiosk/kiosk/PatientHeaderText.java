package org.physiokiosk.kiosk;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.service.PatientDesk;

/**
 * The line under the chosen patient's name in the header: born, age, chart number, the plan they have and when they
 * were last seen. Dates in words, so 03/04 is never read the wrong way round at the desk.
 */
final class PatientHeaderText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private PatientHeaderText() {
    }

    /** The date in words: "14 March 1956". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Whole years between birth and {@code today}. */
    static int age(LocalDate born, LocalDate today) {
        return Math.max(0, Period.between(born, today).getYears());
    }

    /** "Born 14 March 1956, age 70 · Chart RX-4471": what the patient's own row says. */
    static String identity(Patient p, LocalDate today) {
        String born = Messages.get("header.born", day(p.dateOfBirth()), age(p.dateOfBirth(), today));
        return p.chartNumber().isBlank() ? born
                : born + Messages.get("header.separator") + Messages.get("header.chart", p.chartNumber());
    }

    /**
     * "Plan 12 of 3 Dec 2026, 5 exercises · Last visit 3 Dec 2026", read from the record once the patient is chosen;
     * the months are short so the line fits beside who is signed in on a 1024-wide screen.
     */
    static String record(PatientDesk.Opened seen, ZoneId zone) {
        String plan = seen.latestPlan().map(p -> Messages.get("header.plan", String.valueOf(p.id()),
                        SHORT_DAY.format(LocalDate.ofInstant(p.createdAt(), zone)), p.draft().items().size()))
                .orElse(Messages.get("header.noPlan"));
        String visit = seen.lastVisit().map(at -> Messages.get("header.lastVisit",
                        SHORT_DAY.format(LocalDate.ofInstant(at, zone))))
                .orElse(Messages.get("header.firstVisit"));
        return plan + Messages.get("header.separator") + visit;
    }
}

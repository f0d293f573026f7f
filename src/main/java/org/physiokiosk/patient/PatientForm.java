package org.physiokiosk.patient;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what staff typed for a new patient. Each problem is reported against its field with a
 * message that says what to do; nothing is saved until there are none.
 */
public final class PatientForm {

    public static final int MAX_NAME = 200;
    public static final int MAX_CHART = 40;
    public static final int OLDEST_AGE = 130;

    public enum Field { NAME, DATE_OF_BIRTH, CHART_NUMBER }

    /** Either a valid patient or the problems, one per field. */
    public record Result(Optional<NewPatient> patient, Map<Field, String> problems) {
        public boolean valid() {
            return patient.isPresent();
        }
    }

    private PatientForm() {
    }

    /** As {@link #check(String, String, String, LocalDate, TypedDate.DayOrder)} with the day written first. */
    public static Result check(String name, String dateOfBirth, String chartNumber, LocalDate today) {
        return check(name, dateOfBirth, chartNumber, today, TypedDate.DayOrder.DAY_FIRST);
    }

    /**
     * The form as typed; the date of birth may be in any form {@link TypedDate} reads, numbers only in
     * {@code order}.
     */
    public static Result check(String name, String dateOfBirth, String chartNumber, LocalDate today,
                               TypedDate.DayOrder order) {
        Map<Field, String> problems = new LinkedHashMap<>();
        // Spaces, invisible format characters and NFC are settled first (see PatientName); what is still
        // refused is a name with nothing visible in it, one that is too long once tidied, and one holding a
        // control character that is not a space (a bell, an escape) or a broken character (a lone surrogate).
        String cleanName = PatientName.normalise(name);
        if (!PatientName.hasVisibleText(cleanName)) {
            problems.put(Field.NAME, "Enter the patient's name.");
        } else if (cleanName.length() > MAX_NAME) {
            problems.put(Field.NAME, "The name is too long: use at most " + MAX_NAME + " characters.");
        } else if (PatientName.hasControlCharacters(cleanName)) {
            problems.put(Field.NAME, "The name holds a hidden control character: type it again.");
        }
        LocalDate dob = null;
        String dobText = dateOfBirth == null ? "" : dateOfBirth.strip();
        if (dobText.isEmpty()) {
            problems.put(Field.DATE_OF_BIRTH, "Enter the date of birth, for example " + TypedDate.example(order) + ".");
        } else {
            try {
                dob = TypedDate.parse(dobText, order);
                if (dob.isAfter(today)) {
                    problems.put(Field.DATE_OF_BIRTH, "The date of birth is in the future: check the year.");
                } else if (dob.isBefore(today.minusYears(OLDEST_AGE))) {
                    problems.put(Field.DATE_OF_BIRTH, "The date of birth is more than " + OLDEST_AGE
                            + " years ago: check the year.");
                }
            } catch (DateTimeParseException e) {
                // Short enough to stand under the field on a 1024-wide screen; the label says the other forms.
                problems.put(Field.DATE_OF_BIRTH, "'" + shorten(dobText) + "' is not a real date. Type it like "
                        + TypedDate.example(order) + ".");
            }
        }
        String chart = clean(chartNumber);
        if (chart.length() > MAX_CHART) {
            problems.put(Field.CHART_NUMBER, "The chart number is too long: use at most " + MAX_CHART + " characters.");
        } else if (PatientName.hasControlCharacters(chart)) {
            problems.put(Field.CHART_NUMBER, "The chart number holds a hidden control character: type it again.");
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new NewPatient(cleanName, dob, chart)), Map.of());
    }

    /** Parses YYYY-MM-DD strictly (2023-02-30 is refused, not rounded). */
    public static LocalDate parseDate(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        return LocalDate.parse(text);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String text) {
        return text.length() > 16 ? text.substring(0, 16) + "…" : text;
    }
}

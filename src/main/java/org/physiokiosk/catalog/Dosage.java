package org.physiokiosk.catalog;

/**
 * How much of an exercise to do. Every number is optional (null when it does not apply);
 * {@code eachSide} says repetitions are done on each side of the body.
 */
public record Dosage(Integer holdSeconds, Integer repetitions, Integer sets, boolean eachSide,
                     Integer timesPerDay, Integer daysPerWeek) {

    /** Largest number a therapist may enter in any dosage field. */
    public static final int MAX_VALUE = 600;

    public Dosage {
        holdSeconds = positiveOrNull(holdSeconds, "hold seconds");
        repetitions = positiveOrNull(repetitions, "repetitions");
        sets = positiveOrNull(sets, "sets");
        timesPerDay = positiveOrNull(timesPerDay, "times per day");
        if (timesPerDay != null && timesPerDay > 24) {
            throw new IllegalArgumentException("times per day must be 24 or fewer");
        }
        daysPerWeek = positiveOrNull(daysPerWeek, "days per week");
        if (daysPerWeek != null && daysPerWeek > 7) {
            throw new IllegalArgumentException("days per week must be 7 or fewer");
        }
    }

    public static Dosage none() {
        return new Dosage(null, null, null, false, null, null);
    }

    public Dosage withHoldSeconds(Integer value) {
        return new Dosage(value, repetitions, sets, eachSide, timesPerDay, daysPerWeek);
    }

    public Dosage withRepetitions(Integer value) {
        return new Dosage(holdSeconds, value, sets, eachSide, timesPerDay, daysPerWeek);
    }

    public Dosage withSets(Integer value) {
        return new Dosage(holdSeconds, repetitions, value, eachSide, timesPerDay, daysPerWeek);
    }

    public Dosage withEachSide(boolean value) {
        return new Dosage(holdSeconds, repetitions, sets, value, timesPerDay, daysPerWeek);
    }

    public Dosage withTimesPerDay(Integer value) {
        return new Dosage(holdSeconds, repetitions, sets, eachSide, value, daysPerWeek);
    }

    public Dosage withDaysPerWeek(Integer value) {
        return new Dosage(holdSeconds, repetitions, sets, eachSide, timesPerDay, value);
    }

    private static Integer positiveOrNull(Integer value, String field) {
        if (value == null || value == 0) {
            return null;
        }
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException(field + " must be between 1 and " + MAX_VALUE);
        }
        return value;
    }
}

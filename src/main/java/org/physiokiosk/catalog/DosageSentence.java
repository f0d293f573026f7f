package org.physiokiosk.catalog;

/**
 * Turns a {@link Dosage} into the plain sentence a patient reads, for example
 * "Hold for 30 seconds. Do this 3 times on each side, twice a day, every day."
 */
public final class DosageSentence {

    private DosageSentence() {
    }

    public static String of(Dosage d) {
        StringBuilder out = new StringBuilder();
        if (d.holdSeconds() != null) {
            out.append("Hold for ").append(seconds(d.holdSeconds())).append('.');
        }
        String frequency = frequency(d);
        boolean sets = d.sets() != null && d.sets() > 1;
        if (d.repetitions() != null && (d.repetitions() > 1 || d.eachSide() || sets)) {
            sentence(out).append("Do this ").append(times(d.repetitions()));
            if (d.eachSide()) {
                out.append(" on each side");
            }
            if (sets) {
                out.append(". Rest, then do ").append(d.sets() - 1)
                        .append(d.sets() == 2 ? " more set" : " more sets");
                if (!frequency.isEmpty()) {
                    out.append(". Do all of this ").append(frequency);
                }
            } else if (!frequency.isEmpty()) {
                out.append(", ").append(frequency);
            }
            out.append('.');
        } else {
            if (d.eachSide()) {
                sentence(out).append("Do this on each side.");
            }
            if (!frequency.isEmpty()) {
                sentence(out).append("Do this ").append(frequency).append('.');
            }
        }
        return out.toString();
    }

    private static StringBuilder sentence(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        return out;
    }

    /** "30 seconds", "1 minute": shared with {@link DoseSteps}. */
    static String seconds(int n) {
        if (n >= 60 && n % 60 == 0) {
            int minutes = n / 60;
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return n == 1 ? "1 second" : n + " seconds";
    }

    /** "once", "2 times", "10 times": shared with {@link DoseSteps}. */
    static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "2 times";
            default -> n + " times";
        };
    }

    /** "twice a day, every day", or empty when the dosage says neither. */
    public static String frequency(Dosage d) {
        String perDay = d.timesPerDay() == null ? "" : switch (d.timesPerDay()) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> d.timesPerDay() + " times a day";
        };
        String perWeek = d.daysPerWeek() == null ? "" : switch (d.daysPerWeek()) {
            case 7 -> "every day";
            case 1 -> "on 1 day a week";
            default -> "on " + d.daysPerWeek() + " days a week";
        };
        if (perDay.isEmpty()) {
            return perWeek;
        }
        if (perWeek.isEmpty()) {
            return perDay;
        }
        return perDay + ", " + perWeek;
    }
}

package org.physiokiosk.plan;

import java.util.List;
import org.physiokiosk.catalog.Dosage;

/**
 * About how long one session of a plan takes, from the dosages, so the handout never understates it: each hold
 * plus 3 seconds to get in and out of it, or 4 seconds for a repetition without a hold, times repetitions, sets
 * and sides; 30 seconds' rest between sets; 15 seconds to get into position for each exercise; a minute of gentle
 * movement for an exercise whose dosage gives neither a hold nor repetitions.
 */
public final class SessionTime {

    static final int SETTLE_SECONDS = 15;
    static final int HOLD_EXTRA_SECONDS = 3;
    static final int REPETITION_SECONDS = 4;
    static final int REST_BETWEEN_SETS_SECONDS = 30;
    static final int MOVEMENT_SECONDS = 60;

    private SessionTime() {
    }

    /** A step of an exercise's own that holds a position: the dosage's hold is done once for each. */
    private static final java.util.regex.Pattern HOLD = java.util.regex.Pattern.compile("\\bHold for \\d+ seconds?\\b");

    /** Seconds one round of this exercise takes. */
    public static int seconds(Dosage d) {
        return seconds(d, 1);
    }

    /**
     * Seconds one round of this plan line takes: as {@link #seconds(Dosage)}, with the hold counted once for each
     * step of the exercise's own that holds (a knee bent and held, then straightened and held).
     */
    public static int seconds(PlanItem item) {
        long holds = item.exercise().steps().stream().filter(step -> HOLD.matcher(step).find()).count();
        return seconds(item.dosage(), (int) Math.max(1, holds));
    }

    private static int seconds(Dosage d, int holds) {
        int sides = d.eachSide() ? 2 : 1;
        int sets = d.sets() == null ? 1 : d.sets();
        int work;
        if (d.holdSeconds() == null && d.repetitions() == null) {
            work = MOVEMENT_SECONDS * sides;
        } else {
            int each = d.holdSeconds() != null ? (d.holdSeconds() + HOLD_EXTRA_SECONDS) * holds : REPETITION_SECONDS;
            int reps = d.repetitions() == null ? 1 : d.repetitions();
            work = each * reps * sets * sides + (sets - 1) * REST_BETWEEN_SETS_SECONDS;
        }
        return SETTLE_SECONDS + work;
    }

    /** Whole minutes one session of these items takes, rounded up (at least 1). */
    public static int minutes(List<PlanItem> items) {
        int total = 0;
        for (PlanItem item : items) {
            total += seconds(item);
        }
        return Math.max(1, (total + 59) / 60);
    }
}

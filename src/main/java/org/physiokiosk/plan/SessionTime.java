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

    /** Seconds one round of this exercise takes. */
    public static int seconds(Dosage d) {
        int sides = d.eachSide() ? 2 : 1;
        int sets = d.sets() == null ? 1 : d.sets();
        int work;
        if (d.holdSeconds() == null && d.repetitions() == null) {
            work = MOVEMENT_SECONDS * sides;
        } else {
            int each = d.holdSeconds() != null ? d.holdSeconds() + HOLD_EXTRA_SECONDS : REPETITION_SECONDS;
            int reps = d.repetitions() == null ? 1 : d.repetitions();
            work = each * reps * sets * sides + (sets - 1) * REST_BETWEEN_SETS_SECONDS;
        }
        return SETTLE_SECONDS + work;
    }

    /** Whole minutes one session of these items takes, rounded up (at least 1). */
    public static int minutes(List<PlanItem> items) {
        int total = 0;
        for (PlanItem item : items) {
            total += seconds(item.dosage());
        }
        return Math.max(1, (total + 59) / 60);
    }
}

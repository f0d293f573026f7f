package org.physiokiosk.handout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.physiokiosk.plan.PlanItem;

/** Which days of the tick chart's week each exercise is done on: day 0 is the print date. */
final class ChartDays {

    /** The chart's week. */
    static final int DAYS = 7;

    private ChartDays() {
    }

    /**
     * The days that are rest days for {@code item} in a plan of {@code items}: none for an exercise done every day.
     * An exercise done on fewer days than the plan's others goes on the days they leave free, when there are enough
     * (the Otago walk on the days without strength and balance work); else its days are spread evenly from today.
     */
    static int[] restDays(PlanItem item, List<PlanItem> items) {
        Integer perWeek = item.dosage().daysPerWeek();
        if (perWeek == null || perWeek >= DAYS) {
            return new int[0];
        }
        Set<Integer> busy = new TreeSet<>();
        for (PlanItem other : items) {
            Integer theirs = other.dosage().daysPerWeek();
            int days = theirs == null ? DAYS : Math.min(theirs, DAYS);
            if (days > perWeek) {
                busy.addAll(spread(days));
            }
        }
        List<Integer> free = IntStream.range(0, DAYS).boxed().filter(d -> !busy.contains(d)).toList();
        Set<Integer> on = new HashSet<>();
        if (!busy.isEmpty() && free.size() >= perWeek) {
            for (int i = 0; i < perWeek; i++) {
                on.add(free.get(Math.round(i * (float) free.size() / perWeek)));
            }
        } else {
            on.addAll(spread(perWeek));
        }
        return IntStream.range(0, DAYS).filter(d -> !on.contains(d)).toArray();
    }

    /** The days for something done on {@code perWeek} days, spread evenly from today. */
    private static Set<Integer> spread(int perWeek) {
        Set<Integer> on = new HashSet<>();
        for (int i = 0; i < perWeek; i++) {
            on.add(Math.round(i * (float) DAYS / perWeek));
        }
        return on;
    }
}

package org.physiokiosk.catalog;

import java.util.List;

/**
 * The shared lines one handout prints that depend on its plan, as chosen from the catalogue's rules: the lines of
 * "Your plan at a glance" that are not counted from the plan, and the rows the tick chart tracks beside the
 * exercises, each with the sentence that says how to fill it in, and how to get down to the floor and up again when
 * the plan has exercises there. Recorded with each handout; older handouts have
 * none and print the general lines.
 */
public record PlanAdvice(List<String> glance, List<ChartRow> chartRows, FloorSteps floor) {

    /** A row of the tick chart that is not an exercise ("Pain today (0 to 10)") and how to fill it in. */
    public record ChartRow(String label, String how) {
    }

    public PlanAdvice {
        glance = List.copyOf(glance);
        chartRows = List.copyOf(chartRows);
        floor = floor == null ? FloorSteps.NONE : floor;
    }

    public PlanAdvice(List<String> glance, List<ChartRow> chartRows) {
        this(glance, chartRows, FloorSteps.NONE);
    }
}

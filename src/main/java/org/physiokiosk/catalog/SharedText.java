package org.physiokiosk.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The handout's own sentences that are not an exercise's or a warning sign (handout-text.yaml): the glance lines,
 * the tips, the disclaimer and the rows the tick chart tracks, each written beside the plan facts it fits. A list
 * prints every line that fits; the disclaimer is the first that fits. {@code never} and {@code always} are the
 * catalogue's own checks: phrases that must not, or must, appear on a handout of those facts (tests print every
 * template and mixed plans against them).
 */
public record SharedText(List<Line> glance, String tipsHeading, List<Line> tips, List<Line> disclaimer,
                         List<Row> chartRows, List<Rule> never, List<Rule> always, Floor floor) {

    /** How to get down to the floor and up again, and the plans it is printed on. */
    public record Floor(FloorSteps steps, When when) {
    }

    /** A sentence and the facts it fits. {@code {days}} stands for the days a week all exercises share. */
    public record Line(String text, When when) {
        String text(PlanFacts facts) {
            return text.replace("{days}", Integer.toString(facts.daysPerWeek()));
        }
    }

    /** A row of the tick chart, the sentence that says how to fill it in, and the facts it fits. */
    public record Row(String label, String how, When when) {
    }

    /** A phrase that must not (or must) appear on a handout of these facts, and why. */
    public record Rule(String phrase, When when, String why) {
    }

    public SharedText {
        glance = List.copyOf(glance);
        tips = List.copyOf(tips);
        disclaimer = List.copyOf(disclaimer);
        chartRows = List.copyOf(chartRows);
        never = List.copyOf(never);
        always = List.copyOf(always);
        floor = floor == null ? new Floor(FloorSteps.NONE, When.ALWAYS) : floor;
    }

    public Tips tips(PlanFacts facts) {
        return new Tips(tipsHeading, fitting(tips, facts));
    }

    /** The first disclaimer that fits (the catalogue ends with one that fits every plan). */
    public String disclaimer(PlanFacts facts) {
        List<String> fit = fitting(disclaimer, facts);
        return fit.isEmpty() ? "" : fit.get(0);
    }

    public PlanAdvice advice(PlanFacts facts) {
        List<PlanAdvice.ChartRow> rows = new ArrayList<>();
        for (Row row : chartRows) {
            if (row.when().holds(facts)) {
                rows.add(new PlanAdvice.ChartRow(row.label(), row.how()));
            }
        }
        return new PlanAdvice(fitting(glance, facts), rows,
                floor.when().holds(facts) ? floor.steps() : FloorSteps.NONE);
    }

    private static List<String> fitting(List<Line> lines, PlanFacts facts) {
        return lines.stream().filter(l -> l.when().holds(facts)).map(l -> l.text(facts)).toList();
    }
}

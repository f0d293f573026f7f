package org.physiokiosk.catalog;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a plan is, as far as the text shared by every handout cares: the kinds of exercise it holds, its body
 * regions (a template's own region when the plan is exactly that template), where its exercises start, how often
 * they are done. Sentences that are not an exercise's own are chosen by these facts ({@link When}).
 *
 * @param daysPerWeek the days a week every exercise shares, or 0 when they differ
 * @param pain        the plan is for a painful body region (any region but balance and falls prevention)
 * @param balance     the plan works on balance (a balance exercise, or the balance and falls region)
 */
public record PlanFacts(Set<ExerciseKind> kinds, Set<String> regions, Set<String> positions, boolean everyDay,
                        boolean noneEveryDay, int daysPerWeek, boolean twiceADay, boolean harder, boolean pain,
                        boolean balance) {

    public static final String BALANCE_REGION = "balance and falls prevention";

    public PlanFacts {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        regions = Set.copyOf(regions);
        positions = Set.copyOf(positions);
    }

    /** One exercise of the plan with the dosage the plan gives it. */
    public record Line(Exercise exercise, Dosage dosage) {
    }

    /** The facts of a plan of these exercises, whose warning signs are those of {@code regions}. */
    public static PlanFacts of(List<Line> lines, Collection<String> regions) {
        Set<ExerciseKind> kinds = EnumSet.noneOf(ExerciseKind.class);
        Set<String> positions = new LinkedHashSet<>();
        Set<Integer> days = new LinkedHashSet<>();
        boolean twice = false;
        boolean harder = false;
        for (Line line : lines) {
            kinds.add(line.exercise().kind());
            if (line.exercise().position() != null) {
                positions.add(line.exercise().position());
            }
            days.add(daysPerWeek(line.dosage()));
            Integer perDay = line.dosage().timesPerDay();
            twice |= perDay != null && perDay > 1;
            harder |= line.exercise().harder() != null;
        }
        boolean balance = kinds.contains(ExerciseKind.BALANCE) || regions.contains(BALANCE_REGION);
        boolean pain = regions.stream().anyMatch(r -> !r.equals(BALANCE_REGION));
        return new PlanFacts(kinds, new LinkedHashSet<>(regions), positions, !days.isEmpty() && days.equals(Set.of(7)),
                !days.contains(7), days.size() == 1 ? days.iterator().next() : 0, twice, harder, pain, balance);
    }

    /** A dosage that does not say how many days a week is done every day, as the handout has always read it. */
    static int daysPerWeek(Dosage dosage) {
        return dosage.daysPerWeek() == null ? 7 : dosage.daysPerWeek();
    }
}

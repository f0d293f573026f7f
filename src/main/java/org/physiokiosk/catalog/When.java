package org.physiokiosk.catalog;

import java.util.Set;

/**
 * The plan facts a shared sentence fits, as written beside it in the catalogue: every fact given must hold, and a
 * fact left out (null or empty) does not matter. {@code kinds}, {@code regions} and {@code positions} hold when
 * the plan has at least one of those named.
 */
public record When(Set<ExerciseKind> kinds, Set<String> regions, Set<String> positions, Boolean everyDay,
                   Boolean noneEveryDay, Boolean sameDays, Boolean twiceADay, Boolean harder, Boolean pain,
                   Boolean balance) {

    /** The facts the catalogue may name, as written there. */
    public static final java.util.List<String> FIELDS = java.util.List.of("kinds", "regions", "positions", "everyDay",
            "noneEveryDay", "sameDays", "twiceADay", "harder", "pain", "balance");

    /** Fits every plan. */
    public static final When ALWAYS = new When(Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null);

    public When {
        kinds = Set.copyOf(kinds);
        regions = Set.copyOf(regions);
        positions = Set.copyOf(positions);
    }

    public boolean holds(PlanFacts plan) {
        return (kinds.isEmpty() || kinds.stream().anyMatch(plan.kinds()::contains))
                && (regions.isEmpty() || regions.stream().anyMatch(plan.regions()::contains))
                && (positions.isEmpty() || positions.stream().anyMatch(plan.positions()::contains))
                && is(everyDay, plan.everyDay()) && is(noneEveryDay, plan.noneEveryDay())
                && is(sameDays, plan.daysPerWeek() != 0) && is(twiceADay, plan.twiceADay())
                && is(harder, plan.harder()) && is(pain, plan.pain()) && is(balance, plan.balance());
    }

    private static boolean is(Boolean wanted, boolean actual) {
        return wanted == null || wanted == actual;
    }
}

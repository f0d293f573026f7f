package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

/** The tick chart's days: which boxes a patient may tick. */
class ChartDaysTest {

    private static Set<Integer> on(PlanItem item, List<PlanItem> items) {
        Set<Integer> rest = Arrays.stream(ChartDays.restDays(item, items)).boxed().collect(Collectors.toSet());
        return IntStream.range(0, ChartDays.DAYS).boxed().filter(d -> !rest.contains(d)).collect(Collectors.toSet());
    }

    @Test
    void theFallsPlansWalkFallsOnTheDaysWithoutTheStrengthAndBalanceExercises() {
        List<PlanItem> items = Fixtures.catalogue().template("falls-prevention-otago").orElseThrow().items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
        PlanItem walk = items.stream().filter(i -> i.exercise().id().equals("walking")).findFirst().orElseThrow();
        PlanItem sitToStand = items.stream().filter(i -> i.exercise().id().equals("sit-to-stand")).findFirst()
                .orElseThrow();
        // The walk's steps send the reader to the chart, for days without the other exercises.
        assertThat(walk.exercise().steps()).contains(
                "Walk only on the days your chart shows for it, when you do not do your other exercises.");
        assertThat(on(walk, items)).hasSize(2).doesNotContainAnyElementsOf(on(sitToStand, items));
        assertThat(on(sitToStand, items)).hasSize(3);
    }

    @Test
    void aDailyExerciseHasNoRestDaysAndThreeDaysAlongsideItAreSpreadOverTheWeek() {
        List<PlanItem> items = Fixtures.catalogue().template("knee-osteoarthritis").orElseThrow().items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
        for (PlanItem item : items) {
            Integer perWeek = item.dosage().daysPerWeek();
            assertThat(on(item, items)).as(item.exercise().id()).hasSize(perWeek == null ? 7 : perWeek);
        }
        // Every day has something: the week's days of the three-day exercises are not bunched together.
        PlanItem three = items.stream().filter(i -> Integer.valueOf(3).equals(i.dosage().daysPerWeek())).findFirst()
                .orElseThrow();
        assertThat(on(three, items)).containsExactlyInAnyOrder(0, 2, 5);
    }
}

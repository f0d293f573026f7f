package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.Fixtures;

/** The dose as the patient does it: in the steps, side after side, with the plan's own numbers. */
class DoseStepsTest {

    private final Catalogue catalogue = Fixtures.catalogue();

    private List<String> steps(String id, java.util.function.UnaryOperator<Dosage> change) {
        Exercise e = catalogue.exercise(id).orElseThrow();
        return DoseSteps.of(e, change.apply(e.dosage()));
    }

    @Test
    void oneLegAfterTheOtherWithTheNumbersAndTheOldOtherLegLineGone() {
        List<String> steps = steps("knee-to-chest", d -> d.withRepetitions(4).withHoldSeconds(20));
        assertThat(steps).contains("Hold for 20 seconds (count slowly to 20).")
                .endsWith("Do this 4 times with your right leg. Then do it 4 times with your left leg.")
                .noneMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains("other leg"))
                .noneMatch(s -> s.contains("30 seconds"));
    }

    @Test
    void anArmAndTheOppositeLegAreNamedTogetherAndTheSwitchIsSaidOnce() {
        List<String> steps = steps("bird-dog", d -> d);
        assertThat(steps).contains("Lower your arm and leg.")
                .endsWith("Do this 5 times with your right arm and left leg. Then do it 5 times with your left arm "
                        + "and right leg.")
                .noneMatch(s -> s.contains("do the same"));
    }

    @Test
    void aSecondRoundIsARestAndThenBothSidesAgain() {
        assertThat(steps("knee-to-chest", d -> d.withSets(2))).last()
                .isEqualTo("Rest for 1 minute. Then do both legs again.");
        assertThat(steps("knee-to-chest", d -> d.withSets(3))).last().asString()
                .contains("until you have done it all 3 times");
        assertThat(steps("pelvic-tilt", d -> d.withSets(2))).last()
                .isEqualTo("Rest for 1 minute. Then do it all again.");
        // The weight went to the left ankle between the sides: the second round starts from strapping it on the right.
        List<String> raise = steps("standing-side-leg-raise", d -> d.withSets(2));
        assertThat(raise.get(0)).contains("strap it round your right ankle");
        assertThat(raise).last().isEqualTo("Rest for 1 minute. Then go back to step 1 and do both legs again.");
    }

    @Test
    void whatToDoBetweenTheSidesComesAfterTheCountForTheFirstSide() {
        List<String> steps = steps("side-lying-leg-raise", d -> d.withRepetitions(10));
        int first = steps.indexOf("Do this 10 times with your right leg.");
        assertThat(first).as(String.join(" / ", steps)).isNotNegative();
        assertThat(steps.get(first + 1)).isEqualTo("Then roll onto your right side, and do it 10 times with your left "
                + "leg.");
        assertThat(steps).noneMatch(s -> s.startsWith("When you have done them all"));
        assertThat(steps("heel-toe-stand", d -> d)).contains("Do this 2 times with your right foot.",
                "Then put your left foot in front instead, and do it 2 times with your left foot.");
    }

    @Test
    void anExerciseDoneOnceOnOneSideSaysNoSides() {
        assertThat(steps("knee-to-chest", d -> d.withEachSide(false).withRepetitions(6)))
                .last().isEqualTo("Do this 6 times.");
    }

    @Test
    void aCatalogueStepKeepsItsPrintedNumberAfterTheDoseAddsAHoldBeforeIt() {
        Exercise tilt = catalogue.exercise("pelvic-tilt").orElseThrow();
        Dosage held = tilt.dosage().withHoldSeconds(10);
        List<String> printed = DoseSteps.of(tilt, held);
        int last = tilt.steps().size();
        // "Hold for 10 seconds" goes in before the last step (letting go), which moves down one.
        int letGo = DoseSteps.printedNumber(tilt, held, last);
        assertThat(letGo).isEqualTo(last + 1);
        assertThat(printed.get(letGo - 1)).isEqualTo(tilt.steps().get(last - 1));
        assertThat(DoseSteps.printedNumber(tilt, held, 1)).isEqualTo(1);
    }

    @Test
    void aStepTheDoseSaysAsItsOwnStepsHasNoPrintedNumber() {
        Exercise raise = catalogue.exercise("standing-side-leg-raise").orElseThrow();
        int change = raise.steps().size();
        assertThat(raise.steps().get(change - 1)).startsWith("When you have done them all");
        assertThat(DoseSteps.printedNumber(raise, raise.dosage(), change)).isZero();
    }
}

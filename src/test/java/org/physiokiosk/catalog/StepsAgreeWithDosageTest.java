package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.Fixtures;

/**
 * A card's steps and its dosage sentence never disagree: a step that says how long or how many says the dosage's
 * number, and no step says "a few seconds" when the dosage says 5.
 */
class StepsAgreeWithDosageTest {

    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*(?:to\\s*\\d+\\s*)?seconds?");
    private static final Pattern TIMES = Pattern.compile("(\\d+)\\s*times");
    private static final List<String> VAGUE = List.of("a few seconds", "a few times", "several seconds",
            "several times", "a little while", "a moment", "a couple of");

    /** What is wrong with an exercise's steps against its dosage, or an empty list. */
    static List<String> problems(Exercise e) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String step : e.steps()) {
            String s = step.toLowerCase(Locale.ROOT);
            for (String vague : VAGUE) {
                if (s.contains(vague)) {
                    out.add(e.id() + ": the step \"" + step + "\" says \"" + vague + "\"; say the dosage's number");
                }
            }
            Matcher seconds = SECONDS.matcher(s);
            while (seconds.find()) {
                int n = Integer.parseInt(seconds.group(1));
                if (e.dosage().holdSeconds() == null || e.dosage().holdSeconds() != n) {
                    out.add(e.id() + ": the step \"" + step + "\" says " + n + " seconds; the dosage holds for "
                            + e.dosage().holdSeconds());
                }
            }
            Matcher times = TIMES.matcher(s);
            while (times.find()) {
                int n = Integer.parseInt(times.group(1));
                if (e.dosage().repetitions() == null || e.dosage().repetitions() != n) {
                    out.add(e.id() + ": the step \"" + step + "\" says " + n + " times; the dosage repeats "
                            + e.dosage().repetitions());
                }
            }
        }
        return out;
    }

    @Test
    void everyShippedExercisesStepsAgreeWithItsDosage() {
        for (Exercise e : Fixtures.catalogue().exercises()) {
            assertThat(problems(e)).as(e.id()).isEmpty();
        }
    }

    @Test
    void theCheckCatchesAVagueOrWrongNumber() {
        Exercise bird = Fixtures.catalogue().exercise("bird-dog").orElseThrow();
        Exercise vague = new Exercise(bird.id(), bird.name(), bird.kind(), bird.bodyRegion(), bird.purpose(),
                List.of("Get on your hands and knees.", "Hold for a few seconds.", "Hold for 10 seconds.",
                        "Do this 3 times."), bird.dosage(), bird.takeCare(), null, null, bird.origin(),
                bird.equipment(), bird.position(), bird.level(), bird.aliases(), bird.sources(), bird.picture());
        assertThat(problems(vague)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("a few seconds"))
                .anySatisfy(p -> assertThat(p).contains("says 10 seconds; the dosage holds for 5"))
                .anySatisfy(p -> assertThat(p).contains("says 3 times; the dosage repeats 5"));
    }
}

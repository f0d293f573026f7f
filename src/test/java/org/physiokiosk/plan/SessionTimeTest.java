package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.testing.Fixtures;

class SessionTimeTest {

    @Test
    void holdsRepetitionsSetsAndSidesAllCount() {
        // 30 s hold (+3), 3 times, each side: 198 s, plus 15 s to settle.
        assertThat(SessionTime.seconds(new Dosage(30, 3, null, true, 2, 7))).isEqualTo(213);
        // 12 repetitions of 4 s, 3 sets, two rests of 30 s: 204 s, plus 15 s.
        assertThat(SessionTime.seconds(new Dosage(null, 12, 3, false, 1, 7))).isEqualTo(219);
        // Neither hold nor repetitions: a minute of gentle movement.
        assertThat(SessionTime.seconds(new Dosage(null, null, null, false, 2, 7))).isEqualTo(75);
    }

    @Test
    void theLowBackStarterTakesAboutElevenMinutesNotFive() {
        List<PlanItem> items = Fixtures.catalogue().template("low-back-starter").orElseThrow().items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
        assertThat(SessionTime.minutes(items)).isEqualTo(11);
    }

    @Test
    void anExerciseWhoseOwnStepsHoldTwiceCountsBothHolds() {
        var bend = Fixtures.catalogue().exercise("seated-knee-bend").orElseThrow();
        assertThat(bend.steps().stream().filter(s -> s.contains("Hold for 5 seconds"))).hasSize(2);
        PlanItem item = new PlanItem(bend, bend.dosage(), "");
        // Bent and held, then straightened and held: twice the dosage's hold in every repetition.
        int once = SessionTime.seconds(bend.dosage());
        int holds = (bend.dosage().holdSeconds() + 3) * bend.dosage().repetitions() * 2;
        assertThat(SessionTime.seconds(item)).isEqualTo(once + holds);
    }
}

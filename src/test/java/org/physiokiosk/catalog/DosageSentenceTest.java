package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DosageSentenceTest {

    @Test
    void stretchWithHoldRepsSidesAndFrequencyReadsAsPlainSentences() {
        Dosage d = new Dosage(30, 3, null, true, 2, 7);
        assertThat(DosageSentence.of(d))
                .isEqualTo("Hold for 30 seconds. Do this 3 times on each side, twice a day, every day.");
    }

    @Test
    void setsAreExplainedAsRestThenMoreSets() {
        Dosage d = new Dosage(null, 10, 3, false, 1, 5);
        assertThat(DosageSentence.of(d))
                .isEqualTo("Do this 10 times. Rest, then do 2 more sets. Do all of this once a day, on 5 days a week.");
    }

    @Test
    void frequencyAloneStillTellsWhenToDoIt() {
        assertThat(DosageSentence.of(new Dosage(null, null, null, false, 2, 7)))
                .isEqualTo("Do this twice a day, every day.");
    }

    @Test
    void wholeMinutesAreSaidInMinutes() {
        assertThat(DosageSentence.of(new Dosage(60, 1, null, false, 3, null)))
                .isEqualTo("Hold for 1 minute. Do this 3 times a day.");
    }

    @Test
    void emptyDosageSaysNothing() {
        assertThat(DosageSentence.of(Dosage.none())).isEmpty();
    }

    @Test
    void impossibleNumbersAreRefused() {
        assertThatThrownBy(() -> new Dosage(null, null, null, false, null, 8))
                .hasMessageContaining("days per week must be 7 or fewer");
        assertThatThrownBy(() -> new Dosage(-5, null, null, false, null, null))
                .hasMessageContaining("hold seconds must be between 1 and");
    }

    @Test
    void zeroMeansNotUsed() {
        assertThat(new Dosage(0, 0, 0, false, 0, 0)).isEqualTo(Dosage.none());
    }
}

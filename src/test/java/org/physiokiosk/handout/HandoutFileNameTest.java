package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HandoutFileNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void dateInitialsAndPlanNumber() {
        assertThat(HandoutFileName.of(DAY, "Zoë Łukasiewicz", 12)).isEqualTo("2026-11-24-ZL-plan-12.pdf");
    }

    @Test
    void pathCharactersNeverReachTheName() {
        String name = HandoutFileName.of(DAY, "../../etc/passwd", 3);
        assertThat(name).isEqualTo("2026-11-24-EP-plan-3.pdf").doesNotContain("/").doesNotContain("..");
        assertThat(HandoutFileName.of(DAY, "C:\\Windows\\system32 \u0000", 4))
                .matches("2026-11-24-[A-Z]+-plan-4\\.pdf");
    }

    @Test
    void namesWithoutLatinLettersFallBackToAPlainWord() {
        assertThat(HandoutFileName.of(DAY, "Σοφία Παπαδοπούλου", 7)).isEqualTo("2026-11-24-patient-plan-7.pdf");
        assertThat(HandoutFileName.of(DAY, "", 8)).isEqualTo("2026-11-24-patient-plan-8.pdf");
    }

    @Test
    void longNamesGiveAtMostFourInitials() {
        assertThat(HandoutFileName.of(DAY, "Ana Maria de la Cruz Fernandez", 1)).isEqualTo("2026-11-24-AMDL-plan-1.pdf");
    }
}

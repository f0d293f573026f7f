package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The next visit's date as staff type the appointment, so the tick chart can reach it. */
class NextVisitTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 12, 7);

    @Test
    void readsTheDateInTheFormsStaffTypeIt() {
        assertThat(NextVisit.of("Tuesday 15 December, 10:30", PRINTED)).contains(LocalDate.of(2026, 12, 15));
        assertThat(NextVisit.of("15 Dec 10am", PRINTED)).contains(LocalDate.of(2026, 12, 15));
        assertThat(NextVisit.of("Mon 4th Jan", PRINTED)).contains(LocalDate.of(2027, 1, 4));
        assertThat(NextVisit.of("2026-12-21 at 9", PRINTED)).contains(LocalDate.of(2026, 12, 21));
        assertThat(NextVisit.of("3 March 2027", PRINTED)).contains(LocalDate.of(2027, 3, 3));
    }

    @Test
    void anythingItCannotReadForCertainIsNoDate() {
        assertThat(NextVisit.of("", PRINTED)).isEmpty();
        assertThat(NextVisit.of(null, PRINTED)).isEmpty();
        assertThat(NextVisit.of("next week, same time", PRINTED)).isEmpty();
        assertThat(NextVisit.of("in 2 weeks", PRINTED)).isEmpty();
        assertThat(NextVisit.of("31 February", PRINTED)).isEmpty();
        assertThat(NextVisit.of("10:30", PRINTED)).isEmpty();
        // A written year before the print date is a typing mistake, not a visit.
        assertThat(NextVisit.of("2025-12-15", PRINTED)).isEmpty();
    }
}

package org.physiokiosk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.patient.TypedDate.DayOrder;

/** Dates of birth as they are typed at a front desk, read the way the clinic writes them. */
class TypedDateTest {

    private static final LocalDate MARCH_14 = LocalDate.of(1956, 3, 14);

    @ParameterizedTest
    @ValueSource(strings = {"1956-03-14", "1956-3-14", "14/03/1956", "14.03.1956", "14-3-1956", " 14 / 03 / 1956 ",
            "14 Mar 1956", "14 march 1956", "14th March 1956", "Mar 14, 1956", "March 14 1956", "14 Mar. 1956"})
    void theUsualFormsAllMeanTheSameDay(String typed) {
        assertThat(TypedDate.parse(typed, DayOrder.DAY_FIRST)).isEqualTo(MARCH_14);
    }

    @Test
    void numbersOnlyFollowTheClinicsOrderUnlessOnlyOneReadingIsADate() {
        assertThat(TypedDate.parse("03/04/1956", DayOrder.DAY_FIRST)).isEqualTo(LocalDate.of(1956, 4, 3));
        assertThat(TypedDate.parse("03/04/1956", DayOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(1956, 3, 4));
        // 14 cannot be a month, whichever order the clinic uses.
        assertThat(TypedDate.parse("03/14/1956", DayOrder.DAY_FIRST)).isEqualTo(MARCH_14);
        assertThat(TypedDate.parse("14/03/1956", DayOrder.MONTH_FIRST)).isEqualTo(MARCH_14);
    }

    @Test
    void theOrderComesFromTheLocale() {
        assertThat(DayOrder.of(Locale.UK)).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(DayOrder.of(Locale.US)).isEqualTo(DayOrder.MONTH_FIRST);
        assertThat(DayOrder.of(Locale.GERMANY)).isEqualTo(DayOrder.DAY_FIRST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/02/1956", "14/03/56", "1956-02-30", "14 Smarch 1956", "14 Ma 1956", "13/13/1956",
            "yesterday", "14/03", "1956"})
    void aDayThatIsNotThereOrAYearNotInFullIsRefusedNeverRounded(String typed) {
        assertThatThrownBy(() -> TypedDate.parse(typed, DayOrder.DAY_FIRST)).isInstanceOf(DateTimeParseException.class);
    }
}

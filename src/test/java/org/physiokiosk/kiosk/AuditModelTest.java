package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;

/** The audit trail screen's model: the typed filter checked, rows made ready to show, the chain's state; no window. */
class AuditModelTest {

    private final AuditModel model = new AuditModel(ZoneId.of("Europe/Berlin"));
    private int changes;

    @BeforeEach
    void listen() {
        model.onChanged(() -> changes++);
    }

    private void type(AuditModel.Field field, String text) {
        model.setText(field, text);
    }

    @Test
    void nothingTypedMatchesEveryRow() {
        assertThat(model.check()).contains(AuditFilter.ALL);
        assertThat(model.hasProblems()).isFalse();
        assertThat(model.count()).isEqualTo("Press Show to list the rows.");
    }

    @Test
    void theTypedFilterBecomesAnAuditFilter() {
        type(AuditModel.Field.STAFF, "  ann ");
        type(AuditModel.Field.PATIENT, " 12 ");
        type(AuditModel.Field.ACTION, "note");
        type(AuditModel.Field.FROM, "2026-11-01");
        type(AuditModel.Field.TO, "2026-11-01");

        assertThat(model.check()).contains(new AuditFilter("ann", 12L, "note", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 1)));
        assertThat(model.text(AuditModel.Field.STAFF)).isEqualTo("  ann ");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aPatientNumberThatIsNotANumberIsRefusedWithAClearMessage() {
        type(AuditModel.Field.PATIENT, "Maria");
        assertThat(model.check()).isEmpty();
        assertThat(model.problem(AuditModel.Field.PATIENT))
                .isEqualTo("'Maria' is not a patient number: type digits only, for example 12.");
        assertThat(model.problems()).isEqualTo(model.problem(AuditModel.Field.PATIENT));

        for (String notANumber : List.of("-3", "1.5", "12a", "99999999999999999999")) {
            type(AuditModel.Field.PATIENT, notANumber);
            assertThat(model.check()).as(notANumber).isEmpty();
        }
        type(AuditModel.Field.PATIENT, "7");
        assertThat(model.check()).get().extracting(AuditFilter::patientId).isEqualTo(7L);
        assertThat(model.problem(AuditModel.Field.PATIENT)).isEmpty();
    }

    @Test
    void badDatesAndAFromAfterTheToAreRefused() {
        type(AuditModel.Field.FROM, "24/11/2026");
        type(AuditModel.Field.TO, "2026-02-30");
        assertThat(model.check()).isEmpty();
        assertThat(model.problem(AuditModel.Field.FROM))
                .isEqualTo("'24/11/2026' is not a from date: type it as YYYY-MM-DD, for example 2026-11-24.");
        assertThat(model.problem(AuditModel.Field.TO)).startsWith("'2026-02-30' is not a to date");
        assertThat(model.problems()).startsWith("'24/11/2026'").contains("'2026-02-30'");

        type(AuditModel.Field.FROM, "2026-11-24");
        type(AuditModel.Field.TO, "2026-11-01");
        assertThat(model.check()).isEmpty();
        assertThat(model.problem(AuditModel.Field.FROM))
                .isEqualTo("The from date 2026-11-24 is after the to date 2026-11-01: swap them.");
        assertThat(model.problem(AuditModel.Field.TO)).isEmpty();
    }

    @Test
    void typedTextRepeatedInAMessageIsCutShortAndLosesControlCharacters() {
        type(AuditModel.Field.PATIENT, "abc\u0007\u202edef" + "x".repeat(40));
        model.check();
        assertThat(model.problem(AuditModel.Field.PATIENT)).startsWith("'abcdefxxxxxxxxxxxxxx\u2026' is not");
    }

    @Test
    void rowsAreShownNewestFirstWithLocalTimeAndADashForNoPatient() {
        model.loaded(List.of(entry(1, "2026-11-24T08:05:00Z", "kim", "sign-in", null, "done"),
                entry(2, "2026-11-24T23:30:00Z", "ann", "patient added", 4L, "done")));

        assertThat(model.rows()).containsExactly(
                new AuditModel.Row(2, "2026-11-25 00:30", "ann", "patient added", "4", "done"),
                new AuditModel.Row(1, "2026-11-24 09:05", "kim", "sign-in", "-", "done"));
        assertThat(model.count()).isEqualTo("2 rows match these filters.");

        model.loaded(List.of(entry(3, "2026-11-24T08:05:00Z", "kim", "sign-in", null, "done")));
        assertThat(model.count()).isEqualTo("1 row matches these filters.");
        model.loaded(List.of());
        assertThat(model.count()).isEqualTo("No rows match these filters.");
    }

    @Test
    void aFilterWithAProblemClearsTheRowsItNoLongerDescribes() {
        model.loaded(List.of(entry(1, "2026-11-24T08:05:00Z", "kim", "sign-in", null, "done")));
        type(AuditModel.Field.TO, "tomorrow");
        assertThat(model.check()).isEmpty();
        assertThat(model.rows()).isEmpty();
        assertThat(model.count()).isEqualTo("Press Show to list the rows.");
    }

    @Test
    void theChainIsIntactOrNamesTheRowThatWasChanged() {
        assertThat(model.status()).isEmpty();
        model.verified(12, Optional.empty());
        assertThat(model.status()).isEqualTo("Checked just now: all 12 rows of the whole trail are intact.");
        assertThat(model.broken()).isFalse();
        model.verified(1, Optional.empty());
        assertThat(model.status()).isEqualTo("Checked just now: the one row of the whole trail is intact.");

        model.verified(12, Optional.of("row 6 was changed after it was written"));
        assertThat(model.status()).isEqualTo("The trail was changed: row 6 was changed after it was written");
        assertThat(model.broken()).isTrue();
        assertThat(changes).isEqualTo(3);
    }

    private static AuditEntry entry(long id, String at, String staff, String action, Long patient, String outcome) {
        return new AuditEntry(id, Instant.parse(at), staff, null, action, patient, outcome, "p" + id, "h" + id);
    }
}

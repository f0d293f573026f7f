package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.plan.StoredPlan;
import org.physiokiosk.testing.Fixtures;

/** What the header says of the chosen patient, read at a glance by the person at the desk. */
class PatientHeaderTextTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theDateOfBirthIsInWordsWithTheAgeSoDayAndMonthCannotBeSwapped() {
        Patient p = new Patient(1, "Maria Lopez", LocalDate.of(1956, 3, 14), "");
        assertThat(PatientHeaderText.identity(p, TODAY)).isEqualTo("Born 14 March 1956, age 70");
        // The day before the birthday the patient is still a year younger.
        Patient december = new Patient(2, "Ann Ho", LocalDate.of(1950, 12, 8), "");
        assertThat(PatientHeaderText.identity(december, TODAY)).contains("age 75");
    }

    @Test
    void theChartNumberThePlanAndTheLastVisitFollowOnceTheRecordIsRead() {
        Patient p = new Patient(1, "Maria Lopez", LocalDate.of(1956, 3, 14), "RX-4471");
        List<PlanItem> items = Fixtures.catalogue().template("low-back-starter").orElseThrow().items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
        PlanDraft draft = new PlanDraft(1, items, "", "Sam Lee", "", "", false);
        StoredPlan plan = new StoredPlan(1234, draft, Instant.parse("2026-12-03T10:15:00Z"), 1234, 1);
        assertThat(PatientHeaderText.identity(p, TODAY))
                .isEqualTo("Born 14 March 1956, age 70\u2002\u00b7\u2002Chart RX-4471");
        // Written on the evening of the 3rd in New York (the 4th in UTC): the 3rd, and no thousands comma in the plan's number.
        String text = PatientHeaderText.record(new org.physiokiosk.service.PatientDesk.Opened(Optional.of(plan),
                Optional.of(Instant.parse("2026-12-04T02:30:00Z"))), NEW_YORK);
        assertThat(text).isEqualTo("Plan 1234 of 3 Dec 2026, 5 exercises\u2002\u00b7\u2002Last visit 3 Dec 2026");
    }

    @Test
    void aNewPatientIsSaidToHaveNoPlanAndThisToBeTheirFirstVisit() {
        assertThat(PatientHeaderText.record(new org.physiokiosk.service.PatientDesk.Opened(Optional.empty(), Optional.empty()), NEW_YORK))
                .isEqualTo("No plan yet\u2002\u00b7\u2002First visit");
    }
}

package org.physiokiosk.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void validPatientIsTidiedAndAccepted() {
        PatientForm.Result r = PatientForm.check("  Zoë   Łukasiewicz ", "1950-02-03", " A-17 ", TODAY);
        assertThat(r.valid()).isTrue();
        assertThat(r.patient()).get().isEqualTo(new NewPatient("Zoë Łukasiewicz", LocalDate.of(1950, 2, 3), "A-17"));
    }

    @Test
    void nameIsRequired() {
        PatientForm.Result r = PatientForm.check("   ", "1950-02-03", "", TODAY);
        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).containsEntry(PatientForm.Field.NAME, "Enter the patient's name.");
    }

    @Test
    void impossibleDateIsRefusedNotRounded() {
        PatientForm.Result r = PatientForm.check("Ann Lee", "2023-02-30", "", TODAY);
        assertThat(r.problems().get(PatientForm.Field.DATE_OF_BIRTH)).contains("'2023-02-30' is not a real date");
    }

    @Test
    void futureDateIsRefused() {
        PatientForm.Result r = PatientForm.check("Ann Lee", "2026-11-25", "", TODAY);
        assertThat(r.problems().get(PatientForm.Field.DATE_OF_BIRTH)).contains("in the future");
    }

    @Test
    void absurdlyOldDateIsRefused() {
        PatientForm.Result r = PatientForm.check("Ann Lee", "1850-01-01", "", TODAY);
        assertThat(r.problems().get(PatientForm.Field.DATE_OF_BIRTH)).contains("more than 130 years ago");
    }

    @Test
    void otherDateFormatsAreRefusedWithAnExample() {
        PatientForm.Result r = PatientForm.check("Ann Lee", "3/4/1956", "", TODAY);
        assertThat(r.problems().get(PatientForm.Field.DATE_OF_BIRTH)).contains("Use YYYY-MM-DD, for example 1956-03-14");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        PatientForm.Result r = PatientForm.check("", "", "x".repeat(41), TODAY);
        assertThat(r.problems()).containsOnlyKeys(PatientForm.Field.NAME, PatientForm.Field.DATE_OF_BIRTH,
                PatientForm.Field.CHART_NUMBER);
    }

    @Test
    void overlongNameIsRefusedWithTheLimit() {
        PatientForm.Result r = PatientForm.check("a".repeat(10_000), "1950-01-01", "", TODAY);
        assertThat(r.problems().get(PatientForm.Field.NAME)).contains("at most 200 characters");
    }

    @Test
    void controlCharactersInANameAreRefused() {
        PatientForm.Result r = PatientForm.check("Ann\u0007Lee", "1950-01-01", "", TODAY);
        assertThat(r.problems()).containsKey(PatientForm.Field.NAME);
    }
}

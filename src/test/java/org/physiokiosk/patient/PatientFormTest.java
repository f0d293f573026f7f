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
    void aDateAsTheClinicWritesItIsReadInItsOrderAndAnythingElseIsRefusedWithAnExample() {
        assertThat(PatientForm.check("Ann Lee", "3/4/1956", "", TODAY, TypedDate.DayOrder.DAY_FIRST).patient())
                .get().extracting(NewPatient::dateOfBirth).isEqualTo(java.time.LocalDate.of(1956, 4, 3));
        assertThat(PatientForm.check("Ann Lee", "3/4/1956", "", TODAY, TypedDate.DayOrder.MONTH_FIRST).patient())
                .get().extracting(NewPatient::dateOfBirth).isEqualTo(java.time.LocalDate.of(1956, 3, 4));
        PatientForm.Result r = PatientForm.check("Ann Lee", "3/4/56", "", TODAY, TypedDate.DayOrder.MONTH_FIRST);
        assertThat(r.problems().get(PatientForm.Field.DATE_OF_BIRTH))
                .isEqualTo("'3/4/56' is not a real date. Type it like 03/14/1956.");
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

    @Test
    void invisibleCharactersAndOddSpacesAreTidiedAwayNotRefused() {
        PatientForm.Result r = PatientForm.check("\u202E Ana\u00A0\u200BSilva\tda  Costa\uFEFF", "1950-02-03", "",
                TODAY);
        assertThat(r.problems()).isEmpty();
        assertThat(r.patient()).get().extracting(NewPatient::name).isEqualTo("Ana Silva da Costa");
    }

    @Test
    void aDecomposedNameIsStoredComposed() {
        PatientForm.Result r = PatientForm.check("Zoe\u0308 \u0141ukasiewicz", "1950-02-03", "", TODAY);
        assertThat(r.patient()).get().extracting(NewPatient::name).isEqualTo("Zo\u00EB \u0141ukasiewicz");
    }

    @Test
    void aNameOfOnlyInvisibleCharactersIsAskedForAgain() {
        PatientForm.Result r = PatientForm.check("\u200B\u00A0\u202E\u3164", "1950-02-03", "", TODAY);
        assertThat(r.problems()).containsEntry(PatientForm.Field.NAME, "Enter the patient's name.");
    }

    @Test
    void theLengthLimitCountsTheTidiedName() {
        String padded = "Ana\u200B".repeat(60); // 240 characters typed, 180 kept
        assertThat(PatientForm.check(padded, "1950-02-03", "", TODAY).problems()).isEmpty();
        assertThat(PatientForm.check("a".repeat(201), "1950-02-03", "", TODAY).problems())
                .containsKey(PatientForm.Field.NAME);
    }

    @Test
    void aLoneSurrogateIsRefusedLikeAControlCharacter() {
        PatientForm.Result r = PatientForm.check("Ann\uD83DLee", "1950-01-01", "", TODAY);
        assertThat(r.problems()).containsEntry(PatientForm.Field.NAME,
                "The name holds a hidden control character: type it again.");
    }

    @Test
    void escapeSequencesAreStillRefusedRatherThanHalfRemoved() {
        PatientForm.Result r = PatientForm.check("\u001B[31mAnn Lee", "1950-01-01", "", TODAY);
        assertThat(r.problems()).containsKey(PatientForm.Field.NAME);
    }

    @Test
    void aNewPatientBuiltDirectlyIsNormalisedToo() {
        assertThat(new NewPatient("Ana\u00A0Silva\u200B", LocalDate.of(1950, 2, 3), "").name()).isEqualTo("Ana Silva");
    }
}

package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.physiokiosk.patient.PatientForm;
import org.physiokiosk.testing.Fixtures;

class PatientModelTest {

    private final PatientModel model = new PatientModel(Fixtures.CLOCK);

    @Test
    void invalidFormReportsEachFieldAndSavesNothing() {
        assertThat(model.check("", "2031-01-01", "")).isEmpty();
        assertThat(model.problem(PatientForm.Field.NAME)).isEqualTo("Enter the patient's name.");
        assertThat(model.problem(PatientForm.Field.DATE_OF_BIRTH)).contains("future");
        assertThat(model.hasProblems()).isTrue();
    }

    @Test
    void validFormClearsEarlierProblems() {
        model.check("", "", "");
        assertThat(model.check("Ann Lee", "1950-01-01", "")).isPresent();
        assertThat(model.hasProblems()).isFalse();
        assertThat(model.problem(PatientForm.Field.NAME)).isEmpty();
    }
}

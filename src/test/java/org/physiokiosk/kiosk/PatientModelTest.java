package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.patient.PatientForm;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.testing.Fixtures;

class PatientModelTest {

    private static final LocalDate BORN = LocalDate.of(1950, 2, 3);

    private final PatientModel model = new PatientModel(Fixtures.CLOCK);

    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private PatientRepository patients() {
        db = Fixtures.database(dir);
        return new PatientRepository(db, Fixtures.CLOCK);
    }

    /** What the panel does when Add patient is pressed, without the window. */
    private void addFromForm(PatientRepository patients, String name, String dob) {
        NewPatient candidate = model.check(name, dob, "").orElseThrow();
        model.addFinished(patients.addUnlessOnRecord(candidate));
    }

    @Test
    void theDateOfBirthIsSaidBackInWordsWithTheAgeInTheClinicsOrderBeforeSaving() {
        PatientModel uk = new PatientModel(Fixtures.CLOCK, org.physiokiosk.patient.TypedDate.DayOrder.DAY_FIRST);
        PatientModel us = new PatientModel(Fixtures.CLOCK, org.physiokiosk.patient.TypedDate.DayOrder.MONTH_FIRST);
        assertThat(uk.dateOfBirthSaid("3/4/1956")).isEqualTo("Born 3 April 1956, age 70");
        assertThat(us.dateOfBirthSaid("3/4/1956")).isEqualTo("Born 4 March 1956, age 70");
        assertThat(uk.dateOfBirthLabel()).contains("14/03/1956");
        assertThat(us.dateOfBirthLabel()).contains("03/14/1956");
        // Not a date yet, or not one a patient could have: nothing said, the form's check says why.
        assertThat(uk.dateOfBirthSaid("3/4/19")).isEmpty();
        assertThat(uk.dateOfBirthSaid("1/1/2999")).isEmpty();
        assertThat(uk.check("Ann Lee", "14 Mar 1956", "")).get()
                .extracting(NewPatient::dateOfBirth).isEqualTo(LocalDate.of(1956, 3, 14));
    }

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

    @Test
    void aNewNameIsAddedAndChosenWithoutAQuestion() {
        PatientRepository patients = patients();
        List<String> events = new ArrayList<>();
        model.onQuestionAsked(() -> events.add("asked"));
        model.onFormDone(() -> events.add("form done"));

        addFromForm(patients, "Ana Silva", "1950-02-03");

        assertThat(events).containsExactly("form done");
        assertThat(model.question()).isEmpty();
        assertThat(model.chosen()).get().extracting(Patient::name).isEqualTo("Ana Silva");
    }

    @Test
    void aLookAlikeIsAskedAboutAndNothingIsAddedYet() {
        PatientRepository patients = patients();
        Patient ana = patients.add(new NewPatient("Ana Silva", BORN, ""));
        List<String> events = new ArrayList<>();
        model.onQuestionAsked(() -> events.add("asked"));
        model.onFormDone(() -> events.add("form done"));

        addFromForm(patients, "ANA\u00A0silva\u200B", "1950-02-03");

        assertThat(events).containsExactly("asked");
        assertThat(model.question()).get().extracting(PatientModel.LookAlike::existing).isEqualTo(ana);
        assertThat(model.questionText()).isEqualTo("Ana Silva, born 1950-02-03, is already on record (patient "
                + ana.id() + "). Use that record, add another patient with the same name, or cancel?");
        assertThat(model.chosen()).isEmpty();
        assertThat(patients.search("", 10)).containsExactly(ana);
    }

    @Test
    void usingTheRecordOnFileChoosesItAndAddsNobody() {
        PatientRepository patients = patients();
        Patient ana = patients.add(new NewPatient("Ana Silva", BORN, ""));
        addFromForm(patients, "Ana Silva", "1950-02-03");
        List<String> events = new ArrayList<>();
        model.onFormDone(() -> events.add("form done"));

        assertThat(model.answer(PatientModel.Answer.USE_EXISTING)).isEmpty();

        assertThat(model.chosen()).contains(ana);
        assertThat(events).containsExactly("form done");
        assertThat(model.question()).isEmpty();
        assertThat(patients.search("", 10)).containsExactly(ana);
    }

    @Test
    void cancellingKeepsTheFormAndAddsNobody() {
        PatientRepository patients = patients();
        Patient ana = patients.add(new NewPatient("Ana Silva", BORN, ""));
        addFromForm(patients, "Ana Silva", "1950-02-03");
        List<String> events = new ArrayList<>();
        model.onFormDone(() -> events.add("form done"));

        assertThat(model.answer(PatientModel.Answer.CANCEL)).isEmpty();

        assertThat(events).isEmpty();
        assertThat(model.chosen()).isEmpty();
        assertThat(model.question()).isEmpty();
        assertThat(patients.search("", 10)).containsExactly(ana);
    }

    @Test
    void anotherPersonWithTheSameNameIsAddedOnlyAfterStaffSaySo() {
        PatientRepository patients = patients();
        Patient ana = patients.add(new NewPatient("Ana Silva", BORN, ""));
        assertThat(model.answer(PatientModel.Answer.ADD_ANOTHER)).as("nothing asked, nothing to add").isEmpty();
        addFromForm(patients, "Ana\u00A0Silva", "1950-02-03");

        NewPatient confirmed = model.answer(PatientModel.Answer.ADD_ANOTHER).orElseThrow();
        assertThat(confirmed).isEqualTo(new NewPatient("Ana Silva", BORN, ""));
        assertThat(model.answer(PatientModel.Answer.ADD_ANOTHER)).as("one answer per question").isEmpty();
        Patient second = patients.add(confirmed);
        model.addFinished(new org.physiokiosk.patient.AddResult.Added(second));

        assertThat(model.chosen()).contains(second);
        assertThat(patients.search("Ana Silva", 10)).containsExactlyInAnyOrder(ana, second);
    }

    @Test
    void theQuestionShowsALegacyNameWithoutItsDirectionOverride() {
        PatientRepository patients = patients();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO patient (name, date_of_birth, created_at) "
                    + "VALUES (?, '1950-02-03', '2020-01-01T00:00:00Z')")) {
                ps.setString(1, "\u202EAna Silva");
                return ps.executeUpdate();
            }
        });
        addFromForm(patients, "Ana Silva", "1950-02-03");
        assertThat(model.questionText()).startsWith("Ana Silva, born 1950-02-03").doesNotContain("\u202E");
    }
}

package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.testing.Fixtures;

/** Names that look the same are the same name to the store, including names saved before they were normalised. */
class LookAlikePatientsTest {

    private static final LocalDate BORN = LocalDate.of(1950, 2, 3);

    @TempDir
    Path dir;

    private Database db;
    private PatientRepository patients;

    @BeforeEach
    void open() {
        db = Fixtures.database(dir);
        patients = new PatientRepository(db, Fixtures.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Writes a row as an older kiosk did: the name exactly as typed, with no comparison key (schema 15 added it).
     * The next start fills the keys; {@link #upgraded()} is that start.
     */
    private long legacyRow(String name, LocalDate born) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO patient (name, date_of_birth, chart_number, created_at) VALUES (?, ?, '', ?)")) {
                ps.setString(1, name);
                ps.setString(2, born.toString());
                ps.setString(3, Fixtures.CLOCK.instant().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                 var rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    private void upgraded() {
        patients = new PatientRepository(db, Fixtures.CLOCK);
    }

    @Test
    void addStoresTheNormalisedName() {
        Patient p = patients.add(new NewPatient("\u202EAna\u00A0 Silva\u200B", BORN, ""));
        assertThat(patients.find(p.id()).orElseThrow().name()).isEqualTo("Ana Silva");
    }

    @Test
    void searchComparesKeysSoLookAlikesAreFoundEitherWay() {
        long nbsp = legacyRow("Ana\u00A0Silva", BORN);
        long nfd = legacyRow("Zoe\u0308 Lee", BORN);
        long sharpS = patients.add(new NewPatient("Heinz Strau\u00DF", BORN, "")).id();
        upgraded();

        assertThat(patients.search("Ana\u200B Silva", 10)).extracting(Patient::id).containsExactly(nbsp);
        assertThat(patients.search("ANA\u00A0SILVA", 10)).extracting(Patient::id).containsExactly(nbsp);
        assertThat(patients.search("zo\u00EB", 10)).extracting(Patient::id).containsExactly(nfd);
        assertThat(patients.search("STRAUSS", 10)).extracting(Patient::id).containsExactly(sharpS);
        assertThat(patients.search("\u200B", 10)).as("nothing visible: everyone").hasSize(3);
        assertThat(patients.search("1950-02", 10)).hasSize(3);
    }

    @Test
    void sameNameAndBirthFindsEveryLookAlikeOldestFirst() {
        long old = legacyRow("Ana \u200BSilva\u202C", BORN);
        long later = legacyRow("ana silva", BORN);
        legacyRow("Ana Silva", BORN.plusDays(1));
        legacyRow("Ana Silvia", BORN);
        upgraded();

        assertThat(patients.sameNameAndBirth("Ana\u00A0Silva", BORN)).extracting(Patient::id)
                .containsExactly(old, later);
        assertThat(patients.sameName("Ana Silva")).hasSize(3);
    }

    @Test
    void aLookAlikeIsNotAddedWithoutBeingAsked() {
        Patient ana = patients.add(new NewPatient("Ana Silva", BORN, ""));
        NewPatient twin = new NewPatient("ANA\u00A0SILVA\u200B", BORN, "");

        org.physiokiosk.patient.AddResult result = patients.addUnlessOnRecord(twin);

        assertThat(result).isInstanceOfSatisfying(org.physiokiosk.patient.AddResult.AlreadyOnRecord.class, r -> {
            assertThat(r.existing()).isEqualTo(ana);
            assertThat(r.candidate()).isEqualTo(twin);
        });
        assertThat(patients.search("", 10)).containsExactly(ana);
    }

    @Test
    void theSameNameWithAnotherBirthDateIsAnotherPerson() {
        patients.add(new NewPatient("Ana Silva", BORN, ""));
        org.physiokiosk.patient.AddResult result = patients.addUnlessOnRecord(new NewPatient("Ana Silva", BORN.minusYears(30),
                ""));
        assertThat(result).isInstanceOf(org.physiokiosk.patient.AddResult.Added.class);
        assertThat(patients.search("Ana Silva", 10)).hasSize(2);
    }
}

package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

class StoreTest {

    @TempDir
    Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();

    /** The record the tests run on: a SQLite file here, the clinic server in the subclass. */
    Database open() {
        return Fixtures.database(dir);
    }

    @Test
    void planWithDosageInstructionAndNoteSurvivesClosingAndReopening() {
        long planId;
        Patient patient;
        PlanDraft draft;
        try (Database db = open()) {
            patient = new PatientRepository(db, Fixtures.CLOCK)
                    .add(new NewPatient("Σοφία Παπαδοπούλου", LocalDate.of(1960, 1, 1), "C-9"));
            draft = new PlanDraft(patient.id(), List.of(
                    PlanItem.of(catalogue.exercise("bird-dog").orElseThrow())
                            .withDosage(new Dosage(8, 6, 2, true, 1, 5))
                            .withPersonalInstruction("Use a mat under your knees."),
                    PlanItem.of(catalogue.exercise("cat-cow").orElseThrow())),
                    "Walk every day.", "Sam Lee", "Tue 1 Dec, 10:30", "Sleeps badly; L4 tender.", false);
            planId = new PlanRepository(db, Fixtures.CLOCK).record(draft);
        }
        try (Database db = open()) {
            assertThat(new PatientRepository(db, Fixtures.CLOCK).find(patient.id())).contains(patient);
            org.physiokiosk.plan.StoredPlan stored = new PlanRepository(db, Fixtures.CLOCK).find(planId, catalogue)
                    .orElseThrow();
            assertThat(stored.draft()).isEqualTo(draft);
            List<VisitNote> notes = new NoteRepository(db, Fixtures.CLOCK).forPatient(patient.id());
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.text()).isEqualTo("Sleeps badly; L4 tender.", false);
                assertThat(n.author()).isEqualTo("Sam Lee");
                assertThat(n.planId()).isEqualTo(planId);
            });
        }
    }

    @Test
    void aPlanSavedOnAnotherPcMeanwhileIsNeverBuiltOverUnseen() {
        try (Database frontDesk = open(); Database room2 = open()) {
            Patient ann = new PatientRepository(frontDesk, Fixtures.CLOCK)
                    .add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            PlanRepository atDesk = new PlanRepository(frontDesk, Fixtures.CLOCK);
            PlanRepository inRoom2 = new PlanRepository(room2, Fixtures.CLOCK);
            List<PlanItem> items = List.of(PlanItem.of(catalogue.exercise("bird-dog").orElseThrow()));
            long first = atDesk.record(new PlanDraft(ann.id(), items, "", "Sam Lee", "", "", false)
                    .editingLatest(null));
            // Both PCs open plan 1; room 2 saves first.
            long second = inRoom2.record(new PlanDraft(ann.id(), items, "Walk daily.", "Kim Park", "", "", false)
                    .editingLatest(first));

            PlanDraft stale = new PlanDraft(ann.id(), items, "Rest.", "Sam Lee", "", "Knee sore.", false)
                    .editingLatest(first);
            assertThatThrownBy(() -> atDesk.record(stale))
                    .isInstanceOfSatisfying(org.physiokiosk.plan.PlanChangedException.class, e -> {
                        assertThat(e.latest()).isEqualTo(second);
                        assertThat(e.seen()).isEqualTo(first);
                    });
            assertThat(count(frontDesk, "plan")).as("nothing written").isEqualTo(2);
            assertThat(new NoteRepository(frontDesk, Fixtures.CLOCK).forPatient(ann.id()))
                    .as("nor the note that came with it").isEmpty();
            // A patient opened with no plan, who has one now, is the same case.
            assertThatThrownBy(() -> atDesk.record(stale.editingLatest(null)))
                    .isInstanceOf(org.physiokiosk.plan.PlanChangedException.class);

            // Having seen plan 2, the front desk saves theirs as the next version.
            long third = atDesk.record(stale.editingLatest(second));
            org.physiokiosk.plan.StoredPlan saved = atDesk.find(third, catalogue).orElseThrow();
            assertThat(saved.version()).isEqualTo(3);
            assertThat(saved.series()).isEqualTo(first);
            assertThat(new NoteRepository(room2, Fixtures.CLOCK).forPatient(ann.id())).singleElement()
                    .satisfies(n -> assertThat(n.text()).isEqualTo("Knee sore."));
            // A plan not made as an edit (the command line's export) is a new plan, checked against nothing.
            assertThat(inRoom2.record(new PlanDraft(ann.id(), items, "", "Kim Park", "", "", false))).isPositive();
        }
    }

    @Test
    void searchFindsByAFewLettersInAnyScriptAndByDateOfBirth() {
        try (Database db = open()) {
            PatientRepository patients = new PatientRepository(db, Fixtures.CLOCK);
            Patient zoe = patients.add(new NewPatient("Zoë Łukasiewicz", LocalDate.of(1950, 2, 3), ""));
            Patient sofia = patients.add(new NewPatient("Σοφία Παπαδοπούλου", LocalDate.of(1960, 1, 1), ""));
            Patient quote = patients.add(new NewPatient("Robert'); DROP TABLE patient;--", LocalDate.of(1970, 5, 6), ""));

            assertThat(patients.search("łuk", 10)).containsExactly(zoe);
            assertThat(patients.search("σοφ", 10)).containsExactly(sofia);
            assertThat(patients.search("1960-01", 10)).containsExactly(sofia);
            assertThat(patients.search("drop table", 10)).containsExactly(quote);
            assertThat(patients.search("", 10)).hasSize(3);
            assertThat(patients.search("nobody", 10)).isEmpty();
        }
    }

    @Test
    void foreignKeysRefuseAPlanForAPatientWhoDoesNotExist() {
        try (Database db = open()) {
            PlanDraft draft = new PlanDraft(999, List.of(PlanItem.of(catalogue.exercises().get(0))), "", "", "", "", false);
            assertThatThrownBy(() -> new PlanRepository(db, Fixtures.CLOCK).record(draft))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("FOREIGN KEY");
            assertThat(count(db, "plan")).isZero();
            assertThat(count(db, "plan_item")).as("the failed plan left nothing behind").isZero();
        }
    }

    @Test
    void newDatabaseIsInWalModeAtTheLatestSchemaVersion() throws Exception {
        try (Database db = open()) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestVersion());
            assertThat(new ExerciseRepository(db).count()).isEqualTo(catalogue.exercises().size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("clinic.db"));
             Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void databaseFromANewerKioskIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Physio Kiosk");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(99);
            assertThat(s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'patient'").getInt(1)).isZero();
        }
    }

    @Test
    void handoutLogKeepsFileAndChecksum() {
        try (Database db = open()) {
            Patient p = new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            long plan = new PlanRepository(db, Fixtures.CLOCK).record(
                    new PlanDraft(p.id(), List.of(PlanItem.of(catalogue.exercises().get(0))), "", "T", "", "", false));
            HandoutRepository handouts = new HandoutRepository(db);
            handouts.log(plan, "/x/a.pdf", "ab".repeat(32), Fixtures.CLOCK.instant());
            assertThat(handouts.forPlan(plan)).singleElement()
                    .satisfies(h -> assertThat(h.sha256()).isEqualTo("ab".repeat(32)));
        }
    }

    private static int count(Database db, String table) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}

package org.physiokiosk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.handout.ExportService;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;

/** Erasure that reaches the file's bytes, transactions that roll back on errors, exports that outlive the catalogue. */
class RecordSafetyTest {

    @TempDir
    Path dir;

    /** The clinic the tests run in: its record in a SQLite file here, on the clinic server in the subclass. */
    TestClinic clinic() throws IOException {
        return new TestClinic(dir);
    }

    private static PlanDraft plan(Services s, Patient p, String instruction, String note) {
        List<PlanItem> items = new ArrayList<>();
        s.catalogue().template("low-back-starter").orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), instruction)));
        return new PlanDraft(p.id(), items, "Walk daily.", "Sam Lee", "", note, false);
    }

    /** Every byte of the database and its side files, as one Latin-1 string to search. */
    private static String bytesOf(Path database) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(database.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(database.getFileName().toString()))
                    .toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void anErasedPatientLeavesNothingInTheDatabaseFilesBytes() throws Exception {
        TestClinic clinic = clinic();
        String name = "Quorra Zelbinski";
        String note = "Zyxwv private note about Quorra's knee";
        String instruction = "Qwerty personal line for Quorra";
        try (Services s = clinic.start()) {
            Patient keep = TestClinic.addPatient(s, "Keep Person");
            s.export().exportToFolder(keep, plan(s, keep, "", "keep note"), clinic.paths.printables());
            Patient gone = s.patients().add(new NewPatient(name, java.time.LocalDate.of(1937, 7, 13), "CH-98765"));
            for (int i = 0; i < 3; i++) {
                s.export().exportToFolder(gone, plan(s, gone, instruction, note + " " + "x".repeat(5000)),
                        clinic.paths.printables());
            }
            s.notes().add(gone.id(), null, note + " (a long note) " + "y".repeat(20_000), "Sam Lee");
            assertThat(bytesOf(clinic.paths.database())).as("the test can see the data before erasing")
                    .contains("Quorra", "Zyxwv", "Qwerty");

            var erased = s.records().erase(gone.id());
            assertThat(erased.wiped()).isTrue();
            String bytes = bytesOf(clinic.paths.database());
            assertThat(bytes).doesNotContain("Quorra", "Zelbinski", "Zyxwv", "Qwerty", "1937-07-13", "CH-98765");
            assertThat(bytes).as("the other patient is still there").contains("Keep Person");
        }
        String afterClose = bytesOf(clinic.paths.database());
        assertThat(afterClose).doesNotContain("Quorra", "Zyxwv", "Qwerty", "1937-07-13");
    }

    @Test
    void anErrorMidExportRollsBackThePlanAndTheNote() throws Exception {
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportService runsOutOfMemory = new ExportService(s.catalogue(), s.database(), s.clinics(), s.plans(),
                    s.handouts(), (content, out) -> {
                        out.write(new byte[8192]);
                        throw new OutOfMemoryError("Java heap space");
                    }, s.fonts(), Fixtures.CLOCK, new PrintablesFolder(s.paths().printables()));
            assertThatThrownBy(() -> runsOutOfMemory.exportToFolder(p, plan(s, p, "", "a private note"),
                    clinic.paths.printables())).isInstanceOf(OutOfMemoryError.class);
            assertThat(s.plans().latestFor(p.id())).as("no plan without its handout").isEmpty();
            assertThat(s.notes().forPatient(p.id())).as("no note without its handout").isEmpty();
            assertThat(s.handouts().forPatient(p.id())).isEmpty();
            if (Files.isDirectory(clinic.paths.printables())) {
                try (Stream<Path> files = Files.list(clinic.paths.printables())) {
                    assertThat(files).as("no partial file").isEmpty();
                }
            }
            // The database works on: the next export records and writes as usual.
            assertThat(s.export().exportToFolder(p, plan(s, p, "", "a private note"), clinic.paths.printables())
                    .file()).exists();
            assertThat(s.notes().forPatient(p.id())).hasSize(1);
        }
    }

    @Test
    void aPatientExportReadsWhatWasPrintedNotTodaysCatalogue() throws Exception {
        TestClinic clinic = clinic();
        long id;
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            s.export().exportToFolder(p, plan(s, p, "Go slowly.", ""), clinic.paths.printables());
            id = p.id();
        }
        // cat-cow leaves the catalogue (renamed, so the template still loads).
        clinic.editCatalogue("exercises.yaml", "id: cat-cow", "id: cat-cow-renamed");
        clinic.editCatalogue("templates.yaml", "exercise: cat-cow", "exercise: cat-cow-renamed");
        try (Services s = clinic.start()) {
            assertThat(s.catalogue().exercise("cat-cow")).isEmpty();
            PatientRecordService.Exported out = s.records().export(id, dir.resolve("export"), false);
            JsonNode json = new ObjectMapper().readTree(out.json().toFile());
            assertThat(json.at("/plans/0/exercises").findValuesAsText("exerciseId")).contains("cat-cow");
            JsonNode printed = json.at("/handouts/0/printed");
            assertThat(printed.isObject()).as("the handout's snapshot is in the export").isTrue();
            assertThat(printed.get("patientName").asText()).isEqualTo("Ann Lee");
            assertThat(printed.findValuesAsText("id")).contains("cat-cow");
            assertThat(Pdfs.text(out.pdf())).contains("Cat and cow", "Go slowly.", "It printed");
        }
    }

    @Test
    void theDatabaseItsLogAndBackupsAreReadableByTheirOwnerOnly() throws Exception {
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            TestClinic.addPatient(s, "Ann Lee");
            Path db = clinic.paths.database();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    db.resolveSibling(db.getFileName() + "-wal")))).isEqualTo("rw-------");
            Path backup = s.backups().backupNow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())))
                    .isEqualTo("rwx------");
            Path chosen = s.backups().backupTo(dir.resolve("elsewhere").resolve("mine.db"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen))).isEqualTo("rw-------");
        }
    }
}

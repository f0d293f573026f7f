package org.physiokiosk.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.handout.ExportException;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.handout.ExportService;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;

/** Handout snapshots and reprint, patient export and erasure, and a failed write that records nothing. */
class RecordKeepingTest {

    @TempDir
    Path dir;

    /** The clinic the tests run in: its record in a SQLite file here, on the clinic server in the subclass. */
    TestClinic clinic() throws IOException {
        return new TestClinic(dir);
    }

    private static PlanDraft starter(Services s, Patient p, String note) {
        List<PlanItem> items = new ArrayList<>();
        s.catalogue().template("low-back-starter").orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        return new PlanDraft(p.id(), items, "Walk daily.", "Sam Lee", "", note, false);
    }

    @Test
    void reprintGivesTheSameTextAfterTheCatalogueAndClinicChanged() throws Exception {
        TestClinic clinic = clinic();
        long handoutId;
        String printed;
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportResult r = s.export().exportToFolder(p, starter(s, p, ""), clinic.paths.printables());
            handoutId = r.handoutId();
            printed = Pdfs.text(r.file());
        }
        clinic.editCatalogue("exercises.yaml", "Hold one knee with both hands.",
                "Hold one knee with both hands, fingers laced.");
        clinic.editCatalogue("warning-signs.yaml", "Stop and get help", "Stop now and get help");
        try (Services s = clinic.start()) {
            ClinicSettings old = s.clinics().load().orElseThrow();
            s.clinics().save(new ClinicSettings("New Name Physio", old.address(), old.phone(), "112", null, old.paper()));

            Path again = s.export().reprint(handoutId, dir.resolve("reprint.pdf"), false).file();
            assertThat(Pdfs.text(again)).isEqualTo(printed).contains("Hold one knee with both hands.")
                    .doesNotContain("fingers laced").doesNotContain("New Name Physio");

            Patient p = s.patients().search("Ann Lee", 1).get(0);
            String fresh = Pdfs.flatText(s.export().exportToFolder(p, starter(s, p, ""), clinic.paths.printables())
                    .file());
            assertThat(fresh).contains("fingers laced", "Stop now and get help", "New Name Physio", "Call 112 now:");
            assertThat(s.handouts().forPatient(p.id())).hasSize(3);
        }
    }

    @Test
    void patientRecordExportsAsJsonAndPdfWithNotesAndAmendments() throws Exception {
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Σοφία Παπαδοπούλου");
            s.export().exportToFolder(p, starter(s, p, "Private: L4 tender."), clinic.paths.printables());
            long noteId = s.notes().forPatient(p.id()).get(0).id();
            s.notes().amend(noteId, "Correction: L5, not L4.", "Kim Park");

            PatientRecordService.Exported out = s.records().export(p.id(), dir.resolve("export"), false);
            JsonNode json = new ObjectMapper().readTree(out.json().toFile());
            assertThat(json.at("/patient/name").asText()).isEqualTo("Σοφία Παπαδοπούλου");
            assertThat(json.at("/notes/0/original/text").asText()).isEqualTo("Private: L4 tender.");
            assertThat(json.at("/notes/0/amendments/0/text").asText()).isEqualTo("Correction: L5, not L4.");
            assertThat(json.at("/plans/0/exercises").size()).isEqualTo(5);
            assertThat(json.at("/handouts/0/sha256").asText()).hasSize(64);
            assertThat(Pdfs.flatText(out.pdf())).contains("Σοφία Παπαδοπούλου", "Private: L4 tender.",
                    "Amendment", "Correction: L5, not L4.", "Knee to chest");
        }
    }

    @Test
    void erasureRemovesThePatientsDataAndFilesAndLogsOnlyCounts() throws Exception {
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient keep = TestClinic.addPatient(s, "Bo Keep");
            Patient gone = TestClinic.addPatient(s, "Zed Eraseme");
            ExportResult kept = s.export().exportToFolder(keep, starter(s, keep, "keep note"), clinic.paths.printables());
            ExportResult r = s.export().exportToFolder(gone, starter(s, gone, "Zed's private note"),
                    clinic.paths.printables());
            s.notes().amend(s.notes().forPatient(gone.id()).get(0).id(), "Zed amended", "Sam");

            PatientRecordService.Erased erased = s.records().erase(gone.id());

            assertThat(erased.notes()).isEqualTo(2);
            assertThat(erased.plans()).isEqualTo(1);
            assertThat(erased.handouts()).isEqualTo(1);
            assertThat(erased.filesDeleted()).isEqualTo(1);
            assertThat(r.file()).doesNotExist();
            assertThat(kept.file()).exists();
            assertThat(s.patients().find(gone.id())).isEmpty();
            assertThat(s.patients().erasuresLogged()).isEqualTo(1);
            assertThat(everyTextInTheDatabase(s)).noneMatch(t -> t.contains("Zed") || t.contains("Eraseme"))
                    .anyMatch(t -> t.contains("keep note"));
        }
    }

    @Test
    void aWriteThatFailsMidwayLeavesNoFileAndNoRecord() throws Exception {
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportService failing = new ExportService(s.catalogue(), s.database(), s.clinics(), s.plans(), s.handouts(),
                    (content, out) -> {
                        out.write(new byte[4096]);
                        throw new IOException("No space left on device");
                    }, s.fonts(), Fixtures.CLOCK, new PrintablesFolder(s.paths().printables()));
            assertThatThrownBy(() -> failing.exportToFolder(p, starter(s, p, "a note"), clinic.paths.printables()))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining("Nothing was recorded");
            try (Stream<Path> files = Files.list(clinic.paths.printables())) {
                assertThat(files).as("no partial or temporary file").isEmpty();
            }
            assertThat(s.plans().latestFor(p.id())).isEmpty();
            assertThat(s.notes().forPatient(p.id())).isEmpty();
        }
    }

    @Test
    void aFileNameLikeNameNeverWritesOutsideTheChosenFolder() throws Exception {
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "../../etc/passwd");
            ExportResult r = s.export().exportToFolder(p, starter(s, p, ""), clinic.paths.printables());
            assertThat(r.file().getParent()).isEqualTo(clinic.paths.printables().toAbsolutePath().normalize());
            assertThat(Pdfs.flatText(r.file())).contains("../../etc/passwd");
            assertThat(s.patients().find(p.id()).orElseThrow().name()).isEqualTo("../../etc/passwd");
        }
    }

    private static List<String> everyTextInTheDatabase(Services s) {
        return s.database().transaction(c -> {
            List<String> tables = new ArrayList<>();
            // Every table of the record, on either engine (the server's in this test's schema).
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            List<String> texts = new ArrayList<>();
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + table + "\"");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof String text) {
                                texts.add(text);
                            }
                        }
                    }
                }
            }
            return texts;
        });
    }
}

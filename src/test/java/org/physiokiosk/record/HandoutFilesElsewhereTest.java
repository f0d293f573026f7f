package org.physiokiosk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * The printables folder seen from another place (another PC's mount of the shared folder, or the clinic's folder
 * moved to a new PC): the record still finds its handouts there, and erases them with the patient.
 */
class HandoutFilesElsewhereTest {

    @TempDir
    Path dir;

    @Test
    void aHandoutIsFoundAndErasedWhereThePrintablesFolderIsNow() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        Path pdf;
        long patientId;
        try (Services s = clinic.start()) {
            Patient ann = TestClinic.addPatient(s, "Ann Lee");
            patientId = ann.id();
            List<PlanItem> items = PlanItem.fromTemplate(s.catalogue().template("low-back-starter").orElseThrow());
            ExportResult r = s.export().exportToFolder(ann,
                    new PlanDraft(ann.id(), items, "", "Sam Lee", "", "", false), clinic.paths.printables());
            pdf = r.file();
            assertThat(s.handouts().find(r.handoutId()).orElseThrow().file())
                    .isEqualTo(pdf.getFileName().toString());
        }

        Path movedTo = dir.resolve("mounted elsewhere");
        Files.move(clinic.paths.printables(), movedTo);
        AppPaths elsewhere = new AppPaths(clinic.paths.database(), clinic.paths.catalogue(), movedTo);
        try (Services s = Services.start(elsewhere, org.physiokiosk.testing.Fixtures.CLOCK)) {
            PatientRecordService.Erased erased = s.records().erase(patientId);

            assertThat(erased.handouts()).isEqualTo(1);
            assertThat(erased.filesDeleted()).as("the handout in the folder's new place").isEqualTo(1);
            assertThat(movedTo.resolve(pdf.getFileName())).doesNotExist();
        }
    }
}

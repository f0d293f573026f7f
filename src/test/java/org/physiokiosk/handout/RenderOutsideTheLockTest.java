package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.wiring.Services;

/**
 * A handout is rendered before its plan is recorded, outside any transaction: a second kiosk on the same database
 * (here a second connection, as a second program would have) writes while the first renders, instead of waiting
 * for SQLite's write lock. If that second kiosk records a plan meanwhile, the first renders again with the number it
 * really gets, so the number printed on the handout is the plan's.
 */
class RenderOutsideTheLockTest {

    @TempDir
    Path dir;

    @Test
    void anotherKioskWritesWhileAHandoutRendersAndARaceRendersAgainWithTheRightNumber() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start(); Database other = Database.open(clinic.paths.database())) {
            Patient ann = TestClinic.addPatient(s, "Ann Lee");
            Patient bob = TestClinic.addPatient(s, "Bob Ray");
            NoteRepository otherNotes = new NoteRepository(other, Fixtures.CLOCK);
            PlanRepository otherPlans = new PlanRepository(other, Fixtures.CLOCK);
            AtomicInteger renders = new AtomicInteger();
            HandoutWriter real = new HandoutWriter(s.fonts());
            ExportService export = new ExportService(s.catalogue(), s.database(), s.clinics(), s.plans(),
                    s.handouts(), (content, out) -> {
                        // The second kiosk saves while this one renders; holding the write lock here would make it
                        // wait its 10 seconds and fail with "database is locked".
                        otherNotes.add(bob.id(), null, "Written while a handout rendered.", "Kim Park");
                        if (renders.getAndIncrement() == 0) {
                            otherPlans.record(draft(s, bob));
                        }
                        real.write(content, out);
                    }, s.fonts(), Fixtures.CLOCK, new PrintablesFolder(s.paths().printables()));

            ExportResult result = export.exportToFolder(ann, draft(s, ann), clinic.paths.printables());

            assertThat(renders).as("rendered again after the other kiosk took plan 1").hasValue(2);
            assertThat(result.planNumber()).isEqualTo(2);
            assertThat(s.plans().latestFor(ann.id())).contains(2L);
            assertThat(s.plans().latestFor(bob.id())).contains(1L);
            assertThat(s.notes().forPatient(bob.id())).hasSize(2);
            assertThat(s.handouts().forPatient(ann.id())).singleElement()
                    .satisfies(h -> assertThat(h.planId()).isEqualTo(2));
            assertThat(Pdfs.flatText(result.file())).contains("Plan number 2").doesNotContain("Plan number 1 ");
            try (var files = java.nio.file.Files.list(clinic.paths.printables())) {
                assertThat(files).as("one handout, no leftover temporary file").singleElement()
                        .satisfies(f -> assertThat(f.getFileName().toString()).endsWith("plan-2.pdf"));
            }
        }
    }

    private static PlanDraft draft(Services s, Patient p) {
        Exercise e = s.catalogue().exercises().get(0);
        return new PlanDraft(p.id(), List.of(new PlanItem(e, e.dosage(), "")), "", "Sam Lee", "", "", false);
    }
}

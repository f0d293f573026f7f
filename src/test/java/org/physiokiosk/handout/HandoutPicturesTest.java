package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.app.Services;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;

/** Each card's picture prints as vectors, a tagged Figure with its alt text, and a reprint draws what was printed. */
class HandoutPicturesTest {

    @TempDir
    Path dir;

    private static PlanDraft lowBack(Services s, Patient p) {
        List<PlanItem> items = new ArrayList<>();
        s.catalogue().template("low-back-starter").orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        return new PlanDraft(p.id(), items, "", "Sam Lee", "", "", false);
    }

    @Test
    void everyPictureIsATaggedVectorFigureWithItsAltText() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            Path pdf = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            List<String> alts = lowBack(s, p).items().stream().map(PlanItem::exercise).map(Exercise::picture).toList();
            assertThat(Pdfs.figureAlts(pdf)).containsAll(alts);
            assertThat(Pdfs.bitmapImages(pdf)).as("pictures are never rasterized").isZero();
            assertThat(Pdfs.pictureDrawings(pdf)).hasSize(5);
            assertThat(Pdfs.flatText(pdf)).contains("Start", "Finish", "Hold this position");
        }
    }

    @Test
    void aReprintDrawsThePicturesThatWerePrintedAfterAPoseChanged() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        Path first;
        long handout;
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportResult r = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables());
            first = r.file();
            handout = r.handoutId();
        }
        Path picture = clinic.paths.catalogue().resolve("pictures").resolve("knee-to-chest.svg");
        Files.writeString(picture, Files.readString(picture).replace("#EE8F3D", "#3D8FEE").replace("#ee8f3d", "#3d8fee"));
        try (Services s = clinic.start()) {
            Path again = s.export().reprint(handout, dir.resolve("again.pdf"), false).file();
            assertThat(Pdfs.pictureDrawings(again)).isEqualTo(Pdfs.pictureDrawings(first));
            Patient p = s.patients().find(1).orElseThrow();
            assertThat(s.catalogue().picture("knee-to-chest").orElseThrow()).contains("#3D8FEE");
            Path fresh = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            assertThat(Pdfs.pictureDrawings(fresh)).as("a new handout draws today's picture")
                    .isNotEqualTo(Pdfs.pictureDrawings(first));
        }
    }
}

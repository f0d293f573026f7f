package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.pictures.PictureProblem;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.testing.TestPictures;

/**
 * A logo stored before logos were checked (straight into the database, as an older kiosk could) is
 * refused at export, preview and reprint with a message about the logo, and nothing is recorded.
 */
class LogoExportTest {

    private static final String TOO_LARGE = "The clinic's logo is 15000 x 15000 pixels, more than a handout needs"
            + " (at most 4000 pixels on a side and 12 million in all). Choose a smaller logo in Clinic settings"
            + " (screen 4) and try again; nothing was saved.";
    private static final String DAMAGED = "The clinic's logo is damaged or not a complete PNG or JPEG, so the"
            + " handout cannot print it. Choose another logo in Clinic settings (screen 4) and try again;"
            + " nothing was saved.";

    @TempDir
    Path dir;

    static Stream<Arguments> unusableLogos() {
        byte[] jpeg = TestPictures.noiseJpeg();
        return Stream.of(
                Arguments.of("a 30 KB PNG of 15000 x 15000 pixels", TestPictures.hugePng(), TOO_LARGE),
                Arguments.of("the first 200 bytes of a PNG", TestPictures.truncated(TestPictures.noisePng(), 200),
                        DAMAGED),
                Arguments.of("half a JPEG", TestPictures.truncated(jpeg, jpeg.length / 2), DAMAGED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableLogos")
    void aStoredLogoAHandoutCannotPrintIsRefusedAndNothingIsRecorded(String what, byte[] logo, String message)
            throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            storeLogo(s, logo);
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            PlanDraft draft = starter(s, p, "Private: L4 tender.");
            Path chosen = dir.resolve("chosen.pdf");

            assertThatThrownBy(() -> s.export().exportToFolder(p, draft, clinic.paths.printables()))
                    .isInstanceOf(ExportException.class).hasMessage(message);
            assertThatThrownBy(() -> s.export().exportToFile(p, draft, chosen, null, false))
                    .isInstanceOf(ExportException.class).hasMessage(message);
            assertThatThrownBy(() -> s.export().preview(p, draft))
                    .isInstanceOf(ExportException.class).hasMessage(message);

            assertThat(s.plans().latestFor(p.id())).as("no plan").isEmpty();
            assertThat(s.notes().forPatient(p.id())).as("no note").isEmpty();
            assertThat(s.handouts().forPatient(p.id())).as("no handout").isEmpty();
            assertThat(chosen).doesNotExist();
            if (Files.exists(clinic.paths.printables())) {
                assertThat(clinic.paths.printables()).as("no file, not even a temporary one").isEmptyDirectory();
            }
        }
    }

    @Test
    void aLogoRefusedWhileWritingIsNamedAndRollsEverythingBack() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            // The writer finds the logo unusable half-way (settings changed after the check, say).
            ExportService export = new ExportService(s.catalogue(), s.database(), s.clinics(), s.plans(),
                    s.handouts(), (content, out) -> {
                        out.write(new byte[4096]);
                        throw new UnusableLogoException(PictureProblem.damaged(null, "garbled", null));
                    }, s.fonts(), Fixtures.CLOCK, new PrintablesFolder(s.paths().printables()));
            assertThatThrownBy(() -> export.exportToFolder(p, starter(s, p, "a note"), clinic.paths.printables()))
                    .isInstanceOf(ExportException.class).hasMessage(DAMAGED)
                    .message().doesNotContain("free space");
            assertThat(s.plans().latestFor(p.id())).isEmpty();
            assertThat(s.notes().forPatient(p.id())).isEmpty();
            assertThat(clinic.paths.printables()).isEmptyDirectory();
        }
    }

    @Test
    void anOrdinaryStoredLogoStillPrints() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            storeLogo(s, TestPictures.noisePng());
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportResult r = s.export().exportToFolder(p, starter(s, p, ""), clinic.paths.printables());
            try (var doc = org.apache.pdfbox.Loader.loadPDF(r.file().toFile())) {
                var resources = doc.getPage(0).getResources();
                assertThat(resources.getXObjectNames()).anySatisfy(name -> assertThat(resources.getXObject(name))
                        .isInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class));
            }
            assertThat(s.export().preview(p, starter(s, p, ""))).isNotEmpty();
        }
    }

    @Test
    void aReprintWhoseSnapshotHoldsADamagedLogoSaysSoAndWritesNothing() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            PlanDraft draft = starter(s, p, "");
            // Before the check a cut-short PNG went into the handout (and its snapshot) without a word.
            long plan = s.plans().record(draft);
            ClinicSettings then = withLogo(s.clinics().load().orElseThrow(),
                    TestPictures.truncated(TestPictures.noisePng(), 200));
            HandoutContent printed = HandoutContent.of(s.catalogue(), then, p.name(), plan,
                    LocalDate.of(2026, 11, 20), draft);
            long handout = s.handouts().log(plan, dir.resolve("old.pdf").toString(), "0".repeat(64),
                    Fixtures.CLOCK.instant(), HandoutSnapshot.toJson(printed)).id();

            Path again = dir.resolve("again.pdf");
            assertThatThrownBy(() -> s.export().reprint(handout, again, false)).isInstanceOf(ExportException.class)
                    .hasMessage("Handout " + handout + " cannot be reprinted exactly: the copy of the clinic's logo"
                            + " it printed is damaged or has more pixels than a handout may now use. Export the"
                            + " plan again to print it with the clinic's current logo; nothing was saved.");
            assertThat(again).doesNotExist();
            assertThat(s.handouts().forPatient(p.id())).hasSize(1);
        }
    }

    /** Stores the logo as the database holds it, past the settings screen's check. */
    private static void storeLogo(Services s, byte[] logo) {
        s.clinics().save(withLogo(s.clinics().load().orElseThrow(), logo));
        assertThat(s.clinics().load().orElseThrow().logo()).isEqualTo(logo);
    }

    private static ClinicSettings withLogo(ClinicSettings c, byte[] logo) {
        return new ClinicSettings(c.name(), c.address(), c.phone(), c.emergencyNumber(), logo, c.paper());
    }

    private static PlanDraft starter(Services s, Patient p, String note) {
        List<PlanItem> items = new ArrayList<>();
        s.catalogue().template("low-back-starter").orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        return new PlanDraft(p.id(), items, "", "Sam Lee", "", note, false);
    }
}

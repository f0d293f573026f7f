package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.testing.GuiWait.waitFor;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.RequiresDisplay;

/** Drives the real kiosk window through the 60-second flow, then reads the handout and the database. */
@Tag("gui")
@ExtendWith(RequiresDisplay.class)
class KioskFlowGuiTest {

    @TempDir
    Path dir;

    private AppPaths paths;
    private Services services;
    private Tasks tasks;
    private FrameFixture window;
    private final java.util.concurrent.atomic.AtomicReference<Path> restoreAsked =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicReference<String> rememberedPrinter =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final PrinterPreference printerPreference = new PrinterPreference() {
        @Override
        public java.util.Optional<String> load() {
            return java.util.Optional.ofNullable(rememberedPrinter.get());
        }

        @Override
        public void save(String printerName) {
            rememberedPrinter.set(printerName);
        }
    };

    @BeforeAll
    static void checkEventThreadUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openKiosk(org.junit.jupiter.api.TestInfo test) throws Exception {
        paths = new AppPaths(dir.resolve("data").resolve("clinic.db"), Fixtures.CATALOGUE_DIR, dir.resolve("printables"));
        services = Services.start(paths, Fixtures.CLOCK);
        // A clinic that has given its details (a new database has none: the first start asks for them). The screens
        // are measured with the line about details not set shown: the most the window holds.
        if (!test.getTags().contains("clinicNotSet")) {
            services.clinics().save(Fixtures.CLINIC);
        }
        tasks = new Tasks();
        // Signed in as an administrator, who may do everything these flows do; roles have tests of their own.
        Actor sam = Actor.of(services.desks().staff().add(java.util.Optional.empty(), "sam", "Sam Lee",
                org.physiokiosk.staff.Role.ADMINISTRATOR, "48291573"));
        KioskFrame frame = GuiActionRunner.execute(() -> {
            KioskLauncher.installTheme();
            return new KioskFrame(new KioskFrame.Deps(services.catalogue(), services.desks(), new HandoutPrinter(),
                    printerPreference, paths.printables(), tasks, Fixtures.CLOCK,
                    (who, backup) -> restoreAsked.set(backup), KioskFrame.Controls.NONE), sam);
        });
        window = new FrameFixture(frame);
        window.show(new java.awt.Dimension(1280, 740)); // fits the 1366x768 screen .ci/run gives Xvfb
        window.moveTo(new java.awt.Point(0, 0));
    }

    @AfterEach
    void closeKiosk() {
        // Background work still running (an export being recorded) finishes on open services, or its error would
        // show a dialog in the next test.
        tasks.finish(java.time.Duration.ofSeconds(30));
        window.cleanUp();
        services.close();
    }

    @Test
    void therapistAddsPatientBuildsPlanFromTemplateAndExportsAHandout() throws Exception {
        Catalogue catalogue = services.catalogue();
        window.textBox("patientName").setText("Zoë Łukasiewicz");
        window.textBox("patientDob").enterText("1950-02-03");
        window.button("addPatient").click();
        waitFor("the plan screen", () -> selectedTab() == 1);

        window.comboBox("templateChoice").selectItem("Low back - gentle start");
        window.button("useTemplate").click();
        assertThat(window.list("planList").contents()).hasSize(5);

        window.list("planList").selectItem(2);
        window.button("removeExercise").click();
        assertThat(window.list("planList").contents()).hasSize(4).noneMatch(row -> row.contains("Cat and cow"));

        window.list("planList").selectItem(0);
        window.spinner("holdSeconds").select(45);
        window.textBox("personalInstruction").enterText("Put a pillow under your head");
        window.label("dosagePreview").requireText("Hold for 45 seconds. Do this 3 times on each side, twice a day, every day.");

        window.tabbedPane("screens").selectTab(2);
        window.textBox("privateNote").enterText("Private: suspected facet irritation");
        window.textBox("patientInstructions").enterText("Walk for ten minutes every morning.");
        // No printer chosen: said as a problem, in the problem colour, never in the colour of success.
        waitFor("the printers looked up", () -> window.comboBox("printerChoice").contents().length > 0);
        GuiActionRunner.execute(() -> window.comboBox("printerChoice").target().setEnabled(false));
        window.button("printHandout").click();
        waitFor("the missing printer said", () -> !window.label("exportStatus").text().isBlank());
        assertThat(GuiActionRunner.execute(() -> window.label("exportStatus").target()
                .getClientProperty("FlatLaf.styleClass"))).isEqualTo("problem");
        GuiActionRunner.execute(() -> window.comboBox("printerChoice").target().setEnabled(true));
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));
        assertThat(GuiActionRunner.execute(() -> window.label("exportStatus").target()
                .getClientProperty("FlatLaf.styleClass"))).isEqualTo("status");
        window.button("openPdf").requireEnabled();

        Path pdf = onlyHandout();
        assertThat(pdf.getFileName().toString()).isEqualTo("2026-11-24-ZL-plan-1.pdf");
        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("Zoë Łukasiewicz", "Knee to chest", "Child's pose", "Pelvic tilt", "Bird dog",
                "Hold for 45 seconds (count slowly to 45).", "Do this 3 times with your right leg. Then do it 3 times with your left leg.",
                "Put a pillow under your head", "Walk for ten minutes every morning.", "Sam Lee");
        var facts = org.physiokiosk.handout.HandoutContent.facts(java.util.List.of(), java.util.List.of("low back"));
        catalogue.warnings().regions().get("low back").values()
                .forEach(signs -> signs.forEach(sign -> assertThat(text).contains(sign.text())));
        assertThat(text).contains(catalogue.shared().disclaimer(facts));
        assertThat(text).doesNotContain("Cat and cow").doesNotContain("facet irritation");

        window.cleanUp();
        services.close();
        services = Services.start(paths, Fixtures.CLOCK);
        Patient zoe = services.patients().search("Zoë", 5).get(0);
        List<VisitNote> notes = services.notes().forPatient(zoe.id());
        assertThat(notes).extracting(VisitNote::text).containsExactly("Private: suspected facet irritation");
        assertThat(notes.get(0).author()).isEqualTo("Sam Lee");
        assertThat(services.handouts().forPlan(notes.get(0).planId())).singleElement()
                .satisfies(h -> assertThat(h.file()).as("named in the printables folder").isEqualTo(pdf.getFileName().toString()));
    }

    @Test
    void searchNarrowsThePatientListAsYouTypeThenPicksThePatient() {
        services.patients().add(new org.physiokiosk.patient.NewPatient("Zoë Łukasiewicz",
                java.time.LocalDate.of(1950, 2, 3), ""));
        services.patients().add(new org.physiokiosk.patient.NewPatient("Σοφία Παπαδοπούλου",
                java.time.LocalDate.of(1960, 1, 1), ""));
        window.textBox("patientSearch").enterText("1960");
        waitFor("one patient listed", () -> window.list("patientList").contents().length == 1);
        assertThat(window.list("patientList").contents()[0]).contains("Σοφία Παπαδοπούλου");
        // Two lines on screen; one plain line for a screen reader, with the number the audit trail filters by.
        assertThat(GuiActionRunner.execute(() -> window.list("patientList").target().getAccessibleContext()
                .getAccessibleChild(0).getAccessibleContext().getAccessibleName()))
                .startsWith("Σοφία Παπαδοπούλου, born 1960-01-01").contains("patient ").doesNotContain("<");
        window.textBox("patientSearch").deleteText().enterText("zz");
        waitFor("no patient listed", () -> window.list("patientList").contents().length == 0);
        window.label("patientNoMatch").requireText("No patient matches. Add them on the right.");
        window.textBox("patientSearch").deleteText();
        waitFor("both patients listed", () -> window.list("patientList").contents().length == 2);
        window.list("patientList").selectItem(1);
        window.button("usePatient").click();
        waitFor("the plan screen", () -> selectedTab() == 1);
        // The header across every screen names the patient and gives the birth date in words, with the age.
        window.label("patientStatus").requireText("Σοφία Παπαδοπούλου");
        window.label("patientDetails").requireText("Born 1 January 1960, age 66");
        waitFor("the record's line", () -> window.label("patientRecord").text().equals(
                "No plan yet\u2002\u00b7\u2002First visit"));
    }

    @Test
    void previewShowsTheRealPagesAndRecordsNothing() throws Exception {
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        window.button("previewHandout").click();
        org.assertj.swing.fixture.DialogFixture preview = window.dialog("preview", Timeout.timeout(20_000));
        waitFor("the first page", () -> preview.label("previewPageNumber").text().startsWith("Page 1 of "));
        int pages = Integer.parseInt(preview.label("previewPageNumber").text().replaceAll(".* of ", ""));
        assertThat(pages).isGreaterThan(1);
        assertThat(GuiActionRunner.execute(() -> preview.label("previewPage").target().getIcon())).isNotNull();
        preview.button("previewNext").click();
        waitFor("the second page", () -> preview.label("previewPageNumber").text().equals("Page 2 of " + pages));
        // Escape closes it, as it does every dialog.
        preview.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        waitFor("the preview closed", () -> !preview.target().isShowing());
        try (Stream<Path> files = Files.list(paths.printables().getParent())) {
            assertThat(Files.exists(paths.printables())).as("no handout written by a preview").isFalse();
        }
        assertThat(services.plans().latestFor(services.patients().search("Ann Lee", 1).get(0).id())).isEmpty();
    }

    @Test
    void clinicSettingsAreSavedAndPrintedOnTheNextHandout() throws Exception {
        window.tabbedPane("screens").selectTab(3);
        waitFor("the settings to load", () -> window.textBox("clinicName").text().equals("Northgate Physio"));
        window.label("clinicRecordsWhere").requireText("Records are kept in "
                + paths.database().toAbsolutePath().normalize());
        window.textBox("clinicName").deleteText();
        window.button("clinicSave").click();
        window.label("clinicStatus").requireText(java.util.regex.Pattern.compile(".*Enter the clinic's name.*"));
        window.textBox("clinicName").enterText("Riverside Physio");
        window.textBox("clinicEmergency").deleteText().enterText("999");
        window.comboBox("clinicPaper").selectItem("US Letter");
        window.button("clinicSave").click();
        waitFor("the settings to save", () -> window.label("clinicStatus").text().contains("Saved"));
        assertThat(services.clinics().load()).get().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Riverside Physio");
            assertThat(c.emergencyNumber()).isEqualTo("999");
            assertThat(c.paper()).isEqualTo(org.physiokiosk.clinic.PaperSize.LETTER);
        });

        window.tabbedPane("screens").selectTab(0);
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        window.checkBox("largePrint").check();
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));
        Path pdf = onlyHandout();
        assertThat(Pdfs.flatText(pdf)).contains("Riverside Physio", "Call 999 now:");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f); // US Letter: 8.5 in
        }
    }

    @Test
    void printsOnTheChosenPrinterAndRemembersIt() throws Exception {
        String printer = System.getenv("PHYSIO_KIOSK_TEST_PRINTER");
        org.junit.jupiter.api.Assumptions.assumeTrue(printer != null, "no test printer set up (see .ci/run)");
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        waitFor("the printers", () -> java.util.Arrays.asList(window.comboBox("printerChoice").contents()).contains(printer));
        window.comboBox("printerChoice").selectItem(printer);
        waitFor("the printer to be remembered", () -> printer.equals(rememberedPrinter.get()));
        window.button("printHandout").click();
        waitFor("the print to finish", () -> window.label("exportStatus").text().contains("Printed plan"));
        Path pdf = onlyHandout();
        assertThat(services.handouts().forPlan(1)).singleElement().satisfies(h -> {
            assertThat(h.printedOn()).isEqualTo(printer);
            assertThat(h.file()).isEqualTo(pdf.getFileName().toString());
        });
    }

    @Test
    void aNoteIsAmendedInTheRecordAndTheOriginalStays() throws Exception {
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        window.textBox("privateNote").enterText("Pain on the left.");
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));

        window.tabbedPane("screens").selectTab(4);
        waitFor("the note in the record", () -> window.list("recordNotes").contents().length == 1);
        window.list("recordNotes").selectItem(0);
        window.button("recordAmend").click();
        org.assertj.swing.fixture.DialogFixture dialog = window.dialog("noteDialog");
        // The author is the signed-in person, shown and not typed over.
        dialog.textBox("noteAuthor").requireText("Sam Lee").requireNotEditable();
        // Save and Cancel sit together at the right, and the note being amended is named for a screen reader.
        java.awt.Rectangle saveAt = GuiActionRunner.execute(() -> dialog.button("noteSave").target().getBounds());
        java.awt.Rectangle cancelAt = GuiActionRunner.execute(() -> dialog.button("noteCancel").target().getBounds());
        assertThat(cancelAt.x - (saveAt.x + saveAt.width)).as("gap between Save and Cancel").isBetween(0, 24);
        assertThat(saveAt.x).as("Save in the right half").isGreaterThan(dialog.target().getWidth() / 2);
        dialog.textBox("noteOriginal").requireText("Pain on the left.").requireNotEditable();
        assertThat(GuiActionRunner.execute(() -> dialog.textBox("noteOriginal").target().getAccessibleContext()
                .getAccessibleName())).isEqualTo("The note as written (it stays as it is)");
        // The keyboard lands in the box for the new words, so typing at once goes there.
        waitFor("the keyboard in the note box", () -> dialog.textBox("noteText").target().isFocusOwner());
        dialog.textBox("noteText").enterText("Correction: the right side.");
        // Saved from the keyboard: the button takes the focus and Space presses it. (A mouse click on it was lost
        // on Xvfb now and then, with the dialog focused and the button enabled.)
        dialog.button("noteSave").focus().pressAndReleaseKeys(java.awt.event.KeyEvent.VK_SPACE);
        waitFor("the note dialog to close", () -> !dialog.target().isShowing());
        waitFor("the amendment listed", () -> window.list("recordNotes").contents().length == 2);
        assertThat(window.list("recordNotes").contents()[1]).contains("Amendment", "Sam Lee", "Correction");
        long patientId = services.patients().search("Ann Lee", 1).get(0).id();
        assertThat(services.notes().history(patientId)).singleElement().satisfies(h -> {
            assertThat(h.original().text()).isEqualTo("Pain on the left.");
            assertThat(h.amendments()).extracting(VisitNote::text).containsExactly("Correction: the right side.");
        });
    }

    @Test
    void choosingAPatientAgainLoadsTheirPlanAndSavingMakesTheNextVersion() throws Exception {
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan 1"));

        window.tabbedPane("screens").selectTab(0);
        window.list("patientList").selectItem(0);
        window.button("usePatient").click();
        waitFor("the recorded plan loaded", () -> window.list("planList").contents().length == 5);
        window.list("planList").selectItem(4);
        window.button("removeExercise").click();
        window.tabbedPane("screens").selectTab(2);
        window.textBox("therapistName").requireText("Sam Lee");
        window.button("exportHandout").click();
        waitFor("the second export", () -> window.label("exportStatus").text().contains("Saved plan 2"));
        var plans = services.plans();
        assertThat(plans.find(1, services.catalogue()).orElseThrow().draft().items()).hasSize(5);
        assertThat(plans.find(2, services.catalogue()).orElseThrow()).satisfies(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.series()).isEqualTo(1);
            assertThat(p.draft().items()).hasSize(4);
        });
    }

    @Test
    void erasingAPatientAsksFirstThenRemovesEverything() throws Exception {
        addPatientAndUseTemplate("Zed Erase");
        window.tabbedPane("screens").selectTab(2);
        window.textBox("privateNote").enterText("private");
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));
        Path pdf = onlyHandout();
        window.tabbedPane("screens").selectTab(4);
        waitFor("the record", () -> window.list("recordHandouts").contents().length == 1);

        window.button("recordErase").click();
        org.assertj.swing.fixture.JOptionPaneFixture first = window.optionPane(Timeout.timeout(20_000));
        press(first, "Keep");
        waitFor("the question to close", () -> GuiActionRunner.execute(() -> java.util.Arrays
                .stream(java.awt.Window.getWindows()).noneMatch(w -> w instanceof javax.swing.JDialog && w.isShowing())));
        assertThat(services.patients().search("Zed", 5)).hasSize(1);

        window.button("recordErase").click();
        org.assertj.swing.fixture.JOptionPaneFixture question = window.optionPane(Timeout.timeout(20_000));
        question.requireMessage(java.util.regex.Pattern.compile(".*Zed Erase.*cannot be undone.*"));
        press(question, "Erase");
        waitFor("the erasure", () -> window.label("recordStatus").text().contains("Erased"));
        assertThat(services.patients().search("Zed", 5)).isEmpty();
        assertThat(pdf).doesNotExist();
        window.label("patientStatus").requireText("No patient chosen");
    }

    @Test
    void aLookAlikeNameAsksFirstEscapeCancelsAndEnterUsesTheRecordOnFile() {
        Patient ana = services.patients().add(new org.physiokiosk.patient.NewPatient("Ana Silva",
                java.time.LocalDate.of(1950, 2, 3), ""));
        window.textBox("patientName").setText("Ana\u00A0Silva\u200B");
        window.textBox("patientDob").enterText("1950-02-03");
        window.button("addPatient").click();

        org.assertj.swing.fixture.DialogFixture question = window.dialog("lookAlikeDialog", Timeout.timeout(20_000));
        question.requireModal();
        window.optionPane().requireMessage(java.util.regex.Pattern.compile(
                "Ana Silva, born 1950-02-03, is already on record \\(patient " + ana.id() + "\\)\\..*"));
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.<String>execute(() -> ((javax.swing.JDialog) question.target()).getRootPane()
                .getDefaultButton().getName()))
                .as("Enter uses the record on file").isEqualTo("lookAlikeUse");
        javax.swing.JButton addAnother = question.button("lookAlikeAddAnother").target();
        assertThat(GuiActionRunner.<String>execute(() -> addAnother.getAccessibleContext().getAccessibleName()))
                .isEqualTo("Add another patient");
        window.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        waitForNoDialog();
        assertThat(services.patients().search("", 10)).containsExactly(ana);
        assertThat(selectedTab()).isZero();
        window.textBox("patientName").requireText("Ana\u00A0Silva\u200B");

        window.button("addPatient").click();
        window.dialog("lookAlikeDialog", Timeout.timeout(20_000));
        window.robot().waitForIdle();
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        waitFor("the plan screen", () -> selectedTab() == 1);
        window.label("patientStatus").requireText("Ana Silva");
        window.label("patientDetails").requireText("Born 3 February 1950, age 76");
        window.tabbedPane("screens").selectTab(0);
        window.textBox("patientName").requireEmpty();
        assertThat(services.patients().search("", 10)).containsExactly(ana);
    }

    @Test
    void anotherPatientWithTheSameNameIsAddedOnlyWithItsOwnButton() {
        Patient ana = services.patients().add(new org.physiokiosk.patient.NewPatient("Ana Silva",
                java.time.LocalDate.of(1950, 2, 3), ""));
        window.textBox("patientName").enterText("ANA SILVA");
        window.textBox("patientDob").enterText("1950-02-03");
        window.button("addPatient").click();
        org.assertj.swing.fixture.DialogFixture question = window.dialog("lookAlikeDialog", Timeout.timeout(20_000));
        window.robot().waitForIdle();
        // A robot click can land before a busy machine has placed the dialog: press the button itself.
        javax.swing.JButton another = question.button("lookAlikeAddAnother").target();
        waitFor("the button to add another", () -> GuiActionRunner.execute(() -> another.isShowing()
                && another.isEnabled()));
        GuiActionRunner.execute(() -> another.doClick());
        waitFor("the plan screen", () -> selectedTab() == 1);
        List<Patient> both = services.patients().search("ana silva", 10);
        assertThat(both).hasSize(2).contains(ana);
        window.label("patientStatus").requireText("ANA SILVA");
    }

    @Test
    void exportingTheRecordAgainAsksBeforeReplacingTheEarlierFiles() throws Exception {
        addPatientAndUseTemplate("Rae Export");
        window.tabbedPane("screens").selectTab(2);
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));
        window.tabbedPane("screens").selectTab(4);
        waitFor("the record", () -> window.list("recordHandouts").contents().length == 1);
        Path folder = Files.createDirectories(dir.resolve("exports"));

        window.button("recordExport").click();
        choose(folder);
        waitFor("the first export", () -> window.label("recordStatus").text().contains("Record written"));
        Path json;
        try (Stream<Path> files = Files.list(folder)) {
            json = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        byte[] first = Files.readAllBytes(json);
        Files.writeString(json, Files.readString(json).replace("\"exportedAt\"", "\"exportedAt\"  "));
        byte[] edited = Files.readAllBytes(json);

        window.button("recordExport").click();
        choose(folder);
        org.assertj.swing.fixture.JOptionPaneFixture keep = window.optionPane(Timeout.timeout(20_000));
        keep.requireMessage(java.util.regex.Pattern.compile(".*already holds.*patient-\\d+-record.*"));
        press(keep, "Keep them");
        waitFor("the refusal", () -> window.label("recordStatus").text().contains("Nothing was written"));
        assertThat(Files.readAllBytes(json)).as("kept as it was").isEqualTo(edited);

        window.button("recordExport").click();
        choose(folder);
        org.assertj.swing.fixture.JOptionPaneFixture replace = window.optionPane(Timeout.timeout(20_000));
        press(replace, "Replace them");
        waitFor("the second export", () -> window.label("recordStatus").text().contains("Record written"));
        // Written afresh (the edit is gone), and the record now says it was exported before.
        String again = Files.readString(json);
        assertThat(again).doesNotContain("\"exportedAt\"  ").startsWith(new String(first, java.nio.charset.StandardCharsets.UTF_8)
                .substring(0, 40));
        assertThat(again.split("\"record exported\"", -1)).hasSize(new String(first,
                java.nio.charset.StandardCharsets.UTF_8).split("\"record exported\"", -1).length + 1);
    }

    @Test
    @Tag("clinicNotSet")
    void everyScreenFitsA1024By768ScreenWithNothingCutOff() {
        waitFor("the line about the clinic's details", () -> GuiActionRunner.execute(() -> window.robot().finder()
                .findByName(window.target(), "clinicNotSet", javax.swing.JLabel.class, false).isShowing()));
        window.resizeTo(new java.awt.Dimension(1024, 768));
        window.moveTo(new java.awt.Point(0, 0));
        addPatientAndUseTemplate("Fit Small");
        window.list("planList").selectItem(0);
        // Six screens for an administrator: the audit trail is the sixth.
        for (int tab = 0; tab < 6; tab++) {
            window.tabbedPane("screens").selectTab(tab);
            window.robot().waitForIdle();
            List<String> cut = GuiActionRunner.execute(() -> Clipping.cutOff(window.tabbedPane("screens").target()
                    .getSelectedComponent()));
            assertThat(cut).as("controls cut off on screen %d at 1024x768", tab + 1).isEmpty();
        }
    }

    @Test
    void reprintFromTheRecordWritesTheSameText() throws Exception {
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));
        Path first = onlyHandout();
        window.tabbedPane("screens").selectTab(4);
        waitFor("the record", () -> window.list("recordHandouts").contents().length == 1);
        window.list("recordHandouts").selectItem(0);
        window.button("recordReprint").click();
        waitFor("the reprint", () -> window.label("recordStatus").text().contains("Reprinted"));
        try (Stream<Path> files = Files.list(paths.printables())) {
            Path reprint = files.filter(p -> p.toString().contains("reprint")).findFirst().orElseThrow();
            assertThat(Pdfs.text(reprint)).isEqualTo(Pdfs.text(first));
        }
    }

    @Test
    void theLibraryIsFilteredSearchedWithTyposAndAddsToThePlanThenPrintsWithPictures() throws Exception {
        window.textBox("patientName").setText("Lib Rary");
        window.textBox("patientDob").enterText("1950-01-01");
        window.button("addPatient").click();
        waitFor("the plan screen", () -> selectedTab() == 1);

        window.comboBox("regionFilter").selectItem("knee");
        waitFor("knee exercises only", () -> window.list("catalogueList").contents().length > 0);
        List<String> knee = GuiActionRunner.execute(() -> {
            var model = window.list("catalogueList").target().getModel();
            List<String> regions = new java.util.ArrayList<>();
            for (int i = 0; i < model.getSize(); i++) {
                regions.add(((org.physiokiosk.catalog.Exercise) model.getElementAt(i)).bodyRegion());
            }
            return regions;
        });
        assertThat(knee).isNotEmpty().containsOnly("knee");
        window.comboBox("regionFilter").selectItem(0);

        // A search that finds nothing says so, with names to try, where the list would be; it goes once found.
        javax.swing.JLabel empty = GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(),
                "libraryEmpty", javax.swing.JLabel.class, false));
        assertThat(GuiActionRunner.execute(empty::isShowing)).as("nothing to say while the list shows").isFalse();
        window.textBox("catalogueSearch").enterText("shoulder dance");
        waitFor("the empty list's words", () -> GuiActionRunner.execute(empty::isShowing));
        assertThat(GuiActionRunner.execute(empty::getText)).contains("No exercises match", "shoulder dance", "Try",
                "Shoulder");
        assertThat(window.list("catalogueList").contents()).isEmpty();
        window.textBox("catalogueSearch").deleteText();
        waitFor("the words gone", () -> !GuiActionRunner.execute(empty::isShowing));

        window.textBox("catalogueSearch").enterText("brige");
        waitFor("the bridge", () -> window.list("catalogueList").contents().length > 0
                && window.list("catalogueList").contents()[0].contains("Bridge"));
        window.textBox("catalogueSearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.list("catalogueList").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(window.list("planList").contents()).hasSize(1);
        assertThat(window.list("planList").contents()[0]).contains("Bridge");

        // Progression: the bridge has an easier step and no harder one; stepping keeps the personal line.
        window.list("planList").selectItem(0);
        window.textBox("personalInstruction").enterText("Go slowly.");
        window.button("stepUp").requireDisabled();
        window.button("stepDown").requireEnabled().click();
        waitFor("the pelvic tilt", () -> window.list("planList").contents()[0].contains("Pelvic tilt"));
        window.textBox("personalInstruction").requireText("Go slowly.");
        window.list("planList").selectItem(0).focus();
        window.robot().pressKey(KeyEvent.VK_CONTROL);
        window.robot().pressAndReleaseKey(KeyEvent.VK_UP);
        window.robot().releaseKey(KeyEvent.VK_CONTROL);
        waitFor("the bridge again", () -> window.list("planList").contents()[0].contains("Bridge"));
        window.textBox("moveOn").enterText("When it is easy, try the bridge again.");
        assertThat(GuiActionRunner.execute(() -> window.button("stepDown").target().getToolTipText()))
                .contains("Ctrl+Down");

        window.tabbedPane("screens").selectTab(2);
        window.button("exportHandout").click();
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));
        Path pdf = onlyHandout();
        assertThat(Pdfs.figureAlts(pdf)).contains(services.catalogue().exercise("bridge").orElseThrow().picture());
        assertThat(Pdfs.flatText(pdf)).contains("When to move on: When it is easy, try the bridge again.");
        assertThat(Pdfs.bitmapImages(pdf)).isZero();
    }

    @Test
    void aLongPlanShowsAGentleWarning() {
        addPatientAndUseTemplate("Ann Lee");
        window.label("planWarning").requireText(" ");
        window.list("catalogueList").selectItem(0);
        window.button("addExercise").click();
        window.label("planWarning").requireText(" ");
        window.button("addExercise").click();
        window.label("planWarning").requireText(java.util.regex.Pattern.compile(".*This plan has 7 exercises.*6 or fewer.*"));
    }

    @Test
    void invalidPatientShowsMessagesInTheFormAndSavesNothing() {
        window.textBox("patientName").enterText("Ann Lee");
        window.textBox("patientDob").enterText("2023-02-30");
        window.button("addPatient").click();
        window.label("patientDobProblem").requireText(java.util.regex.Pattern.compile(
                "'2023-02-30' is not a real date\\. Type it like (14/03|03/14)/1956\\."));
        // A date in words is said back with the age before anything is saved.
        window.textBox("patientDob").deleteText().enterText("14 Mar 1956");
        window.label("patientDobSaid").requireText("Born 14 March 1956, age 70");
        window.textBox("patientName").setText("x".repeat(10_000));
        window.textBox("patientDob").deleteText().enterText("2999-01-01");
        window.button("addPatient").click();
        window.label("patientNameProblem").requireText("The name is too long: use at most 200 characters.");
        window.label("patientDobProblem").requireText("The date of birth is in the future: check the year.");
        assertThat(selectedTab()).isZero();
        assertThat(services.patients().search("", 10)).isEmpty();
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() throws Exception {
        window.textBox("patientName").focus();
        window.robot().enterText("Ann Lee");
        window.robot().pressAndReleaseKey(KeyEvent.VK_TAB);
        window.robot().enterText("1950-01-01");
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        waitFor("the plan screen", () -> selectedTab() == 1);
        alt(KeyEvent.VK_T);
        alt(KeyEvent.VK_E);
        waitFor("the template in the plan", () -> window.list("planList").contents().length == 5);
        window.robot().pressAndReleaseKey(KeyEvent.VK_DELETE);
        assertThat(window.list("planList").contents()).hasSize(4);

        alt(KeyEvent.VK_S);
        window.robot().enterText("bird");
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        assertThat(window.list("planList").contents()).hasSize(5);

        alt(KeyEvent.VK_3);
        waitFor("the handout screen", () -> selectedTab() == 2);
        alt(KeyEvent.VK_T);
        window.robot().enterText("Sam Lee");
        alt(KeyEvent.VK_S);
        waitFor("the export to finish", () -> window.label("exportStatus").text().contains("Saved plan"));

        String text = Pdfs.flatText(onlyHandout());
        assertThat(text).contains("Ann Lee", "Cat and cow", "5. Bird dog").doesNotContain("Knee to chest");
    }

    @Test
    void aPlanSavedAsTheClinicsOwnTemplateStartsTheNextPlan() throws Exception {
        addPatientAndUseTemplate("Ann Lee");
        window.list("planList").selectItem(0);
        window.button("removeExercise").click();
        assertThat(window.list("planList").contents()).hasSize(4);

        window.button("saveTemplate").click();
        org.assertj.swing.fixture.DialogFixture dialog = window.dialog("templateDialog", Timeout.timeout(20_000));
        dialog.comboBox("templateRegion").requireSelection("low back");
        dialog.textBox("templateName").enterText("Low back - our four");
        dialog.textBox("templateNote").enterText("After Dr Park's talk, 2026");
        clickWhenShowing(dialog.button("templateSave").target());
        waitFor("the new template in the list", () -> GuiActionRunner.execute(() -> {
            Object chosen = window.comboBox("templateChoice").target().getSelectedItem();
            return chosen != null && chosen.toString().equals("Low back - our four");
        }));
        assertThat(window.comboBox("templateChoice").selectedItem()).contains("Low back - our four",
                "the clinic's own");
        assertThat(services.clinicExercises().library().templates()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Low back - our four");
            assertThat(t.items()).hasSize(4);
            assertThat(t.sources()).containsExactly("After Dr Park's talk, 2026");
        });

        // The next plan starts from it.
        window.list("planList").selectItem(0);
        window.button("removeExercise").click();
        window.button("removeExercise").click();
        window.button("useTemplate").click();
        press(window.optionPane(Timeout.timeout(20_000)), "OK");
        waitFor("the template's four exercises", () -> window.list("planList").contents().length == 4);
        assertThat(window.list("planList").contents()[0]).contains("Pelvic tilt");
    }

    @Test
    void aClinicCopiesAnExerciseDragsAPoseSliderAndSavesItsOwnVersion() throws Exception {
        window.tabbedPane("screens").selectTab(1);
        window.textBox("catalogueSearch").enterText("knee to chest");
        waitFor("knee to chest", () -> window.list("catalogueList").contents().length > 0
                && window.list("catalogueList").contents()[0].contains("Knee to chest"));
        window.list("catalogueList").selectItem(0);
        window.button("copyExercise").click();
        org.assertj.swing.fixture.DialogFixture editor = window.dialog("exerciseEditor", Timeout.timeout(10_000));
        editor.textBox("editorName").deleteText().enterText("Knee hug");
        showTab(editor.tabbedPane("editorTabs"), 1);
        editor.comboBox("editorHarder").selectItem("Bird dog");
        showTab(editor.tabbedPane("editorTabs"), 0);
        editor.comboBox("editorPose").selectItem("Finish");
        javax.swing.Icon before = GuiActionRunner.execute(() -> editor.label("editorPicture").target().getIcon());
        editor.slider("slider.knee.right.flexion").slideTo(60);
        javax.swing.Icon after = GuiActionRunner.execute(() -> editor.label("editorPicture").target().getIcon());
        assertThat(after).as("the picture is drawn again as the slider moves").isNotSameAs(before);
        clickWhenShowing(editor.button("editorSave").target());

        waitFor("the clinic's own in the library", () -> java.util.Arrays.stream(window.list("catalogueList")
                .contents()).anyMatch(row -> row.contains("Knee hug") && row.contains("the clinic's own")));
        var own = services.clinicExercises().own();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).exercise().name()).isEqualTo("Knee hug");
        assertThat(own.get(0).exercise().harder()).isEqualTo("bird-dog");
        assertThat(services.clinicExercises().pose(own.get(0).exercise().id()).orElseThrow().finish().angles())
                .containsEntry("knee.right.flexion", 60.0);
        assertThat(own.get(0).pictureSvg()).isNotEqualTo(services.catalogue().picture("knee-to-chest").orElseThrow());
    }

    @Test
    void aClinicUsesItsOwnPhotoWithItsDescriptionAndABrokenFileIsRefused() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 120,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 80, 80);
        Path photo = dir.resolve("our-bridge.png");
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        Path broken = dir.resolve("broken.png");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(photo), 40));

        window.tabbedPane("screens").selectTab(1);
        window.textBox("catalogueSearch").enterText("bridge");
        waitFor("the bridge", () -> window.list("catalogueList").contents().length > 0
                && window.list("catalogueList").contents()[0].contains("Bridge"));
        window.list("catalogueList").selectItem(0);
        window.button("copyExercise").click();
        org.assertj.swing.fixture.DialogFixture editor = window.dialog("exerciseEditor", Timeout.timeout(10_000));
        ExerciseEditorDialog dialog = (ExerciseEditorDialog) editor.target();

        GuiActionRunner.execute(() -> dialog.useOwnPicture(broken));
        waitFor("the refusal", () -> editor.label("editorProblem").text().contains("damaged or cut short"));

        // A refusal quotes what the picture holds: markup there is shown as written, never drawn or fetched.
        try (org.physiokiosk.testing.LoopbackServer server = new org.physiokiosk.testing.LoopbackServer()) {
            String tag = "<img src=\"" + server.address("seen.png") + "\">";
            Path marked = Files.writeString(dir.resolve("marked.svg"), org.physiokiosk.testing.TestPictures.imageFrom(
                    tag.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")));
            GuiActionRunner.execute(() -> dialog.useOwnPicture(marked));
            waitFor("the refusal", () -> editor.label("editorProblem").text().contains("marked.svg"));
            javax.swing.text.View view = (javax.swing.text.View) GuiActionRunner.execute(
                    () -> editor.label("editorProblem").target().getClientProperty("html"));
            javax.swing.text.Document shown = view.getDocument();
            assertThat(GuiActionRunner.execute(() -> shown.getText(0, shown.getLength()))).contains(tag);
            assertThat(server.connections()).isZero();
        }

        GuiActionRunner.execute(() -> dialog.useOwnPicture(photo));
        waitFor("the photo taken", () -> editor.label("editorProblem").text().isBlank());
        editor.textBox("editorAlt").deleteText();
        clickWhenShowing(editor.button("editorSave").target());
        editor.label("editorProblem").requireText(java.util.regex.Pattern.compile(".*what the picture shows.*"));
        editor.textBox("editorAlt").enterText("Our physio lifting her hips off a mat.");
        clickWhenShowing(editor.button("editorSave").target());

        waitFor("the clinic's own photo saved", () -> !services.clinicExercises().own().isEmpty());
        var own = services.clinicExercises().own().get(0);
        assertThat(own.pictureSvg()).contains("data:image/png;base64,");
        assertThat(own.exercise().picture()).isEqualTo("Our physio lifting her hips off a mat.");
    }

    @Test
    void aClinicStartsAnExerciseBlankWithItsDetailsAndAPosedFigure() throws Exception {
        window.tabbedPane("screens").selectTab(1);
        window.button("newExercise").click();
        org.assertj.swing.fixture.DialogFixture editor = window.dialog("exerciseEditor", Timeout.timeout(10_000));
        editor.textBox("editorName").enterText("Wall push-up");
        editor.textBox("editorPurpose").enterText("This makes your arms and chest stronger.");
        editor.textBox("editorSteps").enterText("Stand facing a wall.\nPut your hands on the wall.\nBend your arms.");
        editor.textBox("editorTakeCare").enterText("Keep your back straight.");
        editor.textBox("editorAlt").enterText("Standing, hands on a wall, elbows bending.");
        editor.slider("slider.shoulder.right.flexion").slideTo(90);
        showTab(editor.tabbedPane("editorTabs"), 1);
        editor.comboBox("editorRegion").selectItem("shoulder");
        editor.comboBox("editorPosition").selectItem("standing");
        editor.textBox("editorEquipment").deleteText().enterText("wall");
        editor.spinner("editorReps").enterTextAndCommit("10");
        editor.spinner("editorSets").enterTextAndCommit("2");
        clickWhenShowing(editor.button("editorSave").target());

        waitFor("the new exercise saved", () -> !services.clinicExercises().own().isEmpty());
        var own = services.clinicExercises().own().get(0);
        assertThat(own.basedOn()).isNull();
        assertThat(own.exercise().id()).isEqualTo("clinic-wall-push-up");
        assertThat(own.exercise().steps()).containsExactly("Stand facing a wall.", "Put your hands on the wall.",
                "Bend your arms.");
        assertThat(own.exercise().bodyRegion()).isEqualTo("shoulder");
        assertThat(own.exercise().equipment()).containsExactly("wall");
        assertThat(own.exercise().dosage().repetitions()).isEqualTo(10);
        assertThat(own.exercise().dosage().sets()).isEqualTo(2);
        assertThat(own.pictureSvg()).contains("data-panels");
    }

    @Test
    void anAdministratorAddsStaffChangesARoleUnlocksResetsAPinAndRetiresInTheKiosk() throws Exception {
        window.tabbedPane("screens").selectTab("7  Staff");
        waitFor("the accounts", () -> window.list("staffList").contents().length == 1);
        assertThat(window.list("staffList").contents()[0]).isEqualTo("Sam Lee (sam)\u2002\u00b7\u2002administrator");
        // One's own account: its role and the account itself stay (another administrator may change them).
        window.list("staffList").selectItem(0);
        window.button("staffChangeRole").requireDisabled();
        window.button("staffRetire").requireDisabled();
        window.button("staffReset").requireEnabled();

        // A PIN anyone would guess is refused by the record; asked again with the names kept and the reason shown.
        window.button("staffAdd").click();
        org.assertj.swing.fixture.DialogFixture add = window.dialog("staffDialog", Timeout.timeout(10_000));
        add.textBox("staffName").enterText("lee");
        add.textBox("staffFullName").enterText("Lee Wu");
        add.textBox("staffSecret").enterText("123456");
        add.textBox("staffSecretAgain").enterText("123456");
        clickWhenShowing(add.button("staffSave").target());
        waitFor("asked again", () -> GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> w.isShowing() && "staffDialog".equals(w.getName()) && w != add.target())));
        org.assertj.swing.fixture.DialogFixture again = window.dialog("staffDialog", Timeout.timeout(10_000));
        again.textBox("staffName").requireText("lee");
        again.textBox("staffFullName").requireText("Lee Wu");
        assertThat(again.label("staffProblem").text()).contains("first that anyone would try");
        again.textBox("staffSecret").enterText("520741");
        again.textBox("staffSecretAgain").enterText("520741");
        clickWhenShowing(again.button("staffSave").target());
        waitFor("Lee listed", () -> window.list("staffList").contents().length == 2);
        assertThat(window.label("staffStatus").text()).contains("Added Lee Wu (lee)");
        assertThat(services.staff().signIn("lee", "520741")).isPresent()
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(org.physiokiosk.staff.Role.CLINICIAN));

        // Lee's role: front desk.
        window.list("staffList").selectItem(0); // by sign-in name: lee, then sam
        window.button("staffChangeRole").requireEnabled().click();
        press(window.optionPane(Timeout.timeout(10_000)), "front desk");
        waitFor("the new role", () -> window.list("staffList").contents()[0].endsWith("front desk"));

        // Locked after failed sign-ins, and unlocked here.
        for (int i = 0; i < 10; i++) {
            services.staff().attempt("lee", "000000");
        }
        window.tabbedPane("screens").selectTab(0);
        window.tabbedPane("screens").selectTab("7  Staff");
        waitFor("shown locked", () -> window.list("staffList").contents()[0].contains("locked"));
        window.list("staffList").selectItem(0);
        window.button("staffUnlock").requireEnabled().click();
        waitFor("unlocked", () -> !window.list("staffList").contents()[0].contains("locked"));

        // A forgotten PIN.
        window.button("staffReset").click();
        org.assertj.swing.fixture.DialogFixture reset = window.dialog("staffDialog", Timeout.timeout(10_000));
        reset.textBox("staffSecret").enterText("864209");
        reset.textBox("staffSecretAgain").enterText("864209");
        clickWhenShowing(reset.button("staffSave").target());
        waitFor("the new PIN saved", () -> window.label("staffStatus").text().contains("has a new PIN"));
        assertThat(services.staff().signIn("lee", "864209")).isPresent();

        // Retired, after a question; the row stays, saying so.
        window.button("staffRetire").requireEnabled().click();
        press(window.optionPane(Timeout.timeout(10_000)), javax.swing.UIManager.getString("OptionPane.okButtonText"));
        waitFor("retired", () -> window.list("staffList").contents()[0].contains("retired"));
        window.button("staffRetire").requireDisabled();
        assertThat(services.staff().signIn("lee", "864209")).isEmpty();
        assertThat(services.audit().all()).filteredOn(r -> r.staff().equals("sam"))
                .extracting(org.physiokiosk.audit.AuditEntry::action).contains("staff added: lee (clinician)",
                        "staff role changed: lee (clinician to front-desk)", "staff unlocked: lee",
                        "staff secret reset: lee", "staff retired: lee");
    }

    @Test
    void aPlanSavedOnAnotherPcMeanwhileIsShownAndThePhysioDecides() throws Exception {
        addPatientAndUseTemplate("Ann Lee");
        window.tabbedPane("screens").selectTab(2);
        window.button("exportHandout").click();
        waitFor("plan 1", () -> window.label("exportStatus").text().contains("Saved plan 1"));
        long ann = services.patients().search("Ann Lee", 1).get(0).id();
        Catalogue catalogue = services.catalogue();
        // Room 2 saves plan 2 for Ann while this kiosk still shows plan 1.
        services.plans().record(new org.physiokiosk.plan.PlanDraft(ann,
                List.of(org.physiokiosk.plan.PlanItem.of(catalogue.exercise("chin-tuck").orElseThrow())), "",
                "Kim Park", "", "", false).editingLatest(1L));

        window.textBox("privateNote").enterText("Back easier today");
        window.button("exportHandout").click();
        org.assertj.swing.fixture.JOptionPaneFixture question = window.optionPane(Timeout.timeout(20_000));
        question.requireTitle("This patient's plan was changed on another PC");
        question.requireMessage(java.util.regex.Pattern.compile("(?s).*"));
        org.assertj.swing.fixture.JTextComponentFixture differences = question.textBox("planDifferences");
        assertThat(differences.text()).contains("Only in plan 2: " + catalogue.exercise("chin-tuck").orElseThrow()
                .name()).contains("Only in yours:");
        assertThat(differences.target().getAccessibleContext().getAccessibleName())
                .isEqualTo("What differs between the two plans");
        press(question, "Keep editing, save nothing");
        waitForNoDialog();
        assertThat(window.label("exportStatus").text()).contains("Not saved: plan 2 was saved");
        assertThat(services.plans().latestFor(ann)).contains(2L);

        // Saving mine over it, having seen it: the next version, with the note.
        window.button("exportHandout").click();
        press(window.optionPane(Timeout.timeout(20_000)), "Save mine as the newest plan");
        waitFor("plan 3", () -> window.label("exportStatus").text().contains("Saved plan 3"));
        assertThat(services.plans().find(3, catalogue).orElseThrow().version()).isEqualTo(3);
        assertThat(services.notes().forPatient(ann)).extracting(org.physiokiosk.notes.VisitNote::text)
                .containsExactly("Back easier today");

        // Again; this time the physio opens the other plan, and the note typed meanwhile stays on screen.
        services.plans().record(new org.physiokiosk.plan.PlanDraft(ann,
                List.of(org.physiokiosk.plan.PlanItem.of(catalogue.exercise("chin-tuck").orElseThrow())), "",
                "Kim Park", "", "", false).editingLatest(3L));
        javax.swing.JTextArea note = (javax.swing.JTextArea) window.textBox("privateNote").target();
        // Typed straight in: without a window manager, Xvfb gives the window no focus back after a dialog.
        GuiActionRunner.execute(() -> note.setText("Still easier"));
        window.button("exportHandout").click();
        press(window.optionPane(Timeout.timeout(20_000)), "Open plan 4 instead");
        waitForNoDialog();
        waitFor("plan 4 open", () -> window.label("exportStatus").text().contains("Plan 4 is open"));
        window.textBox("privateNote").requireText("Still easier");
        window.tabbedPane("screens").selectTab(1);
        assertThat(window.list("planList").contents()).singleElement().asString().contains(
                catalogue.exercise("chin-tuck").orElseThrow().name());
        window.tabbedPane("screens").selectTab(2);
        window.button("exportHandout").click();
        waitFor("plan 5", () -> window.label("exportStatus").text().contains("Saved plan 5"));
        assertThat(services.plans().find(5, catalogue).orElseThrow().version()).isEqualTo(5);
    }

    /**
     * Chooses a folder in the file chooser that is open. Typing a folder's name and pressing approve sometimes opens
     * the folder instead of choosing it (the chooser's own rule for typed folders), so the chooser is told directly.
     */
    private void choose(Path folder) {
        javax.swing.JFileChooser chooser = window.fileChooser(Timeout.timeout(20_000)).target();
        GuiActionRunner.execute(() -> {
            chooser.setSelectedFile(folder.toFile());
            chooser.approveSelection();
        });
    }

    /** A robot click can land before a busy machine has placed a dialog: press the button itself once it shows. */
    /**
     * Shows a tab the way a person does: clicks it, and clicks again if the click landed while the
     * dialog was still laying out after a picture was drawn again (a person would see and click again).
     */
    private void showTab(org.assertj.swing.fixture.JTabbedPaneFixture tabs, int index) {
        javax.swing.JTabbedPane pane = tabs.target();
        for (int attempt = 0; attempt < 10; attempt++) {
            tabs.selectTab(index);
            window.robot().waitForIdle();
            if (GuiActionRunner.execute(() -> pane.getSelectedIndex() == index
                    && pane.getSelectedComponent() != null && pane.getSelectedComponent().isShowing())) {
                return;
            }
            org.assertj.swing.timing.Pause.pause(200);
        }
        throw new AssertionError("the tab " + pane.getTitleAt(index) + " did not open after 10 clicks");
    }

    private void clickWhenShowing(javax.swing.JButton button) {
        waitFor("the button " + button.getName(), () -> GuiActionRunner.execute(() -> button.isShowing()
                && button.isEnabled()));
        GuiActionRunner.execute(() -> button.doClick());
    }

    private void addPatientAndUseTemplate(String name) {
        window.textBox("patientName").enterText(name);
        window.textBox("patientDob").enterText("1950-01-01");
        window.button("addPatient").click();
        waitFor("the plan screen", () -> selectedTab() == 1);
        window.button("useTemplate").click();
        assertThat(window.list("planList").contents()).hasSize(5);
    }

    private void alt(int key) {
        window.robot().pressKey(KeyEvent.VK_ALT);
        window.robot().pressAndReleaseKey(key);
        window.robot().releaseKey(KeyEvent.VK_ALT);
        window.robot().waitForIdle();
    }

    private int selectedTab() {
        return GuiActionRunner.execute(() -> window.tabbedPane("screens").target().getSelectedIndex());
    }

    private Path onlyHandout() throws Exception {
        try (Stream<Path> files = Files.list(paths.printables())) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains("reprint"))
                    .toList();
            assertThat(pdfs).hasSize(1);
            return pdfs.get(0);
        }
    }

    private void waitForNoDialog() {
        waitFor("the question to close", () -> GuiActionRunner.execute(() -> java.util.Arrays
                .stream(java.awt.Window.getWindows()).noneMatch(w -> w instanceof javax.swing.JDialog && w.isShowing())));
    }

    /**
     * Presses a button of a question once it is on screen. A robot click can land before a busy machine has
     * placed the dialog; pressing the button itself still runs everything the dialog does with the answer.
     */
    private void press(org.assertj.swing.fixture.JOptionPaneFixture question, String text) {
        javax.swing.JButton button = question.buttonWithText(text).target();
        waitFor("the button " + text, () -> GuiActionRunner.execute(() -> button.isShowing() && button.isEnabled()));
        GuiActionRunner.execute(() -> button.doClick());
    }

}

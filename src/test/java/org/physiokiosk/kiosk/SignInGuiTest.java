package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.testing.GuiWait.waitFor;

import java.awt.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.RootPaneContainer;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.staff.Role;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * The kiosk as a shared PC sees it, driven through its windows: the first administrator of a new database, sign-in,
 * the idle lock covering an open dialog whose unsaved words survive the unlock, switching user with each person's
 * work kept, and the front desk never shown visit notes. On a real SQLite database.
 */
@Tag("gui")
class SignInGuiTest {

    @TempDir
    Path dir;

    private Services services;
    private Tasks tasks;
    private KioskSessions sessions;
    private Robot robot;
    private final AtomicBoolean closed = new AtomicBoolean();

    @BeforeAll
    static void checkEventThreadUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    /** AssertJ Swing reads the old modifier masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int ALT = java.awt.event.InputEvent.ALT_MASK;

    private void start(boolean withStaff) throws Exception {
        start(withStaff, false);
    }

    /** What the sessions are given for the services: by default ready at once. */
    private java.util.function.Supplier<Services.Desks> desks;

    private void start(boolean withStaff, boolean fullScreen) throws Exception {
        start(withStaff, fullScreen, withStaff);
    }

    /** {@code signInFirst}: the sign-in screen comes first, as the launcher shows it for any database that exists. */
    private void start(boolean withStaff, boolean fullScreen, boolean signInFirst) throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data").resolve("clinic.db"), Fixtures.CATALOGUE_DIR,
                dir.resolve("printables"));
        services = Services.start(paths, Fixtures.CLOCK);
        if (withStaff) {
            var kim = services.desks().staff().add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, "48291573");
            services.desks().staff().add(Optional.of(kim), "sam", "Sam Lee", Role.CLINICIAN, "739201");
            services.desks().staff().add(Optional.of(kim), "ann", "Ann Ho", Role.FRONT_DESK, "610384");
            services.patients().add(new NewPatient("Maria Lopez", java.time.LocalDate.of(1961, 3, 4), ""));
        }
        tasks = new Tasks();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        PrinterPreference none = NoPrinter.INSTANCE;
        sessions = GuiActionRunner.execute(() -> {
            KioskLauncher.installTheme();
            KioskSessions s = new KioskSessions(desks != null ? desks : services::desks,
                    controls -> new KioskFrame.Deps(services.catalogue(),
                    services.desks(), new HandoutPrinter(), none, paths.printables(), tasks, Fixtures.CLOCK,
                    (who, backup) -> { }, controls), tasks, 5, fullScreen, () -> closed.set(true));
            s.start(signInFirst);
            return s;
        });
    }

    private final java.util.Locale locale = java.util.Locale.getDefault();

    @AfterEach
    void close() {
        java.util.Locale.setDefault(locale);
        if (sessions != null) {
            GuiActionRunner.execute(() -> sessions.stop());
        }
        if (robot != null) {
            robot.cleanUp();
        }
        if (tasks != null) {
            // Background work still running (an export being recorded) finishes on open services, or its error would
            // show a dialog in the next test.
            tasks.finish(java.time.Duration.ofSeconds(30));
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aDatabaseFoundWithoutStaffBehindTheSignInScreenAsksForItsFirstAdministratorInstead() throws Exception {
        // The launcher shows the sign-in screen at once for a database that exists and checks for staff behind it.
        start(false, false, true);
        DialogFixture signIn = WindowFinder.findDialog("lockScreen").withTimeout(10_000).using(robot);
        GuiActionRunner.execute(() -> sessions.noStaffAfterAll());
        waitFor("the sign-in screen to go", () -> !signIn.target().isShowing());
        firstAdministrator("48291573");
        windowOf("Kim Park").label("signedIn").requireText("Signed in: Kim Park (administrator)");
    }

    @Test
    void aNewDatabaseAsksForItsFirstAdministratorAndRefusesAGuessableSecret() throws Exception {
        start(false);
        DialogFixture first = firstAdministrator("12345678");
        first.label("firstAdminProblem").requireText(java.util.regex.Pattern.compile(".*anyone would try.*"));
        first.textBox("firstAdminSecret").deleteText().enterText("482915");
        first.textBox("firstAdminRepeat").deleteText().enterText("482915");
        first.button("firstAdminMake").click();
        first.label("firstAdminProblem").requireText(java.util.regex.Pattern.compile(
                ".*administrator's PIN needs at least 8 digits.*"));
        first.textBox("firstAdminSecret").deleteText().enterText("48291573");
        first.textBox("firstAdminRepeat").deleteText().enterText("482916");
        first.button("firstAdminMake").click();
        first.label("firstAdminProblem").requireText(java.util.regex.Pattern.compile(".*not the same.*"));
        first.textBox("firstAdminRepeat").deleteText().enterText("48291573");
        first.button("firstAdminMake").click();

        FrameFixture kim = windowOf("Kim Park");
        kim.label("signedIn").requireText("Signed in: Kim Park (administrator)");
        assertThat(services.desks().staff().all()).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.ADMINISTRATOR));
        waitFor("the kiosk opened in the trail", () -> services.audit().all().stream()
                .anyMatch(e -> e.staff().equals("kim") && e.action().equals("kiosk opened")));
        assertThat(services.audit().all()).noneMatch(e -> e.toString().contains("48291573"));
    }

    @Test
    void anAdministratorWhosePinIsFromBeforeSignsInAndIsToldInHerWindowToChooseALongerOne() throws Exception {
        start(true);
        // As a database made before administrators needed 8 digits holds Kim's secret.
        long kimId = services.desks().staff().all().stream().filter(m -> m.signInName().equals("kim")).findFirst()
                .orElseThrow().id();
        new org.physiokiosk.store.StaffRepository(services.database(), Fixtures.CLOCK).newSecret(kimId,
                org.physiokiosk.staff.Secrets.hash("482915"));
        FrameFixture kim = signIn("kim", "482915", "unlockButton", "Kim Park");
        org.assertj.swing.fixture.JOptionPaneFixture told = kim.optionPane(
                org.assertj.swing.timing.Timeout.timeout(10_000));
        told.requireTitle("Choose a longer secret");
        told.requireMessage(java.util.regex.Pattern.compile(
                "(?s).*no longer enough for an administrator.*at least 8 digits.*staff reset-pin --name kim --as kim.*"));
        told.okButton().click();
        kim.label("signedIn").requireText("Signed in: Kim Park (administrator)");
    }

    @Test
    void theIdleLockCoversAnOpenDialogAndItsUnsavedWordsSurviveTheUnlock() throws Exception {
        start(true);
        FrameFixture sam = signIn("sam", "739201", "unlockButton", "Sam Lee");
        choosePatient(sam);
        sam.tabbedPane("screens").selectTab(4);
        sam.button("recordAddNote").click();
        DialogFixture note = WindowFinder.findDialog("noteDialog").withTimeout(10_000).using(robot);
        note.textBox("noteText").enterText("Unsaved words about the knee");

        GuiActionRunner.execute(() -> sessions.idleLimit(Duration.ofSeconds(1)));
        DialogFixture lock = WindowFinder.findDialog("lockScreen").withTimeout(15_000).using(robot);
        GuiActionRunner.execute(() -> sessions.idleLimit(Duration.ofMinutes(5)));
        lock.label("lockKept").requireText("Sam Lee's work is kept here. Sign in to go on.");
        // It does not ask for the name it shows: Sam's is filled in and the keyboard is in the PIN.
        lock.textBox("signInName").requireText("sam");
        assertThat(GuiActionRunner.execute(() -> lock.target().getTitle())).isEqualTo("Physio Kiosk \u2013 Locked");
        waitFor("the keyboard in the PIN", () -> lock.textBox("signInSecret").target().isFocusOwner());
        // Every window and dialog is covered: the words cannot be seen, and the dialog takes no input.
        assertThat(coverShown(note.target())).as("the note dialog is covered").isTrue();
        assertThat(coverShown(sam.target())).as("the window is covered").isTrue();

        // Someone else cannot unlock Sam's window (they may sign in to their own).
        lock.textBox("signInName").deleteText().enterText("ann");
        lock.textBox("signInSecret").enterText("610384");
        lock.button("unlockButton").click();
        waitFor("the refusal", () -> lock.label("signInMessage").text().contains("Only Sam Lee or an administrator"));
        // A wrong secret says nothing about which part was wrong.
        lock.textBox("signInName").deleteText().enterText("sam");
        lock.textBox("signInSecret").enterText("000001");
        lock.button("unlockButton").click();
        waitFor("the generic refusal", () -> lock.label("signInMessage").text().contains("do not match"));
        lock.textBox("signInSecret").enterText("739201");
        lock.button("unlockButton").click();

        waitFor("the lock screen gone", () -> !GuiActionRunner.execute(() -> lock.target().isShowing()));
        assertThat(coverShown(note.target())).isFalse();
        // The dialog Sam had open comes back in front, with the keyboard.
        waitFor("the note dialog back in front", () -> GuiActionRunner.execute(() -> note.target().isFocused()));
        note.textBox("noteText").requireText("Unsaved words about the knee");
        // Saved from the keyboard: the button takes the focus and Space presses it.
        note.button("noteSave").focus().pressAndReleaseKeys(java.awt.event.KeyEvent.VK_SPACE);
        waitFor("the note saved", () -> !services.notes().forPatient(1).isEmpty());
        assertThat(services.notes().forPatient(1)).singleElement()
                .satisfies(n -> assertThat(n.author()).isEqualTo("Sam Lee"));
        assertThat(services.audit().all()).extracting(AuditEntry::action)
                .contains("lock (idle)", "unlock", "note added");
        assertThat(services.audit().all()).noneMatch(e -> e.toString().contains("knee"));
    }

    @Test
    void switchingUserKeepsEachPersonsWorkAndTheFrontDeskNeverSeesVisitNotes() throws Exception {
        start(true);
        FrameFixture sam = signIn("sam", "739201", "unlockButton", "Sam Lee");
        choosePatient(sam);
        services.desks().notes().add(org.physiokiosk.staff.Actor.of(services.desks().staff().all().get(1)), 1,
                "Private words", null);
        sam.tabbedPane("screens").selectTab(0);

        sam.button("switchUser").click();
        FrameFixture ann = signIn("ann", "610384", "someoneElseButton", "Ann Ho");
        ann.label("signedIn").requireText("Signed in: Ann Ho (front desk)");
        choosePatient(ann);
        ann.tabbedPane("screens").selectTab(4);
        waitFor("the record loaded", () -> ann.label("recordTitle").text().contains("Maria Lopez"));
        for (String hidden : new String[] {"recordAddNote", "recordAmend", "recordErase", "recordExport"}) {
            assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(ann.target(), hidden,
                    javax.swing.JButton.class, false).isVisible())).as(hidden + " offered to the front desk").isFalse();
        }
        assertThat(ann.list("recordNotes").contents()).isEmpty();
        ann.textBox("recordNoteText").requireText(java.util.regex.Pattern.compile("Visit notes are for clinicians.*"));
        ann.tabbedPane("screens").selectTab(1);
        ann.button("copyExercise").requireDisabled();
        ann.button("newExercise").requireDisabled();
        ann.tabbedPane("screens").selectTab(2);
        ann.button("exportHandout").requireDisabled();
        ann.button("printHandout").requireDisabled();
        assertThat(coverShown(sam.target())).as("Sam's window stays covered while Ann works").isTrue();

        // Ctrl+L locks at once; Sam comes back to his own window as he left it.
        ann.textBox("therapistName").pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo
                .keyCode(java.awt.event.KeyEvent.VK_L).modifiers(CTRL));
        FrameFixture back = signIn("sam", "739201", "someoneElseButton", "Sam Lee");
        assertThat(back.target()).isSameAs(sam.target());
        back.label("patientStatus").requireText(java.util.regex.Pattern.compile(".*Maria Lopez.*"));
        assertThat(coverShown(sam.target())).isFalse();
        // Ann's opening of the record is in the trail; a request for the notes never is, as none was made.
        assertThat(services.audit().all()).anyMatch(e -> e.staff().equals("ann")
                && e.action().equals(org.physiokiosk.service.PatientDesk.VIEWED) && Long.valueOf(1).equals(e.patientId()));
        assertThat(services.audit().all()).noneMatch(e -> e.staff().equals("ann")
                && e.action().equals(org.physiokiosk.service.NoteDesk.READ));
    }

    @Test
    void theFullScreenKioskHasNoWindowDecorationsAndOnlyAnAdministratorClosesIt() throws Exception {
        start(true, true);
        FrameFixture sam = signIn("sam", "739201", "unlockButton", "Sam Lee");
        assertThat(GuiActionRunner.execute(() -> ((JFrame) sam.target()).isUndecorated())).isTrue();
        sam.close();
        DialogFixture leave = WindowFinder.findDialog("lockScreen").withTimeout(10_000).using(robot);
        leave.label("lockTitle").requireText("Leave the kiosk");
        leave.textBox("signInName").deleteText().enterText("sam");
        leave.textBox("signInSecret").enterText("739201");
        leave.button("unlockButton").click();
        waitFor("the refusal", () -> leave.label("signInMessage").text().contains("Only an administrator"));
        leave.button("cancelLeaveButton").click();
        FrameFixture back = windowOf("Sam Lee");
        assertThat(closed).isFalse();

        back.close();
        DialogFixture again = WindowFinder.findDialog("lockScreen").withTimeout(10_000).using(robot);
        again.textBox("signInName").deleteText().enterText("kim");
        again.textBox("signInSecret").enterText("48291573");
        again.button("unlockButton").click();
        waitFor("the kiosk closed", closed::get);
        waitFor("the close in the trail", () -> services.audit().all().stream()
                .anyMatch(e -> e.staff().equals("kim") && e.action().equals("kiosk closed")));
    }

    @Test
    void aFailedBackupIsShownOnTheSignInScreenAndInTheWindowUntilOneWorks() throws Exception {
        start(true);
        DialogFixture lock = WindowFinder.findDialog("lockScreen").withTimeout(10_000).using(robot);
        GuiActionRunner.execute(() -> sessions.backupStatus("The backup of the records failed: the disk is full.",
                true));
        lock.label("lockBackupStatus").requireText("The backup of the records failed: the disk is full.");
        FrameFixture sam = signIn("sam", "739201", "unlockButton", "Sam Lee");
        sam.label("backupStatus").requireVisible()
                .requireText("The backup of the records failed: the disk is full.");
        GuiActionRunner.execute(() -> sessions.backupStatus("Records backed up: physio-kiosk-backup.db", false));
        assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(sam.target(), "backupStatus",
                javax.swing.JLabel.class, false).isVisible())).as("gone once a backup worked").isFalse();
    }

    @Test
    void theSignInScreenIsUpAndTakesTypingBeforeTheProgramHasFinishedStarting() throws Exception {
        java.util.concurrent.CompletableFuture<Services.Desks> wiring = new java.util.concurrent.CompletableFuture<>();
        desks = wiring::join;
        start(true);
        DialogFixture lock = WindowFinder.findDialog("lockScreen").withTimeout(10_000).using(robot);
        lock.textBox("signInName").deleteText().enterText("sam");
        lock.textBox("signInSecret").enterText("739201");
        lock.button("unlockButton").click();
        waitFor("the check to wait for the program", () -> lock.label("signInMessage").text().contains("Checking"));
        lock.button("unlockButton").requireDisabled();
        wiring.complete(services.desks());
        windowOf("Sam Lee").label("signedIn").requireText("Signed in: Sam Lee (clinician)");
    }

    @Test
    void theFirstAdministratorIsAskedForTheClinicsDetailsWithTheNumberOfTheComputersCountryFilledIn()
            throws Exception {
        java.util.Locale.setDefault(java.util.Locale.UK);
        start(false);
        firstAdministrator("48291573");
        DialogFixture details = WindowFinder.findDialog("clinicDetails").withTimeout(15_000).using(robot);
        details.textBox("clinicFirstEmergency").requireText("999");
        details.label("clinicFirstHint").requireText(java.util.regex.Pattern.compile(
                ".*Filled in for the United Kingdom.*"));
        java.awt.Dimension size = GuiActionRunner.execute(() -> details.target().getSize());
        assertThat(size.width).as("fits a 1024x768 screen").isLessThanOrEqualTo(1024);
        assertThat(size.height).as("fits a 1024x768 screen").isLessThanOrEqualTo(768);
        List<String> cutInDialog = GuiActionRunner.execute(() -> Clipping.cutOff(
                ((javax.swing.JDialog) details.target()).getContentPane()));
        assertThat(cutInDialog).as("controls cut off in the dialog").isEmpty();
        for (String field : new String[] {"clinicFirstName", "clinicFirstAddress", "clinicFirstPhone",
            "clinicFirstEmergency"}) {
            assertThat(GuiActionRunner.execute(() -> details.textBox(field).target().getAccessibleContext()
                    .getAccessibleName())).as(field + " named for a screen reader").isNotBlank();
        }

        FrameFixture withLine = windowOf("Kim Park");
        withLine.label("clinicNotSet").requireVisible();
        int screensWithTheLine = GuiActionRunner.execute(() -> withLine.tabbedPane("screens").target().getHeight());

        // From the keyboard alone: the name field has the focus; Enter saves, and says what is missing.
        waitFor("the name field to take the keyboard", () -> GuiActionRunner.execute(
                () -> details.textBox("clinicFirstName").target().isFocusOwner()));
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        details.label("clinicFirstProblem").requireText(java.util.regex.Pattern.compile(".*Enter the clinic's name.*"));
        assertThat(services.clinics().load()).get().satisfies(c -> assertThat(c.hasDetails()).isFalse());
        assertThat(GuiActionRunner.execute(() -> details.textBox("clinicFirstName").target().isFocusOwner()))
                .as("the keyboard stays in the name").isTrue();
        robot.enterText("Riverside Physio");
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_P, ALT);
        waitFor("Alt+P to reach the phone", () -> GuiActionRunner.execute(
                () -> details.textBox("clinicFirstPhone").target().isFocusOwner()));
        robot.enterText("0113 496 0000");
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);

        waitFor("the details saved", () -> !GuiActionRunner.execute(() -> details.target().isShowing()));
        FrameFixture kimsWindow = windowOf("Kim Park");
        waitFor("the line about the clinic gone", () -> !GuiActionRunner.execute(() -> robot.finder()
                .findByName(kimsWindow.target(), "clinicNotSet", javax.swing.JLabel.class, false).isVisible()));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> kimsWindow.tabbedPane("screens").target().getHeight()))
                .as("the line took no room from the screens").isEqualTo(screensWithTheLine);
        assertThat(services.clinics().load()).get().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Riverside Physio");
            assertThat(c.phone()).isEqualTo("0113 496 0000");
            assertThat(c.emergencyNumber()).isEqualTo("999");
        });
        FrameFixture kim = kimsWindow;
        kim.tabbedPane("screens").selectTab(3);
        waitFor("Clinic settings to show them", () -> kim.textBox("clinicName").text().equals("Riverside Physio"));
        assertThat(services.audit().all()).anyMatch(e -> e.staff().equals("kim")
                && e.action().equals(org.physiokiosk.service.ClinicDesk.SETTINGS_CHANGED));
    }

    @Test
    void onADatabaseWithoutTheClinicsDetailsOthersAreToldAndAnAdministratorIsAskedAndMaySayLater()
            throws Exception {
        java.util.Locale.setDefault(new java.util.Locale("en", "NZ"));
        start(true);
        FrameFixture sam = signIn("sam", "739201", "unlockButton", "Sam Lee");
        waitFor("the line about the clinic", () -> GuiActionRunner.execute(() -> robot.finder()
                .findByName(sam.target(), "clinicNotSet", javax.swing.JLabel.class, false).isShowing()));
        sam.label("clinicNotSet").requireText("Clinic details not set (an administrator sets them)");
        assertThat(GuiActionRunner.execute(() -> sam.label("clinicNotSet").target().getToolTipText()))
                .contains("handouts name no clinic and tell patients to call their local emergency number",
                        "An administrator sets them in Clinic settings.");
        robot.waitForIdle();
        assertThat(java.util.Arrays.stream(Window.getWindows()).filter(Window::isShowing)
                .map(Window::getName)).as("a clinician is not asked").doesNotContain("clinicDetails");

        sam.button("switchUser").click();
        FrameFixture kim = signIn("kim", "48291573", "someoneElseButton", "Kim Park");
        DialogFixture details = WindowFinder.findDialog("clinicDetails").withTimeout(15_000).using(robot);
        details.textBox("clinicFirstEmergency").requireText("111");
        details.textBox("clinicFirstName").enterText("Not saved");
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ESCAPE);
        waitFor("Later closes it", () -> !GuiActionRunner.execute(() -> details.target().isShowing()));
        assertThat(services.clinics().load()).get().satisfies(c -> assertThat(c.name()).isEmpty());
        kim.label("clinicNotSet").requireVisible().requireText("Clinic details not set: Alt+4");
        assertThat(GuiActionRunner.execute(() -> kim.label("clinicNotSet").target().getToolTipText()))
                .contains("Set them in Clinic settings (Alt+4).");
    }

    /** Fills in the first administrator, Kim Park, with this secret typed twice, and asks for the account. */
    private DialogFixture firstAdministrator(String secret) {
        DialogFixture first = WindowFinder.findDialog("firstAdministrator").withTimeout(10_000).using(robot);
        first.textBox("firstAdminName").enterText("kim");
        first.textBox("firstAdminFullName").enterText("Kim Park");
        first.textBox("firstAdminSecret").enterText(secret);
        first.textBox("firstAdminRepeat").enterText(secret);
        first.button("firstAdminMake").click();
        return first;
    }

    /** Signs in on the lock screen with the given button and returns that person's window. */
    private FrameFixture signIn(String name, String secret, String button, String fullName) {
        DialogFixture lock = WindowFinder.findDialog("lockScreen").withTimeout(10_000).using(robot);
        lock.textBox("signInName").deleteText().enterText(name);
        lock.textBox("signInSecret").enterText(secret);
        lock.button(button).click();
        return windowOf(fullName);
    }

    private FrameFixture windowOf(String fullName) {
        FrameFixture frame = WindowFinder.findFrame(new GenericTypeMatcher<JFrame>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame f) {
                return f instanceof KioskFrame k && f.isShowing() && k.session().owner().fullName().equals(fullName)
                        && !coverShown(f);
            }
        }).withTimeout(15_000).using(robot);
        return frame;
    }

    private void choosePatient(FrameFixture frame) {
        frame.tabbedPane("screens").selectTab(0);
        frame.textBox("patientSearch").deleteText().enterText("Maria");
        waitFor("the patient found", () -> frame.list("patientList").contents().length == 1);
        frame.list("patientList").selectItem(0);
        frame.button("usePatient").click();
        waitFor("the patient chosen", () -> frame.label("patientStatus").text().contains("Maria Lopez"));
    }

    private static boolean coverShown(Window w) {
        return GuiActionRunner.execute(() -> w instanceof RootPaneContainer rpc
                && rpc.getGlassPane() instanceof KioskSessions.LockCover && rpc.getGlassPane().isVisible());
    }

}

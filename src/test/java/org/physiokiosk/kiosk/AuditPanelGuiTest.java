package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.testing.GuiWait.waitFor;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.plaf.basic.BasicHTML;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.patient.AddResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.service.NoteDesk;
import org.physiokiosk.service.PatientDesk;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.RequiresDisplay;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * The administrator's audit trail screen in a window, on a real SQLite file: rows found by person and by patient,
 * a filter that is not one refused, and the chain reported intact, then changed once a row is altered from outside.
 */
@Tag("gui")
@ExtendWith(RequiresDisplay.class)
class AuditPanelGuiTest {

    /**
     * A name as typed at a failed sign-in, as the trail held it before sign-ins were written as "unknown name" (or as
     * an older database still holds it): shown as text.
     */
    private static final String TYPED_NAME = "<html><b>Boss</b>";

    @TempDir
    Path dir;

    private Services services;
    private Tasks tasks;
    private FrameFixture window;
    private Patient maria;
    private Patient john;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void checkEventThreadUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openTrail() throws Exception {
        services = Services.start(new AppPaths(dir.resolve("clinic.db"), Fixtures.CATALOGUE_DIR, dir.resolve("out")),
                Fixtures.CLOCK);
        Services.Desks desks = services.desks();
        var kim = desks.staff().add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, "48291573");
        Actor admin = Actor.of(kim);
        Actor clinician = Actor.of(desks.staff().add(Optional.of(kim), "sam", "Sam Lee PT", Role.CLINICIAN, "739201"));
        Actor frontDesk = Actor.of(desks.staff().add(Optional.of(kim), "ann", "Ann Ho", Role.FRONT_DESK, "610384"));
        assertThat(desks.staff().signIn("kim", "48291573")).isPresent();
        assertThat(desks.staff().signIn("ann", "610384")).isPresent();
        services.audit().append(TYPED_NAME, "sign-in", null, "refused");
        maria = added(desks.patients().addUnlessOnRecord(frontDesk,
                new NewPatient("Maria Lopez", LocalDate.of(1961, 3, 4), null)));
        john = added(desks.patients().addUnlessOnRecord(frontDesk,
                new NewPatient("John Smith", LocalDate.of(1970, 5, 6), null)));
        desks.notes().add(clinician, maria.id(), "Knee pain on stairs.", null);

        tasks = new Tasks();
        JFrame frame = GuiActionRunner.execute(() -> {
            KioskLauncher.installTheme();
            JFrame f = new JFrame("Audit trail");
            f.add(new AuditPanel(new AuditModel(ZoneOffset.UTC), desks.audit(), () -> admin, tasks, errors::add));
            return f;
        });
        window = new FrameFixture(frame);
        window.show(new Dimension(1280, 740));
        window.moveTo(new java.awt.Point(0, 0));
    }

    private static Patient added(AddResult result) {
        return ((AddResult.Added) result).patient();
    }

    @AfterEach
    void closeTrail() {
        // Background work still running (an export being recorded) finishes on open services, or its error would
        // show a dialog in the next test.
        tasks.finish(java.time.Duration.ofSeconds(30));
        window.cleanUp();
        services.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void rowsAreFoundByPersonAndByPatientNewestFirst() {
        window.textBox("auditStaff").enterText("ann").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForCount("3 rows match these filters.");
        String[][] ann = window.table("auditTable").contents();
        assertThat(column(ann, 2)).containsOnly("ann");
        assertThat(column(ann, 3)).containsExactly(PatientDesk.ADDED, PatientDesk.ADDED, "sign-in");
        assertThat(column(ann, 4)).containsExactly(Long.toString(john.id()), Long.toString(maria.id()), "-");
        assertThat(column(ann, 1)).containsOnly("2026-11-24 09:30");
        assertThat(Long.parseLong(ann[0][0])).isGreaterThan(Long.parseLong(ann[1][0]));

        window.textBox("auditStaff").deleteText();
        window.robot().pressKey(KeyEvent.VK_ALT);
        window.robot().pressAndReleaseKey(KeyEvent.VK_N);
        window.robot().releaseKey(KeyEvent.VK_ALT);
        window.robot().waitForIdle();
        window.textBox("auditPatient").requireFocused().enterText(Long.toString(maria.id()));
        window.button("auditShow").click();
        waitForCount("2 rows match these filters.");
        String[][] aboutMaria = window.table("auditTable").contents();
        assertThat(column(aboutMaria, 2)).containsExactly("sam", "ann");
        assertThat(column(aboutMaria, 3)).containsExactly(NoteDesk.ADDED, PatientDesk.ADDED);
        assertThat(column(aboutMaria, 4)).containsOnly(Long.toString(maria.id()));
        assertThat(column(aboutMaria, 5)).containsOnly("done");
    }

    @Test
    void aPatientNumberThatIsNotANumberIsExplainedAndNothingIsSearched() {
        window.textBox("auditPatient").enterText("Maria").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        int rows = services.audit().all().size();
        window.label("auditProblem").requireText(
                "<html>'Maria' is not a patient number: type digits only, for example 12.</html>");
        window.textBox("auditPatient").requireFocused();
        window.table("auditTable").requireRowCount(0);
        window.label("auditCount").requireText("Press Show to list the rows.");
        Pause.pause(300);
        assertThat(services.audit().all()).as("no search, so no row saying the trail was read").hasSize(rows);
    }

    @Test
    void aNameTypedAtASignInNeverReachesTheTrailAndNothingInItIsShownAsHtml() {
        window.button("auditShow").click();
        waitFor("the rows", () -> window.table("auditTable").rowCount() > 0);
        assertThat(java.util.Arrays.stream(window.table("auditTable").contents()).flatMap(java.util.Arrays::stream))
                .as("the typed text, anywhere in the trail").noneMatch(cell -> cell.contains("Boss"));
        window.textBox("auditStaff").enterText(org.physiokiosk.store.AuditRepository.UNKNOWN_NAME);
        window.button("auditShow").click();
        waitForCount("1 row matches these filters.");
        assertThat(window.table("auditTable").contents()[0]).containsSequence(
                org.physiokiosk.store.AuditRepository.UNKNOWN_NAME, "sign-in", "-", "refused");
        JTable table = window.table("auditTable").target();
        JComponent cell = GuiActionRunner.execute(() -> (JComponent) table.prepareRenderer(
                table.getCellRenderer(0, 2), 0, 2));
        assertThat(cell.getClientProperty(BasicHTML.propertyKey)).as("no HTML view").isNull();
    }

    @Test
    void everyControlHasANameAScreenReaderSpeaks() {
        for (String name : List.of("auditStaff", "auditPatient", "auditAction", "auditFrom", "auditTo", "auditShow",
                "auditTable", "auditVerify")) {
            JComponent c = (JComponent) window.robot().finder().findByName(name);
            String spoken = GuiActionRunner.execute(() -> c.getAccessibleContext().getAccessibleName());
            assertThat(spoken).as(name).isNotBlank();
        }
        JTable table = window.table("auditTable").target();
        assertThat(GuiActionRunner.execute(() -> table.getRowHeight()))
                .as("a row as tall as the kiosk's large type")
                .isGreaterThanOrEqualTo(GuiActionRunner.execute(() -> table.getFontMetrics(table.getFont()).getHeight()));
    }

    @Test
    void theChainIsIntactThenNamesTheRowChangedFromOutside() throws Exception {
        int rows = services.audit().all().size();
        window.button("auditVerify").click();
        waitForStatus("of the whole trail are intact");
        window.label("auditStatus").requireText("<html>Checked just now: all " + rows + " rows of the whole trail are intact.</html>");
        JLabel status = window.label("auditStatus").target();
        Color calm = GuiActionRunner.execute(status::getForeground);

        AuditEntry changed = services.audit().all().stream()
                .filter(e -> e.action().equals(PatientDesk.ADDED) && Long.valueOf(maria.id()).equals(e.patientId()))
                .findFirst().orElseThrow();
        setOutcome(changed.id(), "refused", true);
        window.button("auditVerify").click();
        waitForStatus("changed");
        window.label("auditStatus").requireText("<html>The trail was changed: row " + changed.id()
                + " was changed after it was written</html>");
        assertThat(GuiActionRunner.execute(status::getForeground)).isEqualTo(new Color(0xb0, 0x00, 0x20));
        assertThat(GuiActionRunner.execute(() -> status.getFont().getStyle() & Font.BOLD)).isEqualTo(Font.BOLD);

        // Put back as it was, the row matches its hash again; the guard that was dropped is still named.
        setOutcome(changed.id(), "done", false);
        window.button("auditVerify").click();
        waitForStatus("guard audit_never_changes is missing");
        // With the guard back too, the warning goes, and so does its colour.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("clinic.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER audit_never_changes BEFORE UPDATE ON audit\nBEGIN\n    SELECT RAISE(ABORT, "
                    + "'the audit trail is never changed');\nEND");
        }
        window.button("auditVerify").click();
        waitForStatus("intact");
        assertThat(GuiActionRunner.execute(status::getForeground)).isEqualTo(calm);
        assertThat(GuiActionRunner.execute(() -> status.getFont().getStyle() & Font.BOLD)).isZero();
    }

    /** Changes a row as an outside tool would: the trigger that refuses changes is dropped first. */
    private void setOutcome(long id, String outcome, boolean dropTrigger) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("clinic.db"))) {
            if (dropTrigger) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TRIGGER audit_never_changes");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit SET outcome = ? WHERE id = ?")) {
                ps.setString(1, outcome);
                ps.setLong(2, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static List<String> column(String[][] rows, int column) {
        return java.util.Arrays.stream(rows).map(r -> r[column]).toList();
    }

    private void waitForCount(String text) {
        waitFor("the count " + text, () -> text.equals(window.label("auditCount").text()));
    }

    private void waitForStatus(String part) {
        waitFor("the status " + part, () -> window.label("auditStatus").text().contains(part));
    }

}

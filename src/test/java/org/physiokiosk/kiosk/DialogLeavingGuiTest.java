package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.testing.GuiWait.waitFor;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.physiokiosk.Messages;

/**
 * Leaving a dialog: Escape, the close box and Cancel all leave it, and none throws away typed words without asking,
 * keeping them being the answer a slip of a key gives.
 */
@Tag("gui")
class DialogLeavingGuiTest {

    private Robot robot;
    private JFrame owner;
    private final AtomicReference<Optional<NoteDialog.Typed>> answer = new AtomicReference<>();

    @BeforeAll
    static void checkEventThreadUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        owner = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("kiosk");
            f.setSize(400, 300);
            f.setVisible(true);
            return f;
        });
    }

    @AfterEach
    void close() {
        robot.cleanUp();
        GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows()).forEach(Window::dispose));
    }

    private DialogFixture note() {
        SwingUtilities.invokeLater(() -> answer.set(new NoteDialog(owner, "Add a note", "", "Sam Lee").ask()));
        DialogFixture note = WindowFinder.findDialog("noteDialog").using(robot);
        waitFor("the keyboard in the note box", () -> note.textBox("noteText").target().isFocusOwner());
        return note;
    }

    private DialogFixture question() {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return d.isShowing() && Messages.get("dialog.throwAwayTitle").equals(d.getTitle());
            }
        }).using(robot);
    }

    private static boolean asking() {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows()).anyMatch(w -> w.isShowing()
                && w instanceof JDialog d && Messages.get("dialog.throwAwayTitle").equals(d.getTitle())));
    }

    @Test
    void escapeAndCancelAskBeforeATypedNoteIsThrownAwayAndKeepingItIsTheDefault() {
        DialogFixture note = note();
        note.textBox("noteText").enterText("Knee swelling is less since last week.");
        note.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        // Asked; Escape on the question keeps the note, open and as typed.
        question().pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the question gone", () -> !asking());
        note.requireVisible();
        note.textBox("noteText").requireText("Knee swelling is less since last week.");
        // Enter on the question keeps it too: the default answer.
        note.button("noteCancel").click();
        question().pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the question gone", () -> !asking());
        note.requireVisible();
        // Only the answer that says so throws it away.
        note.button("noteCancel").click();
        question().button(new GenericTypeMatcher<>(javax.swing.JButton.class) {
            @Override
            protected boolean isMatching(javax.swing.JButton b) {
                return Messages.get("dialog.throwAway").equals(b.getText());
            }
        }).click();
        waitFor("the note dialog closed", () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void escapeClosesADialogWithNothingTypedAtOnce() {
        DialogFixture note = note();
        note.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the note dialog closed", () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
        assertThat(asking()).isFalse();

        // Words given back after a save that failed are unsaved too: asked, though nothing new was typed.
        answer.set(null);
        SwingUtilities.invokeLater(() -> answer.set(new NoteDialog(owner, "Add a note", "", "Sam Lee")
                .withText("Pain down to 3 of 10.").ask()));
        DialogFixture again = WindowFinder.findDialog("noteDialog").using(robot);
        waitFor("the keyboard in the note box", () -> again.textBox("noteText").target().isFocusOwner());
        again.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        question().pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("the question gone", () -> !asking());
        again.requireVisible();
        again.textBox("noteText").requireText("Pain down to 3 of 10.");
    }
}

package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.testing.GuiWait.waitFor;

import java.awt.Window;
import java.util.Arrays;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's message dialogs: a lost clinic server fails every piece of work that was waiting for it at once, and
 * the person should read that once, not close a stack of the same message one behind another.
 */
@Tag("gui")
class UiGuiTest {

    private JFrame frame;

    @BeforeAll
    static void checkEventThreadUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            for (Window w : Window.getWindows()) {
                w.dispose();
            }
        });
    }

    @Test
    void theSameFaultSaidTwiceAtOnceIsOneDialogAndADifferentOneStillShows() {
        frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("kiosk");
            f.setSize(400, 300);
            f.setVisible(true);
            return f;
        });
        String lost = "The clinic server cannot be reached. Nothing was changed; try again.";
        SwingUtilities.invokeLater(() -> Ui.error(frame, lost, "Physio Kiosk"));
        SwingUtilities.invokeLater(() -> Ui.error(frame, lost, "Physio Kiosk"));
        SwingUtilities.invokeLater(() -> Ui.warn(frame, "The printer is out of paper.", "Physio Kiosk"));
        waitFor("the printer's message", () -> said().contains("The printer is out of paper."));
        assertThat(said()).containsExactlyInAnyOrder(lost, "The printer is out of paper.");

        closeDialogSaying("The printer is out of paper.");
        closeDialogSaying(lost);
        waitFor("no dialog", () -> said().isEmpty());
        // Once closed, the same message is said again the next time it happens.
        SwingUtilities.invokeLater(() -> Ui.error(frame, lost, "Physio Kiosk"));
        waitFor("the message again", () -> said().equals(List.of(lost)));
    }

    /** What the dialogs on screen say, one entry per dialog. */
    private static List<Object> said() {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w.isShowing() && w instanceof JDialog)
                .map(w -> pane((JDialog) w).getMessage())
                .toList());
    }

    private static void closeDialogSaying(String message) {
        GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w.isShowing() && w instanceof JDialog d && message.equals(pane(d).getMessage()))
                .forEach(w -> pane((JDialog) w).setValue(JOptionPane.OK_OPTION)));
    }

    private static JOptionPane pane(JDialog dialog) {
        return (JOptionPane) dialog.getContentPane().getComponent(0);
    }
}

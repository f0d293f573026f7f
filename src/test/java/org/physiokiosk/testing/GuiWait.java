package org.physiokiosk.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Window;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Waits, in window tests, for what the kiosk does in the background: up to 20 seconds, then fails naming it and
 * saying what was on the screen (each window's title, its named labels and text), so a failure on a CI machine can
 * be read without a screenshot.
 */
public final class GuiWait {

    private GuiWait() {
    }

    public static void waitFor(String what, BooleanSupplier test) {
        try {
            Pause.pause(new Condition(what) {
                @Override
                public boolean test() {
                    return test.getAsBoolean();
                }
            }, Timeout.timeout(20_000));
        } catch (WaitTimedOutError e) {
            WaitTimedOutError described = new WaitTimedOutError(e.getMessage() + "\nOn the screen:\n" + onScreen());
            described.setStackTrace(e.getStackTrace());
            throw described;
        }
    }

    /** The showing windows and their named labels, text, buttons and lists, read on the event thread. */
    public static String onScreen() {
        return GuiActionRunner.execute(() -> {
            StringBuilder out = new StringBuilder();
            for (Window w : Window.getWindows()) {
                if (w.isShowing()) {
                    String title = w instanceof Frame f ? f.getTitle() : w instanceof Dialog d ? d.getTitle() : "";
                    java.awt.Rectangle b = w.getBounds();
                    out.append("- window ").append(w.getName()).append(" \"").append(title).append("\"")
                            .append(w.isFocused() ? " (focused)" : "").append(" at ").append(b.x).append(',')
                            .append(b.y).append(' ').append(b.width).append('x').append(b.height).append('\n');
                    describe(w, out);
                }
            }
            return out.toString();
        });
    }

    private static void describe(Container parent, StringBuilder out) {
        for (Component c : parent.getComponents()) {
            if (c.isShowing() && c.getName() != null) {
                String text = c instanceof JLabel l ? l.getText()
                        : c instanceof JTextComponent t ? t.getText()
                        : c instanceof AbstractButton b ? b.getText() + (b.isEnabled() ? "" : " (disabled)")
                                + " at " + b.getLocationOnScreen().x + "," + b.getLocationOnScreen().y
                        : c instanceof JList<?> l ? l.getModel().getSize() + " rows" : null;
                if (text != null) {
                    out.append("    ").append(c.getName()).append(": ")
                            .append(text.length() > 120 ? text.substring(0, 120) + "…" : text).append('\n');
                }
            }
            if (c instanceof Container inner) {
                describe(inner, out);
            }
        }
    }
}

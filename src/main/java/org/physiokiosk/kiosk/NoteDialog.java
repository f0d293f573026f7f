package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.notes.NoteHistory;

/**
 * Asks for a note's text (a new note, or an amendment to one), signed by the signed-in person, whose name is shown
 * and cannot be typed over. Modal to its own window only, so another person's window is never blocked by it; nothing
 * is saved here.
 */
final class NoteDialog extends JDialog {

    /** What was typed. */
    record Typed(String text, String author) {
    }

    private final JTextArea text = named(new JTextArea(8, 50), "noteText");
    private final JTextField author = named(new JTextField(), "noteAuthor");
    private final JLabel problem = named(new JLabel(" "), "noteProblem");
    private Typed result;
    private boolean retried;

    /** The box for the words starts with {@code typed}: a note whose save failed, asked for again. */
    NoteDialog withText(String typed) {
        text.setText(typed);
        retried = !typed.isBlank();
        return this;
    }

    NoteDialog(Window owner, String title, String context, String signer) {
        super(owner, title, ModalityType.DOCUMENT_MODAL);
        setName("noteDialog");
        JPanel panel = new JPanel(new MigLayout("insets 16, fill, wrap 1", "[grow, fill]", "[][][grow, fill][][][][]"));
        if (!context.isEmpty()) {
            // The note being amended, named for a screen reader: it stays as it was written.
            JTextArea shown = named(new JTextArea(context, 4, 50), "noteOriginal");
            shown.setEditable(false);
            shown.setLineWrap(true);
            shown.setWrapStyleWord(true);
            JLabel shownLabel = new JLabel(Messages.get("record.amendOriginal"));
            shownLabel.setLabelFor(shown);
            shown.getAccessibleContext().setAccessibleName(Messages.get("record.amendOriginal"));
            panel.add(shownLabel);
            panel.add(new JScrollPane(shown), "h 60:100:");
        }
        panel.add(Ui.labelFor(Messages.get("record.noteText"), text, KeyEvent.VK_T));
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        Ui.onKey(text, "TAB", text::transferFocus);
        panel.add(new JScrollPane(text), "h 120:200:");
        panel.add(Ui.labelFor(Messages.get("record.noteAuthor"), author, KeyEvent.VK_A));
        author.setText(signer);
        author.setEditable(false);
        author.getAccessibleContext().setAccessibleName(Messages.get("record.noteAuthor") + " " + signer);
        panel.add(author, "h 40!");
        problem.putClientProperty("FlatLaf.styleClass", "problem");
        panel.add(problem);
        JButton save = Ui.primary(named(new JButton(Messages.get("record.noteSave")), "noteSave"));
        JButton cancel = named(new JButton(Messages.get("record.noteCancel")), "noteCancel");
        save.setMnemonic(KeyEvent.VK_S);
        // Together at the right, Save first and marked as the main button (Enter in the note still starts a line).
        panel.add(save, "split 2, gapbefore push, growx 0, h 44!");
        panel.add(cancel, "growx 0, h 44!");
        save.addActionListener(e -> {
            String p = NoteHistory.problem(text.getText(), author.getText());
            if (!p.isEmpty()) {
                problem.setText(p);
                return;
            }
            result = new Typed(text.getText().strip(), author.getText().strip());
            dispose();
        });
        Ui.leaveSafely(this, cancel, () -> retried && !text.getText().isBlank());
        getContentPane().add(panel);
        getRootPane().setDefaultButton(save);
        // The words go where the keyboard already is, not into the read-only text of the note being amended.
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                text.requestFocusInWindow();
            }
        });
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog; the text typed, or empty when cancelled. */
    Optional<Typed> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}

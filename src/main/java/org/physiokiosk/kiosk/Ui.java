package org.physiokiosk.kiosk;

import java.awt.event.ActionEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import org.physiokiosk.Messages;

/** Small helpers the panels share. */
final class Ui {

    private Ui() {
    }

    static <T extends JComponent> T named(T component, String name) {
        component.setName(name);
        return component;
    }

    /** A label that names a field for screen readers and moves focus to it on its mnemonic. */
    /** Text for an HTML label or cell, shown as written: markup in it (an img tag) is never drawn, nor fetched. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A label for a field. A spinner's own text field is what takes the keyboard focus, so it is given the label's
     * words as its accessible name too: a screen reader says what the number is.
     */
    static JLabel labelFor(String text, JComponent field, int mnemonic) {
        if (field instanceof javax.swing.JSpinner spinner
                && spinner.getEditor() instanceof javax.swing.JSpinner.DefaultEditor editor) {
            editor.getTextField().getAccessibleContext().setAccessibleName(text);
            spinner.getAccessibleContext().setAccessibleName(text);
        }
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        if (mnemonic != 0) {
            label.setDisplayedMnemonic(mnemonic);
        }
        return label;
    }

    /** The one main action of a screen or dialog: drawn in the accent colour (the theme's "primary" style). */
    static <T extends javax.swing.AbstractButton> T primary(T button) {
        button.putClientProperty("FlatLaf.styleClass", "primary");
        return button;
    }

    /** An action that destroys or cannot be undone: drawn red (the theme's "danger" style), and placed apart. */
    static <T extends javax.swing.AbstractButton> T danger(T button) {
        button.putClientProperty("FlatLaf.styleClass", "danger");
        return button;
    }

    /** An error label: empty until the model reports a problem. */
    static JLabel problemLabel(String name) {
        JLabel label = named(new JLabel(" "), name);
        label.putClientProperty("FlatLaf.styleClass", "problem");
        return label;
    }

    static void onTextChange(JTextComponent field, Consumer<String> action) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.accept(field.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.accept(field.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.accept(field.getText());
            }
        });
    }

    static void onKey(JComponent component, String keyStroke, Runnable action) {
        String key = "physio." + keyStroke;
        component.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(keyStroke), key);
        component.getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    // Every dialog of the kiosk is modal to its own window only (DOCUMENT_MODAL): a question left open in one
    // person's window never blocks another person's window after a switch of user. JOptionPane's own show methods
    // block the whole program, so these build the same dialogs with that one difference.

    /** The messages on screen now, so that one fault said by several pieces of work at once is said once. */
    private static final java.util.Set<Object> SHOWING = new java.util.HashSet<>();

    /**
     * A message: information, a warning or an error (JOptionPane's message types). The same message already on screen
     * is not stacked a second time behind it (a lost server fails every piece of work that was waiting for it).
     */
    static void message(java.awt.Component parent, Object message, String title, int type) {
        assert javax.swing.SwingUtilities.isEventDispatchThread();
        if (!SHOWING.add(message)) {
            return;
        }
        try {
            JOptionPane pane = new JOptionPane(message, type);
            show(pane, parent, title);
        } finally {
            SHOWING.remove(message);
        }
    }

    static void warn(java.awt.Component parent, Object message, String title) {
        message(parent, message, title, JOptionPane.WARNING_MESSAGE);
    }

    static void error(java.awt.Component parent, Object message, String title) {
        message(parent, message, title, JOptionPane.ERROR_MESSAGE);
    }

    /** A question with the given answers; the index of the one chosen, or -1 when the dialog was closed. */
    static int choose(java.awt.Component parent, Object message, String title, int type, Object[] options,
                      Object initial) {
        JOptionPane pane = new JOptionPane(message, type, JOptionPane.DEFAULT_OPTION, null, options, initial);
        Object value = show(pane, parent, title);
        for (int i = 0; i < options.length; i++) {
            if (options[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /** OK or Cancel; true only for OK. */
    static boolean confirm(java.awt.Component parent, Object message, String title, int type) {
        JOptionPane pane = new JOptionPane(message, type, JOptionPane.OK_CANCEL_OPTION);
        return Integer.valueOf(JOptionPane.OK_OPTION).equals(show(pane, parent, title));
    }

    private static Object show(JOptionPane pane, java.awt.Component parent, String title) {
        javax.swing.JDialog dialog = pane.createDialog(parent, title);
        dialog.setModalityType(java.awt.Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setVisible(true);
        dialog.dispose();
        return pane.getValue();
    }

    /**
     * Escape, the window's close box and {@code cancel} (when given) all leave {@code dialog} the same way. When what
     * its fields hold differs from what they held when it opened, the person is asked first, and keeping what they
     * typed is the default (Enter, Escape or closing the question): a slip of a key never loses a written note.
     */
    static void leaveSafely(javax.swing.JDialog dialog, javax.swing.AbstractButton cancel) {
        leaveSafely(dialog, cancel, () -> false);
    }

    /** As above; {@code unsaved} also asks first (words given back after a save that failed are still unsaved). */
    static void leaveSafely(javax.swing.JDialog dialog, javax.swing.AbstractButton cancel,
                            java.util.function.BooleanSupplier unsaved) {
        java.util.List<Object> opened = new java.util.ArrayList<>();
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                opened.clear();
                opened.addAll(state(dialog.getContentPane()));
            }
        });
        Runnable leave = () -> {
            boolean same = !unsaved.getAsBoolean() && opened.equals(state(dialog.getContentPane()));
            if (same || throwAway(dialog)) {
                dialog.dispose();
            }
        };
        dialog.setDefaultCloseOperation(javax.swing.WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                leave.run();
            }
        });
        dialog.getRootPane().registerKeyboardAction(e -> leave.run(),
                KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        if (cancel != null) {
            cancel.addActionListener(e -> leave.run());
        }
    }

    /** Whether the person chose to throw away what they typed; keeping it is the default. */
    static boolean throwAway(java.awt.Component parent) {
        Object[] answers = {Messages.get("dialog.keep"), Messages.get("dialog.throwAway")};
        return choose(parent, Messages.get("dialog.throwAwayQuestion"), Messages.get("dialog.throwAwayTitle"),
                JOptionPane.WARNING_MESSAGE, answers, answers[0]) == 1;
    }

    /** What the person can change in a container: every editable text, choice, tick, number and slider, in order. */
    static java.util.List<Object> state(java.awt.Container container) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof javax.swing.JPasswordField secret) {
                out.add(secret.getDocument().getLength()); // whether one was typed, never the secret itself
            } else if (c instanceof JTextComponent t) {
                if (t.isEditable()) {
                    out.add(t.getText());
                }
            } else if (c instanceof javax.swing.JComboBox<?> box) {
                out.add(String.valueOf(box.getSelectedItem()));
            } else if (c instanceof javax.swing.JSpinner spinner) {
                out.add(spinner.getValue());
                continue; // its own text field says the same
            } else if (c instanceof javax.swing.JSlider slider) {
                out.add(slider.getValue());
            } else if (c instanceof javax.swing.JToggleButton toggle) {
                out.add(toggle.isSelected());
            }
            if (c instanceof java.awt.Container inner) {
                out.addAll(state(inner));
            }
        }
        return out;
    }

    /** A file chooser whose dialog is modal to its own window only. */
    static javax.swing.JFileChooser chooser(java.io.File folder) {
        return new javax.swing.JFileChooser(folder) {
            @Override
            protected javax.swing.JDialog createDialog(java.awt.Component parent) {
                javax.swing.JDialog dialog = super.createDialog(parent);
                dialog.setModalityType(java.awt.Dialog.ModalityType.DOCUMENT_MODAL);
                return dialog;
            }
        };
    }
}

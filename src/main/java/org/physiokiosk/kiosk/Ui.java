package org.physiokiosk.kiosk;

import java.awt.event.ActionEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Small helpers the panels share. */
final class Ui {

    private Ui() {
    }

    static <T extends JComponent> T named(T component, String name) {
        component.setName(name);
        return component;
    }

    /** A label that names a field for screen readers and moves focus to it on its mnemonic. */
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
}

package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Library;

/** Asks for what a new template of the clinic needs: its name, body region and a source or note. */
final class TemplateDialog extends JDialog {

    /** What was typed. */
    record Typed(String name, String bodyRegion, String note) {
    }

    private final JTextField name = named(new JTextField(), "templateName");
    private final JComboBox<String> region = named(new JComboBox<>(Library.REGIONS.toArray(new String[0])),
            "templateRegion");
    private final JTextField note = named(new JTextField(), "templateNote");
    private final JLabel problem = named(new JLabel(" "), "templateProblem");
    private Typed result;

    TemplateDialog(Window owner, String region) {
        super(owner, Messages.get("template.title"), ModalityType.DOCUMENT_MODAL);
        setName("templateDialog");
        JPanel panel = new JPanel(new MigLayout("insets 16, fill, wrap 1", "[grow, fill]"));
        panel.add(Ui.labelFor(Messages.get("template.name"), name, KeyEvent.VK_N));
        panel.add(name, "h 40!, w 420:420:");
        panel.add(Ui.labelFor(Messages.get("template.region"), this.region, KeyEvent.VK_R));
        this.region.getAccessibleContext().setAccessibleName(Messages.get("template.region"));
        if (region != null) {
            this.region.setSelectedItem(region);
        }
        panel.add(this.region, "h 40!");
        panel.add(Ui.labelFor(Messages.get("template.note"), note, KeyEvent.VK_O));
        panel.add(note, "h 40!");
        problem.putClientProperty("FlatLaf.styleClass", "problem");
        panel.add(problem);
        JButton save = Ui.primary(named(new JButton(Messages.get("template.save")), "templateSave"));
        JButton cancel = named(new JButton(Messages.get("record.noteCancel")), "templateCancel");
        save.setMnemonic(KeyEvent.VK_S);
        panel.add(save, "split 2, gapbefore push, growx 0, h 44!");
        panel.add(cancel, "growx 0, h 44!");
        save.addActionListener(e -> {
            if (name.getText().isBlank()) {
                problem.setText(Messages.get("template.nameMissing"));
                return;
            }
            result = new Typed(name.getText().strip(), (String) this.region.getSelectedItem(), note.getText().strip());
            dispose();
        });
        Ui.leaveSafely(this, cancel);
        getRootPane().setDefaultButton(save);
        getContentPane().add(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog; what was typed, or empty when cancelled. */
    Optional<Typed> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}

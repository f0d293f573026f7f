package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumber;
import org.physiokiosk.service.ClinicDesk;
import org.physiokiosk.staff.Actor;

/**
 * Asks an administrator, while the clinic has not given them, for the details every handout prints: its name, address,
 * phone and the emergency number patients call, that one filled in with the number of the computer's country when it
 * is known. Checked and saved as on the Clinic settings screen (its model and the clinic desk); the logo and the
 * paper stay as they are. "Later" leaves everything as it was. Modal to its own window only.
 */
final class ClinicDetailsDialog extends JDialog {

    private final JTextField name = named(new JTextField(24), "clinicFirstName");
    private final JTextField address = named(new JTextField(24), "clinicFirstAddress");
    private final JTextField phone = named(new JTextField(24), "clinicFirstPhone");
    private final JTextField emergency = named(new JTextField(8), "clinicFirstEmergency");
    private final JLabel problem = Ui.problemLabel("clinicFirstProblem");
    private final JButton save = Ui.primary(named(new JButton(Messages.get("clinicFirst.save")), "clinicFirstSave"));
    private final JButton later = named(new JButton(Messages.get("clinicFirst.later")), "clinicFirstLater");
    private final ClinicSettingsModel model = new ClinicSettingsModel();

    /**
     * @param current the settings as loaded (not set up); what the clinic did give is filled in
     * @param local   the emergency number of the computer's country, found off the event thread
     * @param saved   called with what was saved, on the event thread
     */
    ClinicDetailsDialog(Window owner, ClinicSettings current, Optional<EmergencyNumber> local, ClinicDesk clinics,
                        Actor who, Tasks tasks, Consumer<ClinicSettings> saved) {
        super(owner, Messages.get("clinicFirst.title"), ModalityType.DOCUMENT_MODAL);
        setName("clinicDetails");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        model.loaded(current);

        JPanel panel = new JPanel(new MigLayout("insets 20, wrap 2", "[right][grow, fill, 260:360:]", ""));
        JLabel title = new JLabel(Messages.get("clinicFirst.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title, "span 2, left, wrap 6");
        panel.add(new JLabel("<html><div style='width:440px'>" + Messages.get("clinicFirst.intro") + "</div></html>"),
                "span 2, left, wrap 14");
        panel.add(Ui.labelFor(Messages.get("clinic.name"), name, KeyEvent.VK_N));
        panel.add(name, "h 40!");
        panel.add(Ui.labelFor(Messages.get("clinic.address"), address, KeyEvent.VK_D));
        panel.add(address, "h 40!");
        panel.add(Ui.labelFor(Messages.get("clinic.phone"), phone, KeyEvent.VK_P));
        panel.add(phone, "h 40!");
        panel.add(Ui.labelFor(Messages.get("clinic.emergency"), emergency, KeyEvent.VK_E));
        panel.add(emergency, "growx 0, w 120!, h 40!");
        String hint = local.map(n -> Messages.get("clinicFirst.suggested", n.name()))
                .orElse(Messages.get("clinicFirst.noSuggestion"));
        JLabel hintLabel = named(new JLabel("<html><div style='width:340px'>" + hint + "</div></html>"),
                "clinicFirstHint");
        hintLabel.putClientProperty("FlatLaf.styleClass", "status");
        emergency.getAccessibleContext().setAccessibleDescription(hint);
        panel.add(hintLabel, "skip 1, wrap 8");
        panel.add(problem, "span 2, left, wmin 300");
        save.setMnemonic(KeyEvent.VK_S);
        later.setMnemonic(KeyEvent.VK_L);
        later.setToolTipText(Messages.get("clinicFirst.laterTip"));
        panel.add(save, "span 2, split 2, gapbefore push, growx 0, h 44!, gaptop 8");
        panel.add(later, "growx 0, h 44!");

        name.setText(current.name());
        address.setText(current.address());
        phone.setText(current.phone());
        emergency.setText(!current.emergencyNumber().isEmpty() ? current.emergencyNumber()
                : local.map(EmergencyNumber::number).orElse(""));

        model.onChanged(() -> problem.setText(model.status().isEmpty() ? " "
                : "<html><div style='width:420px'>" + model.status() + "</div></html>"));
        save.addActionListener(e -> model.check(name.getText(), address.getText(), phone.getText(),
                emergency.getText(), current.doctorLine(), current.paper()).ifPresent(settings -> {
                    save.setEnabled(false);
                    later.setEnabled(false);
                    tasks.run(() -> {
                        clinics.save(who, settings);
                        return settings;
                    }, done -> {
                        dispose();
                        saved.accept(done);
                    }, error -> {
                        save.setEnabled(true);
                        later.setEnabled(true);
                        model.status(error.getMessage());
                    });
                }));
        later.addActionListener(e -> dispose());
        getRootPane().registerKeyboardAction(e -> later.doClick(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        getRootPane().setDefaultButton(save);
        getContentPane().add(panel);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                name.requestFocusInWindow();
            }
        });
        pack();
        setLocationRelativeTo(owner);
    }
}

package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.staff.Role;

/**
 * Asks for a new member of staff (sign-in name, full name, role, PIN twice) or, for a forgotten PIN, the new PIN
 * twice. Nothing is saved here; the PIN is handed back as characters for the caller to clear.
 */
final class StaffDialog extends JDialog {

    /** What was typed; {@code name}, {@code fullName} and {@code role} are empty when only a PIN was asked for. */
    record Typed(String name, String fullName, Role role, char[] secret) {
    }

    private final JTextField name = named(new JTextField(20), "staffName");
    private final JTextField fullName = named(new JTextField(28), "staffFullName");
    private final JComboBox<String> role = named(new JComboBox<>(new String[] {Messages.get("role.front-desk"),
        Messages.get("role.clinician"), Messages.get("role.administrator")}), "staffRole");
    private final JPasswordField secret = named(new JPasswordField(20), "staffSecret");
    private final JPasswordField again = named(new JPasswordField(20), "staffSecretAgain");
    private final JLabel problem = Ui.problemLabel("staffProblem");
    private final boolean secretOnly;
    private Typed result;

    /** {@code forWhom}: the account whose PIN is reset, or null to add a new member of staff. */
    StaffDialog(Window owner, String forWhom) {
        super(owner, forWhom == null ? Messages.get("staff.addTitle") : Messages.get("staff.resetTitle", forWhom),
                ModalityType.DOCUMENT_MODAL);
        setName("staffDialog");
        secretOnly = forWhom != null;
        JPanel panel = new JPanel(new MigLayout("insets 16, wrap 2, hidemode 3", "[right][grow, fill, 260:320:]"));
        if (!secretOnly) {
            panel.add(Ui.labelFor(Messages.get("staff.name"), name, KeyEvent.VK_N));
            panel.add(name, "h 40!");
            panel.add(Ui.labelFor(Messages.get("staff.fullName"), fullName, KeyEvent.VK_F));
            panel.add(fullName, "h 40!");
            panel.add(Ui.labelFor(Messages.get("staff.role"), role, KeyEvent.VK_R));
            role.getAccessibleContext().setAccessibleName(Messages.get("staff.role"));
            role.setSelectedIndex(1);
            panel.add(role, "h 40!");
        }
        panel.add(Ui.labelFor(Messages.get("staff.secret"), secret, KeyEvent.VK_P));
        secret.getAccessibleContext().setAccessibleName(Messages.get("staff.secret"));
        panel.add(secret, "h 40!");
        panel.add(Ui.labelFor(Messages.get("staff.secretAgain"), again, KeyEvent.VK_A));
        again.getAccessibleContext().setAccessibleName(Messages.get("staff.secretAgain"));
        panel.add(again, "h 40!");
        panel.add(new JLabel(Messages.get("staff.secretRule")), "span 2, wmin 0");
        panel.add(problem, "span 2, growx, w 0:0:");
        JButton save = Ui.primary(named(new JButton(Messages.get(secretOnly ? "staff.resetSave" : "staff.addSave")),
                "staffSave"));
        save.setMnemonic(KeyEvent.VK_S);
        JButton cancel = named(new JButton(Messages.get("record.noteCancel")), "staffCancel");
        panel.add(save, "span 2, split 2, gapbefore push, growx 0, h 44!");
        panel.add(cancel, "growx 0, h 44!");
        save.addActionListener(e -> save());
        Ui.leaveSafely(this, cancel);
        getRootPane().setDefaultButton(save);
        getContentPane().add(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Asked again after the record refused what was typed: the words kept, the reason shown, the PIN typed anew. */
    StaffDialog again(Typed before, String why) {
        if (!secretOnly) {
            name.setText(before.name());
            fullName.setText(before.fullName());
            role.setSelectedIndex(before.role().ordinal());
        }
        problem.setText("<html>" + Ui.escaped(why) + "</html>");
        return this;
    }

    private void save() {
        char[] one = secret.getPassword();
        char[] two = again.getPassword();
        try {
            if (!secretOnly && (name.getText().isBlank() || fullName.getText().isBlank())) {
                problem.setText(Messages.get("staff.needNames"));
                return;
            }
            if (one.length == 0 || !Arrays.equals(one, two)) {
                problem.setText(Messages.get(one.length == 0 ? "staff.needSecret" : "staff.secretsDiffer"));
                again.setText("");
                return;
            }
            result = new Typed(name.getText().strip(), fullName.getText().strip(),
                    Role.values()[Math.max(0, role.getSelectedIndex())], one.clone());
            dispose();
        } finally {
            Arrays.fill(one, '\0');
            Arrays.fill(two, '\0');
        }
    }

    /** Shows the dialog; what was typed, or empty when left. */
    Optional<Typed> ask() {
        setVisible(true);
        secret.setText("");
        again.setText("");
        return Optional.ofNullable(result);
    }
}

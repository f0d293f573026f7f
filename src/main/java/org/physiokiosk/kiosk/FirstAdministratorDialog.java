package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.access.StaffAccounts;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;

/**
 * The first start of a new database: makes its first administrator, who can then add the rest of the staff. Fills
 * the screen like the lock screen; nothing about a patient can be reached before it is done.
 */
final class FirstAdministratorDialog extends JDialog {

    private final JTextField name = named(new JTextField(18), "firstAdminName");
    private final JTextField fullName = named(new JTextField(24), "firstAdminFullName");
    private final JPasswordField secret = named(new JPasswordField(18), "firstAdminSecret");
    private final JPasswordField repeat = named(new JPasswordField(18), "firstAdminRepeat");
    private final JLabel problem = named(new JLabel(" "), "firstAdminProblem");
    private final JButton make = Ui.primary(named(new JButton(Messages.get("firstAdmin.make")), "firstAdminMake"));

    FirstAdministratorDialog(java.util.function.Supplier<StaffAccounts> staff, Tasks tasks, Consumer<Actor> made) {
        super((java.awt.Frame) null, Messages.get("firstAdmin.title"), ModalityType.APPLICATION_MODAL);
        setName("firstAdministrator");
        setUndecorated(true);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        JPanel panel = new JPanel(new MigLayout("insets 48, wrap 2, align 50% 40%", "[right][300:420:]", ""));
        JLabel title = new JLabel(Messages.get("firstAdmin.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title, "span 2, center, wrap 8");
        panel.add(new JLabel("<html><div style='width:520px'>" + Messages.get("firstAdmin.intro") + "</div></html>"),
                "span 2, center, wrap 20");
        panel.add(Ui.labelFor(Messages.get("firstAdmin.name"), name, KeyEvent.VK_N));
        panel.add(name, "growx, h 44!");
        panel.add(Ui.labelFor(Messages.get("firstAdmin.fullName"), fullName, KeyEvent.VK_F));
        panel.add(fullName, "growx, h 44!");
        panel.add(Ui.labelFor(Messages.get("firstAdmin.secret"), secret, KeyEvent.VK_S));
        panel.add(secret, "growx, h 44!");
        panel.add(Ui.labelFor(Messages.get("firstAdmin.repeat"), repeat, KeyEvent.VK_R));
        panel.add(repeat, "growx, h 44!");
        problem.putClientProperty("FlatLaf.styleClass", "problem");
        panel.add(problem, "span 2, center, wmin 300");
        make.setMnemonic(KeyEvent.VK_M);
        panel.add(make, "span 2, center, h 48!, gaptop 12");
        getRootPane().setDefaultButton(make);
        getContentPane().add(panel);
        make.addActionListener(e -> {
            char[] s = secret.getPassword();
            char[] r = repeat.getPassword();
            Map<String, String> problems = FirstAdministratorModel.problems(name.getText(), fullName.getText(), s, r);
            Arrays.fill(r, '\0');
            if (!problems.isEmpty()) {
                Arrays.fill(s, '\0');
                problem.setText("<html><div style='width:420px'>" + problems.values().iterator().next()
                        + "</div></html>");
                return;
            }
            make.setEnabled(false);
            String n = name.getText().strip();
            String f = fullName.getText().strip();
            tasks.run(() -> {
                try {
                    return staff.get().add(Optional.empty(), n, f, Role.ADMINISTRATOR, new String(s));
                } finally {
                    Arrays.fill(s, '\0');
                }
            }, member -> {
                dispose();
                made.accept(Actor.of(member));
            }, error -> {
                make.setEnabled(true);
                problem.setText(error.getMessage());
            });
        });
        setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
    }
}

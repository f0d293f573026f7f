package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.service.NotAllowed;
import org.physiokiosk.service.StaffDesk;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.store.StoreException;

/**
 * The Staff screen, an administrator's: every account with its role and whether it is locked or retired, and the
 * buttons to add one, change a role, reset a forgotten PIN, unlock, and retire (red, set apart). Every change goes
 * through {@link StaffDesk}, off the event thread, and the list is read again after it.
 */
final class StaffPanel extends JPanel {

    private final StaffModel model;
    private final StaffDesk desk;
    private final java.util.function.Supplier<Actor> who;
    private final Tasks tasks;
    private final Consumer<Throwable> onError;
    private final DefaultListModel<String> rows = new DefaultListModel<>();
    private final JList<String> list = named(new JList<>(rows), "staffList");
    private final JButton add = Ui.primary(named(new JButton(Messages.get("staff.add")), "staffAdd"));
    private final JButton role = named(new JButton(Messages.get("staff.changeRole")), "staffChangeRole");
    private final JButton reset = named(new JButton(Messages.get("staff.reset")), "staffReset");
    private final JButton unlock = named(new JButton(Messages.get("staff.unlock")), "staffUnlock");
    private final JButton retire = Ui.danger(named(new JButton(Messages.get("staff.retire")), "staffRetire"));
    private final JLabel status = named(new JLabel(" "), "staffStatus");
    private boolean updating;

    StaffPanel(StaffModel model, StaffDesk desk, java.util.function.Supplier<Actor> who, Tasks tasks,
               Consumer<Throwable> onError) {
        super(new MigLayout("insets 16, fill, wrap 1", "[0:0:, grow, fill]", "[][][grow, fill][][]"));
        this.model = model;
        this.desk = desk;
        this.who = who;
        this.tasks = tasks;
        this.onError = onError;
        JLabel title = new JLabel(Messages.get("staff.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "wmin 0");
        add(Ui.labelFor(Messages.get("staff.list"), list, KeyEvent.VK_L), "wmin 0");
        list.getAccessibleContext().setAccessibleName(Messages.get("staff.list"));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER),
                "grow, wmin 0, hmin 120");
        add.setMnemonic(KeyEvent.VK_D);
        role.setMnemonic(KeyEvent.VK_O);
        reset.setMnemonic(KeyEvent.VK_P);
        unlock.setMnemonic(KeyEvent.VK_U);
        retire.setMnemonic(KeyEvent.VK_T);
        add(add, "split 5, growx 0, h 44!");
        add(role, "growx 0, h 44!");
        add(reset, "growx 0, h 44!");
        add(unlock, "growx 0, h 44!");
        // Retiring cannot be undone here: red, and alone at the right.
        add(retire, "gapbefore push, growx 0, h 44!");
        add(status, "growx, w 0:0:");
        list.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                model.choose(list.getSelectedIndex());
            }
        });
        add.addActionListener(e -> addStaff(null, ""));
        role.addActionListener(e -> changeRole());
        reset.addActionListener(e -> resetSecret(null, ""));
        unlock.addActionListener(e -> model.chosen().ifPresent(m -> change(acting -> desk.unlock(acting,
                m.signInName()), Messages.get("staff.unlocked", m.fullName()))));
        retire.addActionListener(e -> retire());
        model.onChanged(this::showState);
        showState();
    }

    /** Reads the accounts again (off the event thread). */
    void refresh() {
        Actor acting = who.get();
        tasks.run(() -> desk.staff(acting), found -> model.loaded(found, acting.signInName()), onError);
    }

    private void addStaff(StaffDialog.Typed before, String why) {
        StaffDialog dialog = new StaffDialog(SwingUtilities.getWindowAncestor(this), null);
        if (before != null) {
            dialog.again(before, why);
        }
        dialog.ask().ifPresent(typed -> {
            Actor acting = who.get();
            tasks.run(() -> {
                try {
                    return desk.add(acting, typed.name(), typed.fullName(), typed.role(), new String(typed.secret()));
                } finally {
                    Arrays.fill(typed.secret(), '\0');
                }
            }, added -> {
                model.done(Messages.get("staff.added", added.fullName(), added.signInName()));
                refresh();
            }, error -> refused(error).ifPresentOrElse(why2 -> addStaff(typed, why2), () -> onError.accept(error)));
        });
    }

    private void resetSecret(StaffDialog.Typed before, String why) {
        Optional<StaffMember> chosen = model.chosen();
        if (chosen.isEmpty()) {
            return;
        }
        StaffMember m = chosen.get();
        StaffDialog dialog = new StaffDialog(SwingUtilities.getWindowAncestor(this), m.fullName());
        if (before != null) {
            dialog.again(before, why);
        }
        dialog.ask().ifPresent(typed -> {
            Actor acting = who.get();
            tasks.run(() -> {
                try {
                    desk.resetSecret(acting, m.signInName(), new String(typed.secret()));
                    return m;
                } finally {
                    Arrays.fill(typed.secret(), '\0');
                }
            }, done -> {
                model.done(Messages.get("staff.resetDone", m.fullName()));
                refresh();
            }, error -> refused(error).ifPresentOrElse(why2 -> resetSecret(typed, why2), () -> onError.accept(error)));
        });
    }

    private void changeRole() {
        model.chosen().ifPresent(m -> {
            Object[] roles = {Messages.get("role.front-desk"), Messages.get("role.clinician"),
                Messages.get("role.administrator")};
            int picked = Ui.choose(this, Messages.get("staff.roleQuestion", m.fullName()),
                    Messages.get("staff.changeRole"), JOptionPane.QUESTION_MESSAGE, roles, roles[m.role().ordinal()]);
            if (picked < 0 || picked == m.role().ordinal()) {
                return;
            }
            Role to = Role.values()[picked];
            change(acting -> desk.changeRole(acting, m.signInName(), to), Messages.get("staff.roleChanged",
                    m.fullName(), roles[picked]));
        });
    }

    private void retire() {
        model.chosen().ifPresent(m -> {
            if (Ui.confirm(this, Messages.get("staff.retireQuestion", m.fullName()), Messages.get("staff.retire"),
                    JOptionPane.WARNING_MESSAGE)) {
                change(acting -> desk.retire(acting, m.signInName()), Messages.get("staff.retiredDone",
                        m.fullName()));
            }
        });
    }

    /**
     * Runs one change off the event thread, as the person signed in now (read here, on the event thread); says it
     * was done, or why the record refused it.
     */
    private void change(Consumer<Actor> work, String done) {
        Actor acting = who.get();
        tasks.run(() -> {
            work.accept(acting);
            return acting;
        }, ok -> {
            model.done(done);
            refresh();
        }, error -> refused(error).ifPresentOrElse(model::failed, () -> onError.accept(error)));
    }

    /** What the record said when it refused (a weak PIN, one's own account): said on this screen, not as a fault. */
    private static Optional<String> refused(Throwable error) {
        Throwable e = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return e instanceof StoreException.Refused || e instanceof NotAllowed ? Optional.of(e.getMessage())
                : Optional.empty();
    }

    private void showState() {
        assert SwingUtilities.isEventDispatchThread();
        updating = true;
        try {
            rows.clear();
            model.staff().forEach(m -> rows.addElement(StaffModel.row(m)));
            list.setSelectedIndex(model.chosenIndex());
        } finally {
            updating = false;
        }
        role.setEnabled(model.canChangeRole());
        reset.setEnabled(model.canResetSecret());
        unlock.setEnabled(model.canUnlock());
        retire.setEnabled(model.canRetire());
        status.setText(model.status().isEmpty() ? " " : "<html>" + Ui.escaped(model.status()) + "</html>");
        status.putClientProperty("FlatLaf.styleClass", model.problem() ? "problem" : "status");
    }
}

package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.audit.AuditFilter;
import org.physiokiosk.service.AuditDesk;
import org.physiokiosk.staff.Actor;

/**
 * The administrator's view of the audit trail: rows found by person, patient, action words and days, newest first,
 * and a check that no row was changed, removed or slipped in. Reading the trail and checking it are rows too.
 */
final class AuditPanel extends JPanel {

    private static final String[] COLUMNS = {"audit.col.number", "audit.col.time", "audit.col.staff",
        "audit.col.action", "audit.col.patient", "audit.col.outcome"};
    private static final int[] WIDTHS = {60, 150, 120, 260, 80, 180};

    private final AuditModel model;
    private final AuditDesk audit;
    private final java.util.function.Supplier<Actor> who;
    private final Tasks tasks;
    private final Consumer<Throwable> onError;

    private final JTextField staff = named(new JTextField(), "auditStaff");
    private final JTextField patient = named(new JTextField(), "auditPatient");
    private final JTextField action = named(new JTextField(), "auditAction");
    private final JTextField from = named(new JTextField(), "auditFrom");
    private final JTextField to = named(new JTextField(), "auditTo");
    private final Map<AuditModel.Field, JTextField> fields = new EnumMap<>(Map.of(
            AuditModel.Field.STAFF, staff, AuditModel.Field.PATIENT, patient, AuditModel.Field.ACTION, action,
            AuditModel.Field.FROM, from, AuditModel.Field.TO, to));
    private final JButton show = Ui.primary(named(new JButton(Messages.get("audit.show")), "auditShow"));
    private final JLabel problem = Ui.problemLabel("auditProblem");
    private final RowsModel rows = new RowsModel();
    private final JTable table = named(new JTable(rows), "auditTable");
    private final JLabel count = named(new JLabel(" "), "auditCount");
    private final JButton verify = named(new JButton(Messages.get("audit.verify")), "auditVerify");
    private final JLabel status = named(new JLabel(" "), "auditStatus");

    AuditPanel(AuditModel model, AuditDesk audit, java.util.function.Supplier<Actor> who, Tasks tasks,
               Consumer<Throwable> onError) {
        super(new MigLayout("insets 16, fill, wrap 3", "[0:0:, grow, fill]16[0:0:, grow, fill]16[0:0:, grow, fill]",
                "[][][][][][][][grow, fill][]"));
        this.model = model;
        this.audit = audit;
        this.who = who;
        this.tasks = tasks;
        this.onError = onError;
        layoutComponents();
        bind();
        showState();
    }

    private void layoutComponents() {
        JLabel title = new JLabel(Messages.get("audit.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 3, wmin 0");
        add(Ui.labelFor(Messages.get("audit.staff"), staff, KeyEvent.VK_P), "wmin 0");
        add(Ui.labelFor(Messages.get("audit.patient"), patient, KeyEvent.VK_N), "wmin 0");
        add(Ui.labelFor(Messages.get("audit.action"), action, KeyEvent.VK_A), "wmin 0");
        add(staff, "h 40!");
        add(patient, "h 40!");
        add(action, "h 40!");
        add(Ui.labelFor(Messages.get("audit.from"), from, KeyEvent.VK_F), "wmin 0");
        add(Ui.labelFor(Messages.get("audit.to"), to, KeyEvent.VK_T), "wmin 0, wrap");
        add(from, "h 40!");
        add(to, "h 40!");
        show.setMnemonic(KeyEvent.VK_S);
        add(show, "growx 0, left, h 44!");
        // One line per problem; the label takes the width it is given, never widening the screen.
        add(problem, "span 3, growx, w 0:0:");

        add(Ui.labelFor(Messages.get("audit.rows"), table, KeyEvent.VK_R), "span 3, split 2, wmin 0, gaptop 8");
        add(count, "gapleft push, growx 0");
        table.getAccessibleContext().setAccessibleName(Messages.get("audit.rows"));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        // Tab leaves the table, as it leaves every other control; arrows move within it.
        table.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        table.setDefaultRenderer(Object.class, new PlainTextRenderer());
        for (int i = 0; i < WIDTHS.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(WIDTHS[i]);
        }
        add(new JScrollPane(table), "span 3, grow, wmin 0, hmin 120");

        verify.setMnemonic(KeyEvent.VK_C);
        add(verify, "span 3, split 2, growx 0, h 44!, gaptop 8");
        status.putClientProperty("FlatLaf.styleClass", "status");
        // Room for two lines beside the button: a long "changed" message wraps instead of being cut off.
        add(status, "growx, w 0:0:, hmin " + 2 * status.getFontMetrics(status.getFont()).getHeight());
    }

    private void bind() {
        fields.forEach((field, box) -> {
            Ui.onTextChange(box, text -> model.setText(field, text));
            box.addActionListener(e -> search());
        });
        show.addActionListener(e -> search());
        verify.addActionListener(e -> verifyChain());
        model.onChanged(this::showState);
    }

    /** Lists the rows that match the filter as typed (all of them when nothing is typed). */
    void refresh() {
        search();
    }

    private void search() {
        if (!show.isEnabled()) {
            return; // a search is still running: Enter pressed again in a field
        }
        Optional<AuditFilter> filter = model.check();
        if (filter.isEmpty()) {
            focusFirstProblem();
            return;
        }
        show.setEnabled(false);
        Actor acting = who.get();
        tasks.run(() -> audit.entries(acting, filter.get()), found -> {
            show.setEnabled(true);
            model.loaded(found);
        }, error -> {
            show.setEnabled(true);
            onError.accept(error);
        });
    }

    private void focusFirstProblem() {
        for (AuditModel.Field field : AuditModel.Field.values()) {
            if (!model.problem(field).isEmpty()) {
                fields.get(field).requestFocusInWindow();
                return;
            }
        }
    }

    private void verifyChain() {
        verify.setEnabled(false);
        tasks.run(audit::check, check -> {
            verify.setEnabled(true);
            model.verified(check.rows(), check.firstProblem());
        }, error -> {
            verify.setEnabled(true);
            onError.accept(error);
        });
    }

    private void showState() {
        assert SwingUtilities.isEventDispatchThread();
        fields.forEach((field, box) -> {
            String p = model.problem(field);
            box.getAccessibleContext().setAccessibleDescription(p.isEmpty() ? null : p);
            box.putClientProperty("JComponent.outline", p.isEmpty() ? null : "error");
        });
        List<String> problems = java.util.Arrays.stream(AuditModel.Field.values()).map(model::problem)
                .filter(p -> !p.isEmpty()).map(Ui::escaped).toList();
        problem.setText(problems.isEmpty() ? " " : "<html>" + String.join("<br>", problems) + "</html>");
        rows.show(model.rows());
        count.setText(model.count());
        status.putClientProperty("FlatLaf.styleClass", model.broken() ? "alarm" : "status");
        status.setText(model.status().isEmpty() ? " " : html(model.status()));
    }

    /** Wraps long text; what is shown may hold what someone typed, so it is escaped, never read as HTML. */
    private static String html(String text) {
        return "<html>" + Ui.escaped(text) + "</html>";
    }

    /** The rows of the table, read-only. */
    private static final class RowsModel extends AbstractTableModel {

        private List<AuditModel.Row> shown = List.of();

        void show(List<AuditModel.Row> rows) {
            if (rows != shown) {
                shown = rows;
                fireTableDataChanged();
            }
        }

        @Override
        public int getRowCount() {
            return shown.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return Messages.get(COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            AuditModel.Row r = shown.get(row);
            return switch (column) {
                case 0 -> Long.toString(r.number());
                case 1 -> r.time();
                case 2 -> r.staff();
                case 3 -> r.action();
                case 4 -> r.patient();
                default -> r.outcome();
            };
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    }

    /**
     * Shows cells as plain text. A name typed at a failed sign-in, or a row changed with an outside tool, could
     * start with {@code <html>}: it is shown as typed, never rendered (no remote images, no look-alike text).
     */
    private static final class PlainTextRenderer extends DefaultTableCellRenderer {
        PlainTextRenderer() {
            putClientProperty("html.disable", Boolean.TRUE);
        }
    }
}

package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Desktop;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.service.HandoutDesk;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanChangedException;
import org.physiokiosk.plan.PlanDraft;

/**
 * Screen 3: therapist's name, next appointment, the private visit note (never printed), instructions
 * for the patient (printed), and the export button. Export runs off the event thread.
 */
final class HandoutPanel extends JPanel {

    private final HandoutModel model;
    private final PatientModel patients;
    private final PlanModel plan;
    private final HandoutDesk export;
    private final Session session;
    private final HandoutPrinter printer;
    private final PrinterPreference printerPreference;
    private final Path printables;
    private final Tasks tasks;
    private final Consumer<Throwable> onError;

    private final JTextField therapist = named(new JTextField(), "therapistName");
    private final JTextField nextAppointment = named(new JTextField(), "nextAppointment");
    private final JTextArea privateNote = named(new JTextArea(5, 40), "privateNote");
    private final JTextArea instructions = named(new JTextArea(4, 40), "patientInstructions");
    private final JCheckBox largePrint = named(new JCheckBox(Messages.get("handout.largePrint")), "largePrint");
    private final JButton preview = named(new JButton(Messages.get("handout.preview")), "previewHandout");
    private final JComboBox<String> printerChoice = named(new JComboBox<>(), "printerChoice");
    private final JButton print = Ui.primary(named(new JButton(Messages.get("handout.print")), "printHandout"));
    private final JButton exportButton = named(new JButton(Messages.get("handout.export")), "exportHandout");
    private final JButton open = named(new JButton(Messages.get("handout.open")), "openPdf");
    private final JLabel status = named(new JLabel(" "), "exportStatus");

    HandoutPanel(HandoutModel model, PatientModel patients, PlanModel plan, HandoutDesk export, Session session,
                 HandoutPrinter printer, PrinterPreference printerPreference, Path printables, Tasks tasks,
                 Consumer<Throwable> onError) {
        super(new MigLayout("insets 16, fill, wrap 1", "[grow]", "[][][grow, fill][][grow, fill][][]"));
        this.model = model;
        this.patients = patients;
        this.plan = plan;
        this.export = export;
        this.session = session;
        this.printer = printer;
        this.printerPreference = printerPreference;
        this.printables = printables;
        this.tasks = tasks;
        this.onError = onError;
        layoutComponents();
        bind();
    }

    private void layoutComponents() {
        JPanel top = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        top.add(Ui.labelFor(Messages.get("handout.therapistName"), therapist, KeyEvent.VK_T));
        top.add(therapist, "h 40!");
        top.add(Ui.labelFor(Messages.get("handout.nextAppointmentField"), nextAppointment, KeyEvent.VK_N));
        top.add(nextAppointment, "h 40!");
        add(top, "growx");
        add(Ui.labelFor(Messages.get("handout.privateNote"), privateNote, KeyEvent.VK_V), "gaptop 12");
        privateNote.setLineWrap(true);
        privateNote.setWrapStyleWord(true);
        Ui.onKey(privateNote, "TAB", () -> privateNote.transferFocus());
        Ui.onKey(privateNote, "shift TAB", () -> privateNote.transferFocusBackward());
        add(new JScrollPane(privateNote), "grow, h 100:140:");
        add(Ui.labelFor(Messages.get("handout.patientInstructions"), instructions, KeyEvent.VK_I), "gaptop 12");
        instructions.setLineWrap(true);
        instructions.setWrapStyleWord(true);
        Ui.onKey(instructions, "TAB", () -> instructions.transferFocus());
        Ui.onKey(instructions, "shift TAB", () -> instructions.transferFocusBackward());
        add(new JScrollPane(instructions), "grow, h 80:120:");
        largePrint.setMnemonic(KeyEvent.VK_L);
        add(largePrint, "gaptop 8");
        preview.setMnemonic(KeyEvent.VK_W);
        print.setMnemonic(KeyEvent.VK_P);
        exportButton.setMnemonic(KeyEvent.VK_S);
        open.setMnemonic(KeyEvent.VK_O);
        add(preview, "split 6, h 48!, gaptop 12");
        add(Ui.labelFor(Messages.get("handout.printer"), printerChoice, KeyEvent.VK_R), "gapleft 16");
        add(printerChoice, "h 48!, wmin 160");
        add(print, "h 48!");
        add(exportButton, "h 48!, gapleft 16");
        add(open, "h 48!");
        status.putClientProperty("FlatLaf.styleClass", "status");
        add(status, "growx, wmin 100");
    }

    private void bind() {
        // The handout is signed by the signed-in person: shown, never typed.
        therapist.setEditable(false);
        signedBy();
        session.onChanged(this::signedBy);
        Ui.onTextChange(nextAppointment, model::setNextAppointment);
        Ui.onTextChange(privateNote, model::setPrivateNote);
        Ui.onTextChange(instructions, model::setPatientInstructions);
        largePrint.addActionListener(e -> model.setLargePrint(largePrint.isSelected()));
        preview.addActionListener(e -> previewHandout());
        print.addActionListener(e -> printHandout());
        printerChoice.addActionListener(e -> {
            if (printerChoice.getSelectedItem() instanceof String name && printerChoice.isEnabled()) {
                tasks.run(() -> {
                    printerPreference.save(name);
                    return null;
                }, ignored -> { }, onError);
            }
        });
        exportButton.addActionListener(e -> exportHandout());
        open.addActionListener(e -> openPdf());
        open.setEnabled(false);
        model.onChanged(this::showState);
        model.onLoaded(() -> {
            signedBy();
            nextAppointment.setText(model.nextAppointment());
            instructions.setText(model.patientInstructions());
            privateNote.setText("");
            largePrint.setSelected(model.largePrint());
        });
    }

    private void showState() {
        assert SwingUtilities.isEventDispatchThread();
        status.setText(model.status().isEmpty() ? " " : "<html>" + Ui.escaped(model.status()) + "</html>");
        status.putClientProperty("FlatLaf.styleClass", model.problem() ? "problem" : "status");
        boolean mayMake = HandoutDesk.mayMake(session.actor());
        exportButton.setEnabled(!model.exporting() && mayMake);
        print.setEnabled(!model.exporting() && mayMake);
        preview.setEnabled(!model.exporting() && mayMake);
        open.setEnabled(model.canOpen());
        String why = mayMake ? null : Messages.get("handout.clinicianOnly");
        for (JButton b : new JButton[] {exportButton, print, preview}) {
            b.setToolTipText(why);
        }
    }

    private void signedBy() {
        String name = session.actor().fullName();
        therapist.setText(name);
        therapist.getAccessibleContext().setAccessibleName(Messages.get("handout.therapistName") + " " + name);
        model.setTherapist(name);
        showState();
    }

    /** Lists the printers (off the event thread) and selects the one remembered on this computer. */
    void refreshPrinters() {
        tasks.run(() -> new Printers(printer.printers(), printerPreference.load().orElse(null)), found -> {
            printerChoice.setEnabled(false);
            printerChoice.removeAllItems();
            found.names().forEach(printerChoice::addItem);
            if (found.remembered() != null && found.names().contains(found.remembered())) {
                printerChoice.setSelectedItem(found.remembered());
            }
            printerChoice.setEnabled(!found.names().isEmpty());
            if (found.names().isEmpty()) {
                printerChoice.addItem(Messages.get("handout.noPrinter"));
                printerChoice.setEnabled(false);
            }
        }, onError);
    }

    private record Printers(List<String> names, String remembered) {
    }

    /** The draft to export, or empty after showing what is missing. */
    private java.util.Optional<PlanDraft> readyDraft() {
        List<String> problems = model.problems(patients.chosen(), plan.items());
        if (!problems.isEmpty()) {
            model.showProblems(problems);
            if (problems.contains(Messages.get("handout.needTherapist"))) {
                therapist.requestFocusInWindow();
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(model.draft(patients.chosen().orElseThrow(), plan.items()));
    }

    private void previewHandout() {
        readyDraft().ifPresent(draft -> {
            Patient patient = patients.chosen().orElseThrow();
            model.exportStarted();
            Actor who = session.actor();
            tasks.run(() -> export.preview(who, patient, draft), pdf -> {
                model.done("");
                new PreviewDialog(SwingUtilities.getWindowAncestor(this), pdf, tasks, onError).setVisible(true);
            }, error -> {
                model.failed(error.getMessage());
                onError.accept(error);
            });
        });
    }

    private void exportHandout() {
        readyDraft().ifPresent(draft -> save(draft, null));
    }

    private void printHandout() {
        if (!printerChoice.isEnabled() || !(printerChoice.getSelectedItem() instanceof String printerName)) {
            model.showProblems(List.of(Messages.get("handout.needPrinter")));
            return;
        }
        readyDraft().ifPresent(draft -> save(draft, printerName));
    }

    /** Records the plan and makes its handout off the event thread, then prints it when a printer is named. */
    private void save(PlanDraft draft, String printerName) {
        Patient patient = patients.chosen().orElseThrow();
        model.exportStarted();
        Actor who = session.actor();
        tasks.run(() -> {
            ExportResult result = export.exportToFolder(who, patient, draft, printables);
            if (printerName == null) {
                return new Printed(result, null, null);
            }
            try {
                printer.print(result.file(), printerName, result.planNumber());
                export.printed(who, patient.id(), result, printerName);
                return new Printed(result, printerName, null);
            } catch (HandoutPrinter.PrintFailure failure) {
                return new Printed(result, printerName, failure.getMessage());
            }
        }, printed -> {
            exported(printed.result());
            if (printed.printer() == null) {
                return;
            }
            if (printed.failure() == null) {
                model.done(Messages.get("handout.printed", printed.result().planNumber(),
                        printed.printer(), printed.result().file()));
            } else {
                model.failed(printed.failure());
                Ui.warn(this, printed.failure(), Messages.get("handout.printFailed"));
            }
        }, error -> {
            if (error instanceof PlanChangedException changed && changed.theirs() != null) {
                model.failed(Messages.get("handout.changed.status", changed.latest()));
                decide(changed, draft, printerName);
                return;
            }
            model.failed(Messages.get("handout.exportFailed") + ": " + error.getMessage());
            onError.accept(error);
        });
    }

    /**
     * Another plan was saved for this patient while this one was edited: nothing was saved. Show who saved which,
     * what differs, and let the person decide: save theirs over it as the next version, open the other plan (their
     * unsaved private note stays), or go on editing.
     */
    private void decide(PlanChangedException changed, PlanDraft mine, String printerName) {
        List<String> lines = PlanChangeText.differences(changed);
        JTextArea differences = named(new JTextArea(String.join("\n", lines)), "planDifferences");
        differences.setEditable(false);
        differences.setLineWrap(true);
        differences.setWrapStyleWord(true);
        differences.setRows(Math.min(8, Math.max(2, lines.size() + 1)));
        differences.setColumns(48);
        differences.getAccessibleContext().setAccessibleName(Messages.get("handout.changed.details"));
        Ui.onKey(differences, "TAB", differences::transferFocus);
        Ui.onKey(differences, "shift TAB", differences::transferFocusBackward);
        JPanel message = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]"));
        message.add(new JLabel("<html><div style='width:420px'>"
                + Ui.escaped(PlanChangeText.intro(changed, java.time.ZoneId.systemDefault())) + "</div></html>"));
        message.add(new JScrollPane(differences), "grow");
        message.add(new JLabel(Messages.get("handout.changed.question")), "gaptop 8");
        long theirs = changed.theirs().id();
        Object[] options = {Messages.get("handout.changed.saveMine"),
                Messages.get("handout.changed.takeTheirs", theirs), Messages.get("handout.changed.keepEditing")};
        int choice = Ui.choose(this, message, Messages.get("handout.changed.title"), JOptionPane.WARNING_MESSAGE,
                options, options[2]);
        if (choice == 0) {
            save(mine.editingLatest(theirs), printerName);
        } else if (choice == 1) {
            String note = privateNote.getText();
            plan.load(changed.theirs().draft().items());
            model.loadFrom(theirs, changed.theirs().draft());
            privateNote.setText(note);
            model.done(Messages.get("handout.changed.opened", theirs));
        }
    }

    private record Printed(ExportResult result, String printer, String failure) {
    }

    private void exported(ExportResult result) {
        model.exportFinished(result.planNumber(), result.file());
        privateNote.setText("");
        model.clearNote();
        open.requestFocusInWindow();
    }

    private void openPdf() {
        model.lastFile().ifPresent(file -> tasks.run(() -> {
            Desktop.getDesktop().open(file.toFile());
            return null;
        }, ignored -> { }, error -> model.failed(Messages.get("handout.openFailed", file))));
    }
}

package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.patient.PatientForm;
import org.physiokiosk.service.PatientDesk;

/** Screen 1: find a patient as you type, or add one; inline validation, nothing saved until valid. */
final class PatientPanel extends JPanel {

    private static final int MAX_RESULTS = 50;

    private final PatientModel model;
    private final PatientDesk patients;
    private final Session session;
    private final Tasks tasks;
    private final Consumer<Throwable> onError;

    private final JTextField search = named(new JTextField(), "patientSearch");
    private final DefaultListModel<Patient> listModel = new DefaultListModel<>();
    private final JList<Patient> list = named(new JList<>(listModel), "patientList");
    private final JLabel noMatch = named(new JLabel(" "), "patientNoMatch");
    private final JButton use = Ui.primary(named(new JButton(Messages.get("patient.use")), "usePatient"));
    private final JTextField name = named(new JTextField(), "patientName");
    private final JTextField dob = named(new JTextField(), "patientDob");
    private final JTextField chart = named(new JTextField(), "patientChart");
    private final JLabel nameProblem = Ui.problemLabel("patientNameProblem");
    private final JLabel dobProblem = Ui.problemLabel("patientDobProblem");
    private final JLabel dobSaid = named(new JLabel(" "), "patientDobSaid");
    private final JLabel chartProblem = Ui.problemLabel("patientChartProblem");
    private final JButton add = named(new JButton(Messages.get("patient.add")), "addPatient");
    private final Timer searchDelay;

    PatientPanel(PatientModel model, PatientDesk patients, Session session, Tasks tasks, Consumer<Throwable> onError) {
        super(new MigLayout("insets 16, fill", "[0:0:, fill, grow 55]32[0:0:, fill, grow 45]", "[grow, fill]"));
        this.model = model;
        this.patients = patients;
        this.session = session;
        this.tasks = tasks;
        this.onError = onError;
        searchDelay = new Timer(150, e -> runSearch());
        searchDelay.setRepeats(false);
        layoutComponents();
        bind();
    }

    private void layoutComponents() {
        JPanel find = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow]", "[][][grow, fill][][]"));
        JLabel findTitle = new JLabel(Messages.get("patient.results"));
        findTitle.putClientProperty("FlatLaf.styleClass", "h2");
        find.add(findTitle);
        find.add(Ui.labelFor(Messages.get("patient.find"), search, KeyEvent.VK_F), "split 2, flowy");
        find.add(search, "growx, h 40!");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new PatientRenderer());
        list.getAccessibleContext().setAccessibleName(Messages.get("patient.results"));
        find.add(new JScrollPane(list), "grow, hmin 160");
        find.add(noMatch, "growx");
        use.setMnemonic(KeyEvent.VK_U);
        find.add(use, "right, h 44!");
        add(find, "grow, wmin 0");

        JPanel form = new JPanel(new MigLayout("insets 0, wrap 1", "[grow]", ""));
        JLabel title = new JLabel(Messages.get("patient.add.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        form.add(title);
        form.add(Ui.labelFor(Messages.get("patient.name"), name, KeyEvent.VK_N), "gaptop 8");
        form.add(name, "growx, h 40!");
        form.add(nameProblem, "growx");
        form.add(Ui.labelFor(model.dateOfBirthLabel(), dob, KeyEvent.VK_D), "wmin 0");
        form.add(dob, "growx, h 40!");
        dobSaid.putClientProperty("FlatLaf.styleClass", "status");
        form.add(dobSaid, "growx, wmin 0, hidemode 3");
        form.add(dobProblem, "growx, wmin 0");
        form.add(Ui.labelFor(Messages.get("patient.chart"), chart, KeyEvent.VK_C));
        form.add(chart, "growx, h 40!");
        form.add(chartProblem, "growx");
        add.setMnemonic(KeyEvent.VK_A);
        form.add(add, "right, h 44!, gaptop 8");
        add(form, "grow, top, wmin 0");
    }

    private void bind() {
        Ui.onTextChange(search, text -> searchDelay.restart());
        search.addActionListener(e -> {
            if (!listModel.isEmpty()) {
                list.setSelectedIndex(0);
                list.requestFocusInWindow();
            }
        });
        list.addListSelectionListener(e -> use.setEnabled(list.getSelectedIndex() >= 0));
        Ui.onKey(list, "ENTER", this::useSelected);
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    useSelected();
                }
            }
        });
        use.setEnabled(false);
        use.addActionListener(e -> useSelected());
        add.addActionListener(e -> addPatient());
        dob.addActionListener(e -> addPatient());
        Ui.onTextChange(dob, text -> {
            String said = model.dateOfBirthSaid(text);
            dobSaid.setText(said.isEmpty() ? " " : said);
        });
        chart.addActionListener(e -> addPatient());
        model.onResultsChanged(this::showResults);
        model.onProblemsChanged(this::showProblems);
        // Asked after the task that found the look-alike has finished, not inside it, so the busy bar
        // does not keep spinning while the question waits for an answer.
        model.onQuestionAsked(() -> SwingUtilities.invokeLater(this::askAboutLookAlike));
        model.onFormDone(this::clearForm);
    }

    void focusSearch() {
        search.requestFocusInWindow();
    }

    /** Loads the first patients once the panel is shown. */
    void refresh() {
        runSearch();
    }

    /**
     * Searches again because another PC added or erased patients, or the clinic server is back: a failure is not
     * shown (the server's band speaks for it, and the next change searches again).
     */
    void refreshQuietly() {
        runSearch(error -> { });
    }

    private void runSearch() {
        runSearch(onError);
    }

    private void runSearch(java.util.function.Consumer<Throwable> whenFailed) {
        String query = search.getText();
        org.physiokiosk.staff.Actor who = session.actor();
        tasks.run(() -> patients.search(who, query, MAX_RESULTS), model::setResults, whenFailed);
    }

    private void showResults() {
        assert SwingUtilities.isEventDispatchThread();
        listModel.clear();
        model.results().forEach(listModel::addElement);
        String none = search.getText().isBlank() ? Messages.get("patient.noneYet") : Messages.get("patient.none");
        noMatch.setText(listModel.isEmpty() ? none : " ");
    }

    private void showProblems() {
        nameProblem.setText(orSpace(model.problem(PatientForm.Field.NAME)));
        dobProblem.setText(orSpace(model.problem(PatientForm.Field.DATE_OF_BIRTH)));
        chartProblem.setText(orSpace(model.problem(PatientForm.Field.CHART_NUMBER)));
    }

    private static String orSpace(String text) {
        return text.isEmpty() ? " " : text;
    }

    private void useSelected() {
        Patient p = list.getSelectedValue();
        if (p != null) {
            model.choose(p);
        }
    }

    private void addPatient() {
        NewPatient candidate = model.check(name.getText(), dob.getText(), chart.getText()).orElse(null);
        if (candidate == null) {
            if (!model.problem(PatientForm.Field.NAME).isEmpty()) {
                name.requestFocusInWindow();
            } else if (!model.problem(PatientForm.Field.DATE_OF_BIRTH).isEmpty()) {
                dob.requestFocusInWindow();
            } else {
                chart.requestFocusInWindow();
            }
            return;
        }
        add.setEnabled(false);
        org.physiokiosk.staff.Actor who = session.actor();
        tasks.run(() -> patients.addUnlessOnRecord(who, candidate), result -> {
            add.setEnabled(true);
            model.addFinished(result);
        }, error -> {
            add.setEnabled(true);
            onError.accept(error);
        });
    }

    /**
     * Shows the model's look-alike question and hands the answer back. Enter and the first button use the
     * record on file; Escape or closing the window cancels; adding another takes its own button (Alt+A).
     */
    private void askAboutLookAlike() {
        if (model.question().isEmpty()) {
            return;
        }
        JButton useExisting = questionButton("patient.lookAlike.use", "lookAlikeUse", KeyEvent.VK_U);
        JButton addAnother = questionButton("patient.lookAlike.addAnother", "lookAlikeAddAnother", KeyEvent.VK_A);
        JButton cancel = questionButton("patient.lookAlike.cancel", "lookAlikeCancel", KeyEvent.VK_C);
        String text = model.questionText();
        JOptionPane pane = new JOptionPane(text, JOptionPane.QUESTION_MESSAGE, JOptionPane.DEFAULT_OPTION, null,
                new Object[] {useExisting, addAnother, cancel}, useExisting) {
            @Override
            public int getMaxCharactersPerLineCount() {
                return 70; // a 200-character name wraps instead of widening the window past the screen
            }
        };
        pane.setName("lookAlikeQuestion");
        JDialog dialog = pane.createDialog(this, Messages.get("patient.lookAlike.title"));
        dialog.setName("lookAlikeDialog");
        dialog.setModalityType(java.awt.Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.getAccessibleContext().setAccessibleDescription(text);
        dialog.setVisible(true);
        dialog.dispose();
        Object chosen = pane.getValue();
        PatientModel.Answer answer = chosen == useExisting ? PatientModel.Answer.USE_EXISTING
                : chosen == addAnother ? PatientModel.Answer.ADD_ANOTHER
                : PatientModel.Answer.CANCEL;
        model.answer(answer).ifPresent(confirmed -> {
            add.setEnabled(false);
            org.physiokiosk.staff.Actor who = session.actor();
            tasks.run(() -> patients.add(who, confirmed), saved -> {
                add.setEnabled(true);
                model.addFinished(new org.physiokiosk.patient.AddResult.Added(saved));
            }, error -> {
                add.setEnabled(true);
                onError.accept(error);
            });
        });
        if (answer == PatientModel.Answer.CANCEL) {
            name.requestFocusInWindow();
        }
    }

    private static JButton questionButton(String key, String componentName, int mnemonic) {
        JButton button = named(new JButton(Messages.get(key)), componentName);
        button.setMnemonic(mnemonic);
        button.getAccessibleContext().setAccessibleName(Messages.get(key));
        button.addActionListener(e -> {
            JOptionPane pane = (JOptionPane) SwingUtilities.getAncestorOfClass(JOptionPane.class, button);
            if (pane != null) {
                pane.setValue(button);
            }
        });
        return button;
    }

    private void clearForm() {
        name.setText("");
        dob.setText("");
        chart.setText("");
        model.chosen().ifPresent(p -> search.setText(p.name()));
    }
}

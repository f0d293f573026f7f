package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.handout.ExportService;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.record.PatientRecordService;
import org.physiokiosk.store.Backups;
import org.physiokiosk.store.ClinicRepository;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.store.PatientRepository;

/** The kiosk window: three screens as tabs (patient, plan, notes and handout) and a status bar. */
public final class KioskFrame extends JFrame {

    private final PatientModel patientModel;
    private final PlanModel planModel;
    private final JTabbedPane tabs = named(new JTabbedPane(), "screens");
    private final JLabel patientStatus = named(new JLabel(Messages.get("status.noPatient")), "patientStatus");
    private final JProgressBar busy = named(new JProgressBar(), "busy");
    private final PatientPanel patientPanel;
    private final HandoutModel handoutModel;
    private final RecordPanel recordPanel;
    private final Deps deps;

    /** What the window needs, wired in one place (app.Services, or a test). */
    public record Deps(Catalogue catalogue, PatientRepository patients, PlanRepository plans, NoteRepository notes,
                       HandoutRepository handouts, ClinicRepository clinics, ExportService export,
                       PatientRecordService records, Backups backups, Path database, HandoutPrinter printer,
                       PrinterPreference printerPreference, Path printables, Tasks tasks, Clock clock,
                       java.util.function.Consumer<Path> restore,
                       org.physiokiosk.library.ClinicTemplates clinicTemplates,
                       org.physiokiosk.library.ClinicExercises clinicExercises) {
    }

    public KioskFrame(Deps deps) {
        super(Messages.get("app.title"));
        assert SwingUtilities.isEventDispatchThread();
        setName("kiosk");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        Tasks tasks = deps.tasks();
        patientModel = new PatientModel(deps.clock());
        planModel = new PlanModel(deps.catalogue());
        handoutModel = new HandoutModel();
        this.deps = deps;

        patientPanel = new PatientPanel(patientModel, deps.patients(), tasks, this::showError);
        HandoutPanel handoutPanel = new HandoutPanel(handoutModel, patientModel, planModel, deps.export(),
                deps.printer(), deps.printerPreference(), deps.printables(), tasks, this::showError);
        ClinicSettingsPanel clinicPanel = new ClinicSettingsPanel(new ClinicSettingsModel(), deps.clinics(),
                deps.backups(), deps.database(), deps.restore(), tasks, this::showError);
        recordPanel = new RecordPanel(new RecordModel(), deps.notes(), deps.handouts(), deps.export(), deps.records(),
                deps.printables(), tasks, this::showError, this::patientErased);
        tabs.addTab(Messages.get("tab.patient"), patientPanel);
        tabs.addTab(Messages.get("tab.plan"), new PlanPanel(planModel, deps.clinicExercises(), deps.clinicTemplates(), tasks,
                this::showError));
        tabs.addTab(Messages.get("tab.handout"), handoutPanel);
        tabs.addTab(Messages.get("tab.clinic"), clinicPanel);
        tabs.addTab(Messages.get("tab.record"), recordPanel);
        tabs.setMnemonicAt(0, KeyEvent.VK_1);
        tabs.setMnemonicAt(1, KeyEvent.VK_2);
        tabs.setMnemonicAt(2, KeyEvent.VK_3);
        tabs.setMnemonicAt(3, KeyEvent.VK_4);
        tabs.setMnemonicAt(4, KeyEvent.VK_5);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == recordPanel) {
                recordPanel.show(patientModel.chosen().orElse(null));
            }
        });
        handoutPanel.refreshPrinters();
        clinicPanel.refresh();

        JPanel statusBar = new JPanel(new MigLayout("insets 6 16 6 16", "[grow][]", ""));
        statusBar.add(patientStatus);
        busy.setIndeterminate(true);
        busy.setVisible(false);
        busy.setString(Messages.get("status.busy"));
        busy.setStringPainted(true);
        statusBar.add(busy, "w 160!");
        tasks.onBusyChange(b -> busy.setVisible(b));

        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        patientModel.onChosenChanged(this::patientChosen);
        setMinimumSize(new Dimension(900, 640));
        setSize(new Dimension(1180, 800));
        setLocationRelativeTo(null);
        patientPanel.refresh();
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                patientPanel.focusSearch();
            }
        });
    }

    private void patientChosen() {
        patientModel.chosen().ifPresentOrElse(p -> {
            patientStatus.setText(Messages.get("status.patient", p.name(), p.dateOfBirth()));
            planModel.clear();
            handoutModel.startNew();
            recordPanel.show(p);
            tabs.setSelectedIndex(1);
            deps.tasks().run(() -> deps.plans().latestFor(p.id()).flatMap(id -> deps.plans().find(id, deps.catalogue())),
                    latest -> latest.ifPresent(plan -> {
                        if (patientModel.chosen().filter(c -> c.id() == p.id()).isPresent()) {
                            planModel.load(plan.draft().items());
                            handoutModel.loadFrom(plan.id(), plan.draft());
                        }
                    }), this::showError);
        }, () -> {
            patientStatus.setText(Messages.get("status.noPatient"));
            planModel.clear();
            handoutModel.startNew();
            recordPanel.show(null);
        });
    }

    private void patientErased() {
        patientModel.choose(null);
        patientPanel.refresh();
    }

    private void showError(Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        JOptionPane.showMessageDialog(this, message, Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
    }
}

package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.service.AuditDesk;
import org.physiokiosk.service.StaffDesk;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.wiring.Services;

/**
 * One person's kiosk window: the screens as tabs (patient, plan, handout, clinic, record, and for an administrator
 * the audit trail) and a status bar saying who is signed in, with Lock and Switch user. Each signed-in person has
 * their own window, so one person's unsaved work waits while another works.
 */
public final class KioskFrame extends JFrame {

    private final PatientModel patientModel;
    private final PlanModel planModel;
    private final JTabbedPane tabs = named(new JTabbedPane(), "screens");
    private final JProgressBar busy = named(new JProgressBar(), "busy");
    private final PatientPanel patientPanel;
    private final HandoutModel handoutModel;
    private final RecordPanel recordPanel;
    private final AuditPanel auditPanel;
    private final StaffPanel staffPanel;
    private final Deps deps;
    private final Session session;
    private final JLabel backupProblem = named(new JLabel(" "), "backupStatus");
    private final JLabel clinicNotSet = named(new JLabel(" "), "clinicNotSet");
    private final ClinicSettingsModel clinicModel = new ClinicSettingsModel();
    private final ClinicSettingsPanel clinicPanel;
    /** Set when this window is to ask for the clinic's details once they are read and found not set. */
    private boolean offerClinicDetails;
    private final JLabel serverBanner = named(new JLabel(Messages.get("server.lost")), "serverBanner");
    private final javax.swing.JButton lock = named(new javax.swing.JButton(Messages.get("lock.now")), "lockNow");
    private final javax.swing.JButton switchUser = named(new javax.swing.JButton(Messages.get("lock.switchUser")),
            "switchUser");
    private final PatientHeader header = new PatientHeader(lock, switchUser, busy);

    /** What the window asks of the kiosk around it: lock now, let someone else sign in, a new lock time. */
    public interface Controls {
        void lock();

        void switchUser();

        void lockMinutesChanged(int minutes);

        /** For a window on its own (a test): the buttons do nothing. */
        Controls NONE = new Controls() {
            @Override
            public void lock() {
            }

            @Override
            public void switchUser() {
            }

            @Override
            public void lockMinutesChanged(int minutes) {
            }
        };
    }

    /** What the window needs, wired in one place (wiring.Services, or a test). */
    public record Deps(Catalogue catalogue, Services.Desks desks, HandoutPrinter printer,
                       PrinterPreference printerPreference, Path printables, Tasks tasks, Clock clock,
                       java.util.function.BiConsumer<Actor, Path> restore, Controls controls) {
    }

    public KioskFrame(Deps deps, Actor owner) {
        super(Messages.get("app.title"));
        assert SwingUtilities.isEventDispatchThread();
        setName("kiosk");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        Tasks tasks = deps.tasks();
        patientModel = new PatientModel(deps.clock());
        planModel = new PlanModel(deps.catalogue());
        handoutModel = new HandoutModel();
        this.deps = deps;
        this.session = new Session(owner);
        Services.Desks desks = deps.desks();

        patientPanel = new PatientPanel(patientModel, desks.patients(), session, tasks, this::showError);
        HandoutPanel handoutPanel = new HandoutPanel(handoutModel, patientModel, planModel, desks.handouts(), session,
                deps.printer(), deps.printerPreference(), deps.printables(), tasks, this::showError);
        clinicPanel = new ClinicSettingsPanel(clinicModel, desks.clinic(), session,
                backup -> deps.restore().accept(session.actor(), backup), deps.controls()::lockMinutesChanged, tasks,
                this::showError);
        recordPanel = new RecordPanel(new RecordModel(), desks.notes(), desks.handouts(), desks.records(), session,
                deps.printables(), tasks, this::showError, this::patientErased);
        tabs.addTab(Messages.get("tab.patient"), patientPanel);
        tabs.addTab(Messages.get("tab.plan"), new PlanPanel(planModel, desks.clinicExercises(), desks.clinicTemplates(),
                desks.library(), session, tasks, this::showError));
        tabs.addTab(Messages.get("tab.handout"), handoutPanel);
        tabs.addTab(Messages.get("tab.clinic"), clinicPanel);
        tabs.addTab(Messages.get("tab.record"), recordPanel);
        auditPanel = new AuditPanel(new AuditModel(deps.clock().getZone()), desks.audit(), session::actor, tasks,
                this::showError);
        staffPanel = new StaffPanel(new StaffModel(), desks.team(), session::actor, tasks, this::showError);
        tabs.setMnemonicAt(0, KeyEvent.VK_1);
        tabs.setMnemonicAt(1, KeyEvent.VK_2);
        tabs.setMnemonicAt(2, KeyEvent.VK_3);
        tabs.setMnemonicAt(3, KeyEvent.VK_4);
        tabs.setMnemonicAt(4, KeyEvent.VK_5);
        tabs.addChangeListener(e -> {
            refreshHeaderRecord();
            if (tabs.getSelectedComponent() == recordPanel) {
                recordPanel.show(patientModel.chosen().orElse(null));
            } else if (tabs.getSelectedComponent() == auditPanel) {
                auditPanel.refresh();
            } else if (tabs.getSelectedComponent() == staffPanel) {
                staffPanel.refresh();
            }
        });
        handoutPanel.refreshPrinters();
        clinicPanel.refresh();

        lock.setMnemonic(KeyEvent.VK_K);
        lock.setToolTipText(Messages.get("lock.tooltip"));
        lock.addActionListener(e -> deps.controls().lock());
        switchUser.setMnemonic(KeyEvent.VK_U);
        switchUser.addActionListener(e -> deps.controls().switchUser());
        session.onChanged(this::showWho);
        showWho();
        clinicModel.onChanged(this::showClinicState);
        session.onChanged(this::showClinicState);
        busy.setIndeterminate(true);
        busy.setString(Messages.get("status.busy"));
        busy.setStringPainted(true);
        tasks.onBusyChange(header::showBusy);

        JPanel south = new JPanel(new BorderLayout());
        backupProblem.putClientProperty("FlatLaf.styleClass", "warning");
        backupProblem.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 16, 0, 16));
        backupProblem.setVisible(false);
        clinicNotSet.putClientProperty("FlatLaf.styleClass", "notice");
        clinicNotSet.setVisible(false);
        header.holdClinicNotSet(clinicNotSet);
        south.add(backupProblem, BorderLayout.NORTH);
        serverBanner.putClientProperty("FlatLaf.styleClass", "banner");
        serverBanner.setOpaque(true);
        serverBanner.setVisible(false);
        JPanel north = new JPanel(new BorderLayout());
        north.add(serverBanner, BorderLayout.NORTH);
        north.add(header, BorderLayout.CENTER);
        getContentPane().add(north, BorderLayout.NORTH);
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        patientModel.onChosenChanged(this::patientChosen);
        handoutModel.onChanged(() -> {
            if (!handoutModel.exporting()) {
                refreshHeaderRecord();
            }
        });
        setMinimumSize(new Dimension(900, 640));
        // As large as suits the screens, never larger than the screen's room less its taskbar.
        java.awt.Rectangle room = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(new Dimension(Math.min(1180, room.width), Math.min(800, room.height)));
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
            header.showPatient(p, LocalDate.now(deps.clock()));
            planModel.clear();
            handoutModel.startNew();
            recordPanel.show(p);
            tabs.setSelectedIndex(1);
            Actor who = session.actor();
            deps.tasks().run(() -> deps.desks().patients().open(who, p.id()),
                    opened -> {
                        if (patientModel.chosen().filter(c -> c.id() == p.id()).isEmpty()) {
                            return;
                        }
                        header.showRecord(opened, deps.clock().getZone());
                        opened.latestPlan().ifPresent(plan -> {
                            planModel.load(plan.draft().items());
                            handoutModel.loadFrom(plan.id(), plan.draft());
                        });
                    }, this::showError);
        }, () -> {
            header.showNoPatient();
            planModel.clear();
            handoutModel.startNew();
            recordPanel.show(null);
        });
    }

    /** Reads the chosen patient's plan and last visit again, after a handout or a note, for the header. */
    private void refreshHeaderRecord() {
        patientModel.chosen().ifPresent(p -> {
            Actor who = session.actor();
            deps.tasks().run(() -> deps.desks().patients().seenAgain(who, p.id()), opened -> {
                if (patientModel.chosen().filter(c -> c.id() == p.id()).isPresent()) {
                    header.showRecord(opened, deps.clock().getZone());
                }
            }, error -> { }); // the header keeps what it said; the screen that failed says why
        });
    }

    private void showWho() {
        Actor who = session.actor();
        header.showSignedIn(Messages.get("status.signedIn", who.fullName(), Messages.get("role." + who.role().id())));
        // The audit trail is an administrator's screen (Alt+6); it is not there for anyone else.
        int at = tabs.indexOfComponent(auditPanel);
        if (AuditDesk.mayRead(who) && at < 0) {
            tabs.addTab(Messages.get("tab.audit"), auditPanel);
            tabs.setMnemonicAt(tabs.getTabCount() - 1, KeyEvent.VK_6);
        } else if (!AuditDesk.mayRead(who) && at >= 0) {
            tabs.remove(at);
        }
        // So is the Staff screen (Alt+7).
        int staffAt = tabs.indexOfComponent(staffPanel);
        if (StaffDesk.mayManage(who) && staffAt < 0) {
            tabs.addTab(Messages.get("tab.staff"), staffPanel);
            tabs.setMnemonicAt(tabs.getTabCount() - 1, KeyEvent.VK_7);
        } else if (!StaffDesk.mayManage(who) && staffAt >= 0) {
            tabs.remove(staffAt);
        }
    }

    /**
     * While the clinic has not given its details, a line says so: an administrator is pointed to Clinic settings,
     * anyone else told that an administrator sets them.
     */
    private void showClinicState() {
        boolean notSet = clinicModel.saved().filter(c -> !c.hasDetails()).isPresent();
        boolean admin = org.physiokiosk.service.ClinicDesk.mayChange(session.actor());
        clinicNotSet.setText(Messages.get(admin ? "status.clinicNotSetAdmin" : "status.clinicNotSet"));
        // Said in full where the line is cut short on a narrow window.
        String full = Messages.get(admin ? "status.clinicNotSetAdminFull" : "status.clinicNotSetFull");
        clinicNotSet.setToolTipText(full);
        clinicNotSet.getAccessibleContext().setAccessibleDescription(full);
        header.showClinic(clinicModel.saved().map(org.physiokiosk.clinic.ClinicSettings::name), notSet);
        if (notSet && offerClinicDetails) {
            offerClinicDetails = false;
            askForClinicDetails(clinicModel.saved().get());
        }
    }

    /**
     * Asks the administrator signed in here for the clinic's details, once they are read and only if they are not
     * set: the first start of a database, and an older one whose details were never given.
     */
    void offerClinicDetails() {
        if (!org.physiokiosk.service.ClinicDesk.mayChange(session.actor())) {
            return;
        }
        offerClinicDetails = true;
        showClinicState();
    }

    private void askForClinicDetails(org.physiokiosk.clinic.ClinicSettings current) {
        // The computer's country is looked up off the event thread: it reads the time zone data from the program.
        deps.tasks().run(() -> deps.desks().clinic().localEmergency(), local -> {
            ClinicDetailsDialog dialog = new ClinicDetailsDialog(this, current, local, deps.desks().clinic(),
                    session.actor(), deps.tasks(), saved -> clinicPanel.refresh());
            // Shown later: a modal dialog's setVisible waits until it closes, and the caller must not.
            SwingUtilities.invokeLater(() -> dialog.setVisible(true));
        }, error -> showError(error));
    }

    /** Whether the clinic server cannot be reached: said across the top until it is back; the work stays as it is. */
    void showServerLost(boolean lost) {
        boolean wasLost = serverBanner.isVisible();
        serverBanner.setVisible(lost);
        if (wasLost && !lost) {
            // Back: read again what this window shows, with whatever the other PCs did meanwhile.
            patientPanel.refreshQuietly();
            patientModel.chosen().ifPresent(p -> {
                if (tabs.getSelectedComponent() == recordPanel) {
                    recordPanel.refreshQuietly(p);
                }
            });
        }
    }

    /**
     * Other PCs added to the record: the patient list is searched again when patients were added or erased; the
     * chosen patient's record is read again when it grew, and a plan saved for them elsewhere is mentioned on the
     * handout screen (the plan being edited here stays as it is; saving it shows what differs). A chosen patient who
     * was erased elsewhere is put down.
     */
    void recordChanged(org.physiokiosk.service.RecordWatch.Changes changes) {
        if (changes.patientsAddedOrErased()) {
            patientPanel.refreshQuietly();
        }
        patientModel.chosen().ifPresent(p -> {
            Actor who = session.actor();
            if (changes.patientsAddedOrErased()) {
                deps.tasks().run(() -> deps.desks().patients().stillOnRecord(who, p.id()), still -> {
                    if (!still && patientModel.chosen().filter(c -> c.id() == p.id()).isPresent()) {
                        patientErased();
                        Ui.warn(this, Messages.get("server.patientErased", p.name()), Messages.get("app.title"));
                    }
                }, error -> { }); // a server lost meanwhile is said by the banner; the next change asks again
            }
            if (!changes.patientsTouched().contains(p.id())) {
                return;
            }
            if (tabs.getSelectedComponent() == recordPanel) {
                recordPanel.refreshQuietly(p);
            }
            deps.tasks().run(() -> deps.desks().patients().latestPlan(who, p.id()), latest -> {
                boolean same = patientModel.chosen().filter(c -> c.id() == p.id()).isPresent();
                if (same && latest.isPresent() && !latest.get().equals(handoutModel.basedOn())
                        && !handoutModel.exporting()) {
                    handoutModel.done(Messages.get("handout.savedElsewhere", latest.get()));
                }
            }, error -> { }); // as above
        });
    }

    /** A failed backup, said in every window until one works (empty: nothing to say). */
    void showBackup(String problem) {
        backupProblem.setText(problem.isEmpty() ? " " : problem);
        backupProblem.setVisible(!problem.isEmpty());
    }

    /** The person whose work this window holds, and who acts in it now. */
    Session session() {
        return session;
    }

    private void patientErased() {
        patientModel.choose(null);
        patientPanel.refresh();
    }

    private void showError(Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        Ui.error(this, message, Messages.get("app.title"));
    }
}

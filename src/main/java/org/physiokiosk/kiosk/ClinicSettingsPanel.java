package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.service.ClinicDesk;
import org.physiokiosk.staff.Actor;

/** Screen 4: the clinic's name, address, phone, emergency number, logo and paper, printed on handouts. */
final class ClinicSettingsPanel extends JPanel {

    private final ClinicSettingsModel model;
    private final ClinicDesk clinics;
    private final Session session;
    private final Tasks tasks;
    private final Consumer<Throwable> onError;

    private final JTextField name = named(new JTextField(), "clinicName");
    private final JTextField address = named(new JTextField(), "clinicAddress");
    private final JTextField phone = named(new JTextField(), "clinicPhone");
    private final JTextField emergency = named(new JTextField(), "clinicEmergency");
    private final JTextField doctorLine = named(new JTextField(), "clinicDoctorLine");
    private final JComboBox<PaperSize> paper = named(new JComboBox<>(PaperSize.values()), "clinicPaper");
    private final JLabel logoState = named(new JLabel(" "), "clinicLogoState");
    private final JButton chooseLogo = named(new JButton(Messages.get("clinic.chooseLogo")), "clinicChooseLogo");
    private final JButton removeLogo = named(new JButton(Messages.get("clinic.removeLogo")), "clinicRemoveLogo");
    private final JButton save = Ui.primary(named(new JButton(Messages.get("clinic.save")), "clinicSave"));
    private final JLabel status = named(new JLabel(" "), "clinicStatus");

    private final JButton backupNow = named(new JButton(Messages.get("clinic.backupNow")), "clinicBackupNow");
    private final JButton restore = named(new JButton(Messages.get("clinic.restore")), "clinicRestore");
    private final javax.swing.JSpinner lockMinutes = named(new javax.swing.JSpinner(
            new javax.swing.SpinnerNumberModel(5, 1, 30, 1)), "clinicLockMinutes");
    private final JLabel recordsWhere = named(new JLabel(" "), "clinicRecordsWhere");
    private final JLabel adminOnly = named(new JLabel(Messages.get("clinic.adminOnly")), "clinicAdminOnly");
    private final Consumer<Path> onRestore;
    private final java.util.function.IntConsumer onLockMinutes;

    ClinicSettingsPanel(ClinicSettingsModel model, ClinicDesk clinics, Session session, Consumer<Path> onRestore,
                        java.util.function.IntConsumer onLockMinutes, Tasks tasks, Consumer<Throwable> onError) {
        super(new MigLayout("insets 16, wrap 2, hidemode 3", "[right][grow, fill, 300:600:]", ""));
        this.model = model;
        this.clinics = clinics;
        this.session = session;
        this.onLockMinutes = onLockMinutes;
        this.tasks = tasks;
        this.onError = onError;
        this.onRestore = onRestore;
        JLabel title = new JLabel(Messages.get("clinic.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 2, left, wrap 12");
        adminOnly.putClientProperty("FlatLaf.styleClass", "status");
        add(adminOnly, "span 2, left, wrap 8");
        add(Ui.labelFor(Messages.get("clinic.name"), name, KeyEvent.VK_N));
        add(name, "h 40!");
        add(Ui.labelFor(Messages.get("clinic.address"), address, KeyEvent.VK_D));
        add(address, "h 40!");
        add(Ui.labelFor(Messages.get("clinic.phone"), phone, KeyEvent.VK_P));
        add(phone, "h 40!");
        add(Ui.labelFor(Messages.get("clinic.emergency"), emergency, KeyEvent.VK_E));
        // The doctor or out-of-hours line shares the emergency number's row: both are numbers to call, and the
        // screen must fit 1024 x 768.
        add(emergency, "split 3, growx 0, w 120!, h 40!");
        add(Ui.labelFor(Messages.get("clinic.doctorLine"), doctorLine, KeyEvent.VK_O), "gapleft 16");
        doctorLine.putClientProperty("JTextField.placeholderText", Messages.get("clinic.doctorLineHint"));
        add(doctorLine, "growx, h 40!");
        add(Ui.labelFor(Messages.get("clinic.paper"), paper, KeyEvent.VK_R));
        add(paper, "split 3, growx 0, w 160!, h 40!");
        JLabel lockLabel = Ui.labelFor(Messages.get("clinic.lockMinutes"), lockMinutes, KeyEvent.VK_K);
        add(lockLabel, "gapleft 32");
        add(lockMinutes, "w 90!, h 40!");
        add(new JLabel(Messages.get("clinic.logo")));
        add(logoState, "split 3");
        chooseLogo.setMnemonic(KeyEvent.VK_L);
        add(chooseLogo, "growx 0, h 40!");
        add(removeLogo, "growx 0, h 40!");
        save.setMnemonic(KeyEvent.VK_S);
        add(save, "skip 1, growx 0, h 44!, gaptop 12");
        status.putClientProperty("FlatLaf.styleClass", "status");
        add(status, "span 2, growx, wmin 100");
        backupNow.setMnemonic(KeyEvent.VK_B);
        add(backupNow, "skip 1, split 2, growx 0, h 44!, gaptop 24");
        add(restore, "growx 0, h 44!");
        recordsWhere.setText(clinics.databaseFile() != null
                ? Messages.get("clinic.recordsWhere", clinics.databaseFile())
                : Messages.get("clinic.recordsOnServer", clinics.recordsWhere()));
        recordsWhere.putClientProperty("FlatLaf.styleClass", "status");
        add(recordsWhere, "skip 1, growx, wmin 100");
        backupNow.addActionListener(e -> {
            Actor who = session.actor();
            tasks.run(() -> clinics.backupNow(who), file -> model.status(Messages.get("clinic.backedUp", file)),
                    onError);
        });
        restore.addActionListener(e -> restoreBackup());

        chooseLogo.addActionListener(e -> chooseLogo());
        removeLogo.addActionListener(e -> model.setLogo(null));
        save.addActionListener(e -> saveSettings());
        model.onChanged(this::showState);
        session.onChanged(this::showRole);
        showRole();
    }

    /** Everyone sees the settings; only an administrator changes them, backs up and restores. */
    private void showRole() {
        boolean admin = ClinicDesk.mayChange(session.actor());
        for (JTextField f : new JTextField[] {name, address, phone, emergency, doctorLine}) {
            f.setEditable(admin);
        }
        paper.setEnabled(admin);
        lockMinutes.setEnabled(admin);
        for (JButton b : new JButton[] {chooseLogo, save, backupNow, restore}) {
            b.setVisible(admin);
        }
        // A clinic server is backed up and restored where it runs, not from a kiosk.
        boolean file = clinics.databaseFile() != null;
        backupNow.setVisible(admin && file);
        restore.setVisible(admin && file);
        removeLogo.setVisible(admin);
        adminOnly.setVisible(!admin);
    }

    /** Loads the saved settings into the form. */
    void refresh() {
        tasks.run(() -> new Loaded(clinics.settings(), clinics.lockMinutes()), loaded -> {
            lockMinutes.setValue(loaded.lockMinutes());
            savedLockMinutes = loaded.lockMinutes();
            model.loaded(loaded.settings());
        }, onError);
    }

    private record Loaded(ClinicSettings settings, int lockMinutes) {
    }

    /** The lock time as loaded, so saving the settings writes it (and its row) only when it changed. */
    private int savedLockMinutes = -1;

    private void showState() {
        model.saved().ifPresent(s -> {
            if (name.getText().isEmpty() && emergency.getText().isEmpty()) {
                name.setText(s.name());
                address.setText(s.address());
                phone.setText(s.phone());
                emergency.setText(s.emergencyNumber());
                doctorLine.setText(s.doctorLine());
                paper.setSelectedItem(s.paper());
            }
        });
        byte[] logo = model.logo();
        logoState.setText(logo.length == 0 ? Messages.get("clinic.noLogo")
                : Messages.get("clinic.hasLogo", Math.max(1, logo.length / 1024)));
        removeLogo.setEnabled(logo.length > 0);
        status.setText(model.status().isEmpty() ? " " : "<html>" + model.status() + "</html>");
    }

    private void chooseLogo() {
        JFileChooser chooser = Ui.chooser(null);
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("clinic.logoFilter"), "png", "jpg", "jpeg"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        tasks.run(() -> ClinicSettingsModel.LogoChoice.of(readAtMost(file, ClinicSettings.MAX_LOGO_BYTES + 1)),
                model::logoChosen, error -> model.status(Messages.get("clinic.logoUnreadable", file)));
    }

    /** One byte more than a logo may have is enough to refuse it; a huge file is never read whole. */
    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    /** Puts a chosen backup in place; the kiosk must close, as its open database is replaced. */
    private void restoreBackup() {
        JFileChooser chooser = Ui.chooser(clinics.backupsFolder().toFile());
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path backup = chooser.getSelectedFile().toPath();
        if (!Ui.confirm(this, Messages.get("clinic.restoreConfirm"), Messages.get("clinic.restore"),
                javax.swing.JOptionPane.WARNING_MESSAGE)) {
            return;
        }
        onRestore.accept(backup);
    }

    private void saveSettings() {
        model.check(name.getText(), address.getText(), phone.getText(), emergency.getText(), doctorLine.getText(),
                (PaperSize) paper.getSelectedItem()).ifPresent(settings -> {
                    save.setEnabled(false);
                    Actor who = session.actor();
                    int minutes = (Integer) lockMinutes.getValue();
                    boolean lockChanged = minutes != savedLockMinutes;
                    tasks.run(() -> {
                        clinics.save(who, settings);
                        if (lockChanged) {
                            clinics.saveLockMinutes(who, minutes);
                        }
                        return settings;
                    }, saved -> {
                        save.setEnabled(true);
                        model.savedAs(saved, lockChanged ? Messages.get("clinic.savedWithLock", minutes)
                                : Messages.get("clinic.saved"));
                        if (lockChanged) {
                            savedLockMinutes = minutes;
                            onLockMinutes.accept(minutes);
                        }
                    }, error -> {
                        save.setEnabled(true);
                        model.status(error.getMessage());
                    });
                });
    }
}

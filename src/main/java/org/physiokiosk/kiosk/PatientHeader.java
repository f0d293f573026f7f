package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.Patient;

/**
 * The band across the top of every screen: on the left the chosen patient (name, born and age, chart number, their
 * plan and last visit), on the right the clinic and who is signed in, with Lock and Switch user. Whoever walks up to
 * the desk sees whose record is open and in whose name the next thing is saved.
 */
final class PatientHeader extends JPanel {

    private final JLabel name = named(new JLabel(), "patientStatus");
    private final JLabel identity = named(new JLabel(" "), "patientDetails");
    private final JLabel record = named(new JLabel(" "), "patientRecord");
    private final JLabel clinic = named(new JLabel(" "), "clinicName");
    private final JLabel signedIn = named(new JLabel(" "), "signedIn");

    private final JProgressBar busy;

    PatientHeader(JButton lock, JButton switchUser, JProgressBar busy) {
        super(new MigLayout("insets 6 16 6 16, gapy 0, hidemode 3", "[][0:0:, grow]16[right][]4[]", "[]0[]"));
        this.busy = busy;
        setName("header");
        putClientProperty("FlatLaf.styleClass", "header");
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")));
        name.putClientProperty("FlatLaf.styleClass", "h3");
        clinic.putClientProperty("FlatLaf.styleClass", "h4");
        name.getAccessibleContext().setAccessibleDescription(Messages.get("header.name"));
        add(name, "cell 0 0, wmin 0");
        add(identity, "cell 1 0, wmin 0, gapleft 12");
        add(clinic, "cell 2 0, wmin 0, right");
        add(busy, "cell 2 0, w 160!");
        add(lock, "cell 3 0, h 36!, spany 2, aligny center");
        add(switchUser, "cell 4 0, h 36!, spany 2, aligny center");
        add(record, "cell 0 1, span 2, wmin 0");
        add(signedIn, "cell 2 1, wmin 0, right");
        busy.setVisible(false);
        showNoPatient();
    }

    void showNoPatient() {
        show(name, Messages.get("header.noPatient"));
        show(identity, Messages.get("header.noPatientHint"));
        show(record, " ");
    }

    /** The patient just chosen, with what their row says; the record's line waits for {@link #showRecord}. */
    void showPatient(Patient p, LocalDate today) {
        show(name, p.name());
        show(identity, PatientHeaderText.identity(p, today));
        show(record, " ");
    }

    void showRecord(org.physiokiosk.service.PatientDesk.Opened seen, ZoneId zone) {
        show(record, PatientHeaderText.record(seen, zone));
    }

    private JLabel clinicNotSet = new JLabel();
    private boolean busyNow;
    private boolean notSet;

    /** The line saying the clinic's details are not set stands where the clinic's name would, taking no room. */
    void holdClinicNotSet(JLabel line) {
        remove(line);
        clinicNotSet = line;
        add(line, "cell 2 0, wmin 0");
        sync();
    }

    /** The clinic's name, or, while its details are not set, the line that says where to set them. */
    void showClinic(Optional<String> clinicName, boolean detailsNotSet) {
        show(clinic, clinicName.filter(n -> !n.isBlank()).orElse(" "));
        notSet = detailsNotSet;
        sync();
    }

    void showSignedIn(String text) {
        show(signedIn, text);
    }

    /** While work runs in the background the bar stands where the clinic's name is. */
    void showBusy(boolean on) {
        busy.setVisible(on);
        busyNow = on;
        sync();
    }

    private void sync() {
        clinic.setVisible(!busyNow && !notSet);
        clinicNotSet.setVisible(!busyNow && notSet);
    }

    /** Cut short on a narrow window, a line is still said whole to the mouse and to a screen reader. */
    private static void show(JLabel label, String text) {
        label.setText(text);
        label.setToolTipText(text.isBlank() ? null : text);
        label.getAccessibleContext().setAccessibleName(text.isBlank() ? null : text);
    }
}

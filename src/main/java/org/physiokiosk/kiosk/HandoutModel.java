package org.physiokiosk.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/** State behind the notes-and-handout screen: what was typed, whether export may run, the last result. */
public final class HandoutModel {

    private final Listeners changed = new Listeners();
    private String therapist = "";
    private String nextAppointment = "";
    private String privateNote = "";
    private String patientInstructions = "";
    private boolean largePrint;
    private Long basedOn;
    private final Listeners loaded = new Listeners();
    private boolean exporting;
    private String status = "";
    private boolean problem;
    private Path lastFile;

    public void setTherapist(String value) {
        therapist = value == null ? "" : value;
    }

    public void setNextAppointment(String value) {
        nextAppointment = value == null ? "" : value;
    }

    public void setPrivateNote(String value) {
        privateNote = value == null ? "" : value;
    }

    public void setPatientInstructions(String value) {
        patientInstructions = value == null ? "" : value;
    }

    public void setLargePrint(boolean value) {
        largePrint = value;
    }

    public boolean largePrint() {
        return largePrint;
    }

    /** What stops an export, in the order to fix it; empty when export may run. */
    public List<String> problems(Optional<Patient> patient, List<PlanItem> items) {
        List<String> out = new ArrayList<>();
        if (patient.isEmpty()) {
            out.add(Messages.get("handout.needPatient"));
        }
        if (items.isEmpty()) {
            out.add(Messages.get("handout.needExercises"));
        }
        if (therapist.isBlank()) {
            out.add(Messages.get("handout.needTherapist"));
        }
        return out;
    }

    /**
     * The plan as edited here: an edit of the patient's latest plan as this screen loaded it ({@link #basedOn()};
     * none for a patient without a plan), so a plan saved on another PC meanwhile is never built over unseen.
     */
    public PlanDraft draft(Patient patient, List<PlanItem> items) {
        return new PlanDraft(patient.id(), items, patientInstructions, therapist, nextAppointment, privateNote,
                largePrint).editingLatest(basedOn);
    }

    public boolean exporting() {
        return exporting;
    }

    public void exportStarted() {
        exporting = true;
        status = Messages.get("status.busy");
        problem = false;
        changed.fire();
    }

    /** Starts from a recorded plan: the next export records its next version. The note starts empty. */
    public void loadFrom(long planNumber, PlanDraft plan) {
        basedOn = planNumber;
        therapist = plan.therapist();
        nextAppointment = plan.nextAppointment();
        patientInstructions = plan.patientInstructions();
        largePrint = plan.largePrint();
        privateNote = "";
        loaded.fire();
    }

    /** A patient with no plan yet: the next export starts a new series. */
    public void startNew() {
        basedOn = null;
        privateNote = "";
        patientInstructions = "";
        nextAppointment = "";
        largePrint = false;
        loaded.fire();
    }

    public Long basedOn() {
        return basedOn;
    }

    public String therapist() {
        return therapist;
    }

    public String nextAppointment() {
        return nextAppointment;
    }

    public String patientInstructions() {
        return patientInstructions;
    }

    public void onLoaded(Runnable r) {
        loaded.add(r);
    }

    public void exportFinished(long planNumber, Path file) {
        exporting = false;
        basedOn = planNumber;
        lastFile = file;
        status = Messages.get(privateNote.isBlank() ? "handout.exported" : "handout.exportedWithNote", planNumber, file);
        problem = false;
        changed.fire();
    }

    /** Background work finished; show this message (may be empty). */
    public void done(String message) {
        exporting = false;
        status = message;
        problem = false;
        changed.fire();
    }

    /** Background work failed, or stopped short of what was asked: this message is shown as a problem. */
    public void failed(String message) {
        exporting = false;
        status = message;
        problem = true;
        changed.fire();
    }

    /** Whether the status says something went wrong (drawn as a problem, never in the colour of success). */
    public boolean problem() {
        return problem;
    }

    /** After a successful export the note is on record; clear it so it is not saved twice. */
    public void clearNote() {
        privateNote = "";
    }

    public void showProblems(List<String> problems) {
        status = String.join(" ", problems);
        problem = true;
        changed.fire();
    }

    public String status() {
        return status;
    }

    public Optional<Path> lastFile() {
        return Optional.ofNullable(lastFile);
    }

    public boolean canOpen() {
        return lastFile != null && !exporting;
    }

    public void onChanged(Runnable r) {
        changed.add(r);
    }
}

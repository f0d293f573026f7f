package org.physiokiosk.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.LoggedHandout;

/** State behind the record screen: the chosen patient's notes (with amendments) and handouts. */
public final class RecordModel {

    /** One row of the notes list: an original note, or an amendment under it. */
    public record NoteRow(VisitNote note, long original) {
        public boolean amendment() {
            return note.isAmendment();
        }
    }

    private final Listeners changed = new Listeners();
    private Patient patient;
    private List<NoteRow> noteRows = List.of();
    private List<LoggedHandout> handouts = List.of();
    private String status = "";
    private boolean problem;

    public void loaded(Patient patient, List<NoteHistory> notes, List<LoggedHandout> handouts) {
        if (this.patient == null || this.patient.id() != patient.id()) {
            status = "";
            problem = false;
        }
        this.patient = patient;
        List<NoteRow> rows = new ArrayList<>();
        for (NoteHistory h : notes) {
            rows.add(new NoteRow(h.original(), h.original().id()));
            h.amendments().forEach(a -> rows.add(new NoteRow(a, h.original().id())));
        }
        this.noteRows = List.copyOf(rows);
        this.handouts = List.copyOf(handouts);
        changed.fire();
    }

    public void cleared() {
        patient = null;
        noteRows = List.of();
        handouts = List.of();
        changed.fire();
    }

    public Optional<Patient> patient() {
        return Optional.ofNullable(patient);
    }

    public List<NoteRow> noteRows() {
        return noteRows;
    }

    public List<LoggedHandout> handouts() {
        return handouts;
    }

    public void status(String message) {
        status = message;
        problem = false;
        changed.fire();
    }

    /** Something the person must do first, or that went wrong: shown as a problem, not as done. */
    public void problem(String message) {
        status = message;
        problem = true;
        changed.fire();
    }

    public boolean problem() {
        return problem;
    }

    public String status() {
        return status;
    }

    public void onChanged(Runnable r) {
        changed.add(r);
    }
}

package org.physiokiosk.service;

import java.util.List;
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.StoreException;

/**
 * Visit notes: clinicians and administrators only; the front desk never sees them. The author of a note or an
 * amendment is the signed-in person; only the command line on a database without staff names one.
 */
public final class NoteDesk {

    public static final String READ = "visit notes read";
    public static final String ADDED = "note added";
    public static final String AMENDED = "note amended";

    private final Gate gate;
    private final NoteRepository notes;

    public NoteDesk(Gate gate, NoteRepository notes) {
        this.gate = gate;
        this.notes = notes;
    }

    public List<NoteHistory> history(Actor who, long patientId) {
        return gate.act(who, Role.CLINICIAN, READ, patientId, () -> notes.history(patientId));
    }

    /** Whether {@code who} may read notes at all (the kiosk hides what a role may not open). */
    public static boolean mayRead(Actor who) {
        return who.role().covers(Role.CLINICIAN);
    }

    public VisitNote add(Actor who, long patientId, String text, String typedAuthor) {
        String author = author(who, typedAuthor);
        return gate.act(who, Role.CLINICIAN, ADDED, patientId, () -> notes.add(patientId, null, text, author));
    }

    public VisitNote amend(Actor who, long noteId, String text, String typedAuthor) {
        String author = author(who, typedAuthor);
        gate.require(who, Role.CLINICIAN, AMENDED, null);
        VisitNote original = notes.find(noteId).orElseThrow(() -> new StoreException.Refused(
                "There is no note number " + noteId + " (see: notes --patient ID)."));
        return gate.act(who, Role.CLINICIAN, AMENDED, original.patientId(),
                () -> notes.amend(noteId, text, author));
    }

    /** The signed-in person's full name; a typed name only for the command line without staff. */
    static String author(Actor who, String typed) {
        if (who.isStaff()) {
            return who.fullName();
        }
        if (typed == null || typed.isBlank()) {
            throw new StoreException.Refused("Name who writes the note (--author NAME).");
        }
        return typed;
    }
}

package org.physiokiosk.service;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.library.ClinicExercises;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;

/**
 * The clinic's own exercises and templates: changing them (copy, change, retire, import, templates) and marking an
 * exercise's text reviewed are a clinician's, exporting them an administrator's, each a row in the trail. The
 * reviewer is the signed-in person.
 */
public final class LibraryDesk {

    public static final String REVIEWED = "exercise reviewed";
    public static final String EXPORTED = "exercises exported";

    private final Gate gate;
    private final ClinicExercises exercises;

    public LibraryDesk(Gate gate, ClinicExercises exercises) {
        this.gate = gate;
        this.exercises = exercises;
    }

    public static boolean mayChange(Actor who) {
        return who.role().covers(Role.CLINICIAN);
    }

    /** A change to the library ({@code action} names it, e.g. "exercise retired: my-bridge"), with its row. */
    public <T> T change(Actor who, String action, Supplier<T> work) {
        return gate.act(who, Role.CLINICIAN, action, null, work);
    }

    /** Refuses, before anything is read, someone who may not export the clinic's exercises (the refusal in the trail). */
    public void checkMayExport(Actor who) {
        gate.require(who, Role.ADMINISTRATOR, EXPORTED, null);
    }

    /**
     * Writes the clinic's own exercises out of the record ({@code work} writes the file named {@code fileName}): an
     * administrator's, as the clinic's own work leaves with it. The row follows the work: done, or failed.
     */
    public <T> T export(Actor who, String fileName, Gate.Work<T, RuntimeException> work) {
        return gate.actThenRecord(who, Role.ADMINISTRATOR, EXPORTED + " to " + fileName, null, work);
    }

    /** Marks an exercise's text reviewed by the signed-in clinician (or, without staff, the name given). */
    public Exercise review(Actor who, String exerciseId, String typedBy, LocalDate on) {
        String by = NoteDesk.author(who, typedBy);
        return change(who, REVIEWED + ": " + exerciseId, () -> exercises.markReviewed(exerciseId, by, on));
    }
}

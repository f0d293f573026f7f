package org.physiokiosk.plan;

import java.util.List;

/**
 * A plan as the therapist has built it, ready to be recorded: the exercises in order, the
 * instructions printed for the patient, the therapist's name, the next appointment (free text, may
 * be empty), the private visit note (never printed; may be empty) and whether the handout is in
 * large print.
 */
public record PlanDraft(long patientId, List<PlanItem> items, String patientInstructions, String therapist,
                        String nextAppointment, String privateNote, boolean largePrint) {

    /** Plans longer than this are followed less; the therapist is warned. */
    public static final int ADVISED_MAX_EXERCISES = 6;

    public PlanDraft {
        items = List.copyOf(items);
        patientInstructions = strip(patientInstructions);
        therapist = strip(therapist);
        nextAppointment = strip(nextAppointment);
        privateNote = strip(privateNote);
    }

    public PlanDraft withLargePrint(boolean value) {
        return new PlanDraft(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, value);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

package org.physiokiosk.plan;

import java.util.List;

/**
 * A plan as the therapist has built it, ready to be recorded: the exercises in order, the
 * instructions printed for the patient, the therapist's name, the next appointment (free text, may
 * be empty) and the private visit note (never printed; may be empty).
 */
public record PlanDraft(long patientId, List<PlanItem> items, String patientInstructions, String therapist,
                        String nextAppointment, String privateNote) {

    /** Plans longer than this are followed less; the therapist is warned. */
    public static final int ADVISED_MAX_EXERCISES = 6;

    public PlanDraft {
        items = List.copyOf(items);
        patientInstructions = strip(patientInstructions);
        therapist = strip(therapist);
        nextAppointment = strip(nextAppointment);
        privateNote = strip(privateNote);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

package org.physiokiosk.plan;

import java.util.List;

/**
 * A plan as the therapist has built it, ready to be recorded: the exercises in order, the
 * instructions printed for the patient, the therapist's name, the next appointment (free text, may
 * be empty), the private visit note (never printed; may be empty) and whether the handout is in
 * large print, and the plan it changes (null for a new plan): recording it makes the next version.
 */
public record PlanDraft(long patientId, List<PlanItem> items, String patientInstructions, String therapist,
                        String nextAppointment, String privateNote, boolean largePrint, Long basedOnPlan) {

    /** Plans longer than this are followed less; the therapist is warned. */
    public static final int ADVISED_MAX_EXERCISES = 6;

    public PlanDraft {
        items = List.copyOf(items);
        patientInstructions = strip(patientInstructions);
        therapist = strip(therapist);
        nextAppointment = strip(nextAppointment);
        privateNote = strip(privateNote);
    }

    /** A plan that is not based on an earlier one. */
    public PlanDraft(long patientId, List<PlanItem> items, String patientInstructions, String therapist,
                     String nextAppointment, String privateNote, boolean largePrint) {
        this(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, largePrint, null);
    }

    public PlanDraft basedOn(Long planId) {
        return new PlanDraft(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, largePrint,
                planId);
    }

    /** The same plan signed by {@code name}: the signed-in person, never a typed name. */
    public PlanDraft withTherapist(String name) {
        return new PlanDraft(patientId, items, patientInstructions, name, nextAppointment, privateNote, largePrint,
                basedOnPlan);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

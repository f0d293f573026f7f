package org.physiokiosk.plan;

import java.util.List;

/**
 * A plan as the therapist has built it, ready to be recorded: the exercises in order, the
 * instructions printed for the patient, the therapist's name, the next appointment (free text, may
 * be empty), the private visit note (never printed; may be empty) and whether the handout is in
 * large print, and the plan it changes (null for a new plan): recording it makes the next version.
 * A draft edited on a screen that showed the patient's latest plan {@link #editsLatest() says so}: it is recorded only
 * while that is still the patient's latest plan (no plan at all, when {@code basedOnPlan} is null), so a plan saved on
 * another PC meanwhile is never built over unseen ({@link PlanChangedException}).
 */
public record PlanDraft(long patientId, List<PlanItem> items, String patientInstructions, String therapist,
                        String nextAppointment, String privateNote, boolean largePrint, Long basedOnPlan,
                        boolean editsLatest) {

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
        this(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, largePrint, null, false);
    }

    /** A plan based on another, not checked against the patient's latest. */
    public PlanDraft(long patientId, List<PlanItem> items, String patientInstructions, String therapist,
                     String nextAppointment, String privateNote, boolean largePrint, Long basedOnPlan) {
        this(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, largePrint, basedOnPlan,
                false);
    }

    /**
     * This draft as an edit of the patient's latest plan as it was seen: {@code latestSeen} (null: the patient had
     * none). Recording it is refused if another plan has been saved for the patient since.
     */
    public PlanDraft editingLatest(Long latestSeen) {
        return new PlanDraft(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, largePrint,
                latestSeen, true);
    }

    public PlanDraft basedOn(Long planId) {
        return new PlanDraft(patientId, items, patientInstructions, therapist, nextAppointment, privateNote, largePrint,
                planId, editsLatest);
    }

    /** The same plan signed by {@code name}: the signed-in person, never a typed name. */
    public PlanDraft withTherapist(String name) {
        return new PlanDraft(patientId, items, patientInstructions, name, nextAppointment, privateNote, largePrint,
                basedOnPlan, editsLatest);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}

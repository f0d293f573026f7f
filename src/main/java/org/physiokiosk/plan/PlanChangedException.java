package org.physiokiosk.plan;

/**
 * A plan edited as the patient's latest was not recorded: another plan (on another PC, or in another window) was
 * saved for the patient since it was opened. Nothing was written; the person who edited decides what to do with
 * their draft, seeing what changed ({@link PlanDifference}).
 */
public final class PlanChangedException extends RuntimeException {

    private final long patientId;
    private final Long seen;
    private final long latest;
    private final transient StoredPlan theirs;
    private final transient PlanDifference difference;

    public PlanChangedException(long patientId, Long seen, long latest) {
        this(patientId, seen, latest, null, null);
    }

    private PlanChangedException(long patientId, Long seen, long latest, StoredPlan theirs,
                                 PlanDifference difference) {
        super("Plan " + latest + " was saved for this patient after " + (seen == null ? "the patient was opened"
                : "plan " + seen + " was opened") + "; nothing was saved.", null, false, false);
        this.patientId = patientId;
        this.seen = seen;
        this.latest = latest;
        this.theirs = theirs;
        this.difference = difference;
    }

    /** The same refusal with the plan saved meanwhile and how it differs from {@code mine}, to show. */
    public PlanChangedException explained(StoredPlan latestPlan, PlanDraft mine) {
        return new PlanChangedException(patientId, seen, latest, latestPlan,
                PlanDifference.between(latestPlan.draft(), mine));
    }

    /** The plan saved meanwhile, once {@link #explained}; else null. */
    public StoredPlan theirs() {
        return theirs;
    }

    /** How the plan saved meanwhile differs from the draft, once {@link #explained}; else null. */
    public PlanDifference difference() {
        return difference;
    }

    public long patientId() {
        return patientId;
    }

    /** The plan the draft was based on (null: the patient had none when it was opened). */
    public Long seen() {
        return seen;
    }

    /** The patient's latest plan now. */
    public long latest() {
        return latest;
    }
}

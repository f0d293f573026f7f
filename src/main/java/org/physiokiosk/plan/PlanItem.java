package org.physiokiosk.plan;

import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.Exercise;

/** One exercise in a patient's plan, with the dosage and personal instruction chosen for them. */
public record PlanItem(Exercise exercise, Dosage dosage, String personalInstruction) {

    public PlanItem {
        personalInstruction = personalInstruction == null ? "" : personalInstruction.strip();
    }

    public static PlanItem of(Exercise exercise) {
        return new PlanItem(exercise, exercise.dosage(), "");
    }

    public PlanItem withDosage(Dosage value) {
        return new PlanItem(exercise, value, personalInstruction);
    }

    public PlanItem withPersonalInstruction(String value) {
        return new PlanItem(exercise, dosage, value);
    }
}

package org.physiokiosk.plan;

import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.Exercise;

/**
 * One exercise in a patient's plan, with the dosage and personal instruction chosen for them, and the therapist's
 * own word on when to move on to the next step ({@code moveOn}, empty for none: the exercise's own line, if it has
 * one, is printed instead).
 */
public record PlanItem(Exercise exercise, Dosage dosage, String personalInstruction, String moveOn) {

    public PlanItem {
        personalInstruction = personalInstruction == null ? "" : personalInstruction.strip();
        moveOn = moveOn == null ? "" : moveOn.strip();
    }

    public PlanItem(Exercise exercise, Dosage dosage, String personalInstruction) {
        this(exercise, dosage, personalInstruction, "");
    }

    /** A template's exercises with its dosages, as a plan starts from it (no personal instructions yet). */
    public static java.util.List<PlanItem> fromTemplate(org.physiokiosk.catalog.Template template) {
        return template.items().stream().map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
    }

    public static PlanItem of(Exercise exercise) {
        return new PlanItem(exercise, exercise.dosage(), "");
    }

    public PlanItem withDosage(Dosage value) {
        return new PlanItem(exercise, value, personalInstruction, moveOn);
    }

    public PlanItem withPersonalInstruction(String value) {
        return new PlanItem(exercise, dosage, value, moveOn);
    }

    public PlanItem withMoveOn(String value) {
        return new PlanItem(exercise, dosage, personalInstruction, value);
    }

    /** What the card says about moving on: the therapist's line, else the exercise's, else nothing (null). */
    public String moveOnLine() {
        return !moveOn.isEmpty() ? moveOn : exercise.moveOn();
    }
}

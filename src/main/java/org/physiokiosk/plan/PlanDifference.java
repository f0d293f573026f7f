package org.physiokiosk.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.physiokiosk.catalog.DosageSentence;

/**
 * What differs between a plan saved meanwhile ("theirs") and the draft being saved ("mine"), as a physio would
 * compare them: exercises only in one, an exercise's dose, personal instruction or "move on" line, the order, and the
 * handout's instructions, next appointment (null when the same) and print size.
 */
public record PlanDifference(List<String> onlyTheirs, List<String> onlyMine, List<Changed> changed, boolean order,
                             boolean instructions, Changed nextAppointment, boolean largePrint) {

    /** What differs: about one exercise, or the next appointment. */
    public enum Part { DOSE, INSTRUCTION, MOVE_ON, NEXT_APPOINTMENT }

    /** One part that differs (of an exercise in both, named; or of the plan): its text in theirs and in mine. */
    public record Changed(String exercise, Part part, String theirs, String mine) {
    }

    public PlanDifference {
        onlyTheirs = List.copyOf(onlyTheirs);
        onlyMine = List.copyOf(onlyMine);
        changed = List.copyOf(changed);
    }

    public static PlanDifference between(PlanDraft theirs, PlanDraft mine) {
        Map<String, PlanItem> their = byExercise(theirs);
        Map<String, PlanItem> my = byExercise(mine);
        List<String> onlyTheirs = new ArrayList<>();
        List<String> onlyMine = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        their.forEach((id, t) -> {
            PlanItem m = my.get(id);
            if (m == null) {
                onlyTheirs.add(t.exercise().name());
                return;
            }
            String name = t.exercise().name();
            compare(changed, name, Part.DOSE, DosageSentence.of(t.dosage()), DosageSentence.of(m.dosage()));
            compare(changed, name, Part.INSTRUCTION, t.personalInstruction(), m.personalInstruction());
            compare(changed, name, Part.MOVE_ON, t.moveOn(), m.moveOn());
        });
        my.forEach((id, m) -> {
            if (!their.containsKey(id)) {
                onlyMine.add(m.exercise().name());
            }
        });
        List<String> theirOrder = new ArrayList<>(their.keySet());
        theirOrder.retainAll(my.keySet());
        List<String> myOrder = new ArrayList<>(my.keySet());
        myOrder.retainAll(their.keySet());
        List<Changed> appointment = new ArrayList<>();
        compare(appointment, "", Part.NEXT_APPOINTMENT, theirs.nextAppointment(), mine.nextAppointment());
        return new PlanDifference(onlyTheirs, onlyMine, changed, !theirOrder.equals(myOrder),
                !theirs.patientInstructions().equals(mine.patientInstructions()),
                appointment.isEmpty() ? null : appointment.get(0), theirs.largePrint() != mine.largePrint());
    }

    /** Whether the two plans would print the same handout. */
    public boolean none() {
        return onlyTheirs.isEmpty() && onlyMine.isEmpty() && changed.isEmpty() && !order && !instructions
                && nextAppointment == null && !largePrint;
    }

    private static void compare(List<Changed> out, String exercise, Part part, String theirs, String mine) {
        String t = theirs == null ? "" : theirs;
        String m = mine == null ? "" : mine;
        if (!Objects.equals(t, m)) {
            out.add(new Changed(exercise, part, t, m));
        }
    }

    private static Map<String, PlanItem> byExercise(PlanDraft plan) {
        Map<String, PlanItem> out = new LinkedHashMap<>();
        for (PlanItem item : plan.items()) {
            out.putIfAbsent(item.exercise().id(), item);
        }
        return out;
    }
}

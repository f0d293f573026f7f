package org.physiokiosk.kiosk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.Messages;
import org.physiokiosk.plan.PlanChangedException;
import org.physiokiosk.plan.PlanDifference;
import org.physiokiosk.plan.StoredPlan;

/** What the kiosk says when a plan was saved on another PC meanwhile: who, when, and each difference, in words. */
final class PlanChangeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private PlanChangeText() {
    }

    /** The opening sentence: who saved which plan, at what time here. */
    static String intro(PlanChangedException changed, ZoneId zone) {
        StoredPlan theirs = changed.theirs();
        String who = theirs.draft().therapist().isBlank() ? "Someone" : theirs.draft().therapist();
        return Messages.get("handout.changed.intro", who, theirs.id(), TIME.format(theirs.createdAt().atZone(zone)));
    }

    /** One line per difference, their plan first; one line saying they print the same when nothing differs. */
    static List<String> differences(PlanChangedException changed) {
        long plan = changed.theirs().id();
        PlanDifference d = changed.difference();
        List<String> out = new ArrayList<>();
        if (d.none()) {
            out.add(Messages.get("handout.changed.same", plan));
            return out;
        }
        if (!d.onlyTheirs().isEmpty()) {
            out.add(Messages.get("handout.changed.onlyTheirs", plan, String.join(", ", d.onlyTheirs())));
        }
        if (!d.onlyMine().isEmpty()) {
            out.add(Messages.get("handout.changed.onlyMine", String.join(", ", d.onlyMine())));
        }
        for (PlanDifference.Changed c : d.changed()) {
            String key = switch (c.part()) {
                case DOSE -> "handout.changed.dose";
                case INSTRUCTION -> "handout.changed.instruction";
                case MOVE_ON -> "handout.changed.moveOn";
                case NEXT_APPOINTMENT -> throw new IllegalStateException("not an exercise's part");
            };
            out.add(Messages.get(key, c.exercise(), plan, c.theirs(), c.mine()));
        }
        if (d.order()) {
            out.add(Messages.get("handout.changed.order"));
        }
        if (d.instructions()) {
            out.add(Messages.get("handout.changed.instructions"));
        }
        if (d.nextAppointment() != null) {
            out.add(Messages.get("handout.changed.nextAppointment", plan, d.nextAppointment().theirs(),
                    d.nextAppointment().mine()));
        }
        if (d.largePrint()) {
            out.add(Messages.get("handout.changed.largePrint"));
        }
        return out;
    }
}

package org.physiokiosk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exercise's steps with its dose written into them, as the patient does it: the hold inside the step that holds
 * (the plan's own number of seconds), then how many times, side by side ("Do this 10 times with your right leg. Then
 * do it 10 times with your left leg."), then the rest and the second round. An exercise's own words for changing
 * sides give way to the dose step, which says it with the numbers.
 */
public final class DoseSteps {

    private static final Pattern HOLD = Pattern.compile("\\bHold (?:it |this |the stretch )?for (\\d+) (seconds?|minutes?)");
    /** "Then do the same with the other leg." and its kin, at the end of a step or as a step of its own. */
    private static final Pattern OTHER_SIDE = Pattern.compile(
            "(?:\\s*(?:Then )?(?:do the same|repeat) (?:with|on|for) (?:your |the )?other (leg|side|arm|foot|hand)\\.)"
                    + "|(?:\\s*Swap (?:hands|legs|sides) and do the other side\\.)", Pattern.CASE_INSENSITIVE);
    /** "Then do the same with your left arm and right leg.": an exercise that works an arm and the opposite leg. */
    private static final Pattern OPPOSITE = Pattern.compile(
            "\\s*(?:Then )?do the same with your left arm and right leg\\.", Pattern.CASE_INSENSITIVE);
    private static final String ARM_AND_LEG = "arm and leg";
    /**
     * "When you have done them all, roll onto your right side. Do the same with your left leg.": what to do between
     * the sides, written after the count for the first side, so the reader knows when "all" is.
     */
    private static final Pattern SWITCH = Pattern.compile(
            "When you have done them all, (.+?)\\. Do the same with your (?:left|right|other) (leg|knee|arm|foot|hand)"
                    + "\\.");

    private DoseSteps() {
    }

    public static List<String> of(Exercise exercise, Dosage dose) {
        return numbered(exercise, dose).stream().map(Step::text).toList();
    }

    /** A printed step and the catalogue step it came from, numbered from 1; 0 for a step the dose added. */
    public record Step(String text, int from) {
    }

    /**
     * The printed number (from 1) of the catalogue's step {@code catalogueStep} (from 1) with this dose, or 0 when
     * the dose took that step out (the line about the other side, said as steps of their own).
     */
    public static int printedNumber(Exercise exercise, Dosage dose, int catalogueStep) {
        List<Step> steps = numbered(exercise, dose);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).from() == catalogueStep) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The steps as printed with this dose, each with the catalogue step it came from. */
    public static List<Step> numbered(Exercise exercise, Dosage dose) {
        List<Step> steps = new ArrayList<>();
        int from = 0;
        String limb = null;
        String between = null;
        boolean heldInSteps = false;
        for (String step : exercise.steps()) {
            from++;
            String text = step;
            if (dose.holdSeconds() != null) {
                Matcher hold = HOLD.matcher(text);
                if (hold.find()) {
                    heldInSteps = true;
                    text = text.substring(0, hold.start()) + held(dose.holdSeconds()) + text.substring(hold.end());
                }
            }
            if (dose.eachSide()) {
                Matcher other = OTHER_SIDE.matcher(text);
                Matcher opposite = OPPOSITE.matcher(text);
                Matcher change = SWITCH.matcher(text);
                if (change.matches()) {
                    between = change.group(1);
                    limb = change.group(2).toLowerCase(java.util.Locale.ROOT);
                    text = "";
                } else if (opposite.find()) {
                    limb = ARM_AND_LEG;
                    text = (text.substring(0, opposite.start()) + text.substring(opposite.end())).strip();
                } else if (other.find()) {
                    limb = other.group(1) == null ? "side" : other.group(1).toLowerCase(java.util.Locale.ROOT);
                    text = (text.substring(0, other.start()) + text.substring(other.end())).strip();
                }
            }
            if (!text.isEmpty()) {
                steps.add(new Step(text, from));
            }
        }
        if (dose.holdSeconds() != null && !heldInSteps) {
            // The held position is the last but one step in the catalogue's way of writing (the last lets go).
            steps.add(Math.max(0, steps.size() - 1), new Step(held(dose.holdSeconds()) + ".", 0));
        }
        if (limb == null) {
            limb = limb(exercise.bodyRegion());
        }
        Integer reps = dose.repetitions();
        String times = reps == null ? "" : " " + times(reps);
        if (dose.eachSide() && between != null) {
            steps.add(new Step(side("right", limb, "Do this" + times), 0));
            steps.add(new Step("Then " + between + ", and do it" + times + " " + side("left", limb, ""), 0));
        } else if (dose.eachSide()) {
            steps.add(new Step(side("right", limb, "Do this" + times) + " Then do it" + times + " "
                    + side("left", limb, "").strip(), 0));
        } else if (reps != null && reps > 1) {
            steps.add(new Step("Do this " + times(reps) + ".", 0));
        }
        if (dose.sets() != null && dose.sets() > 1) {
            // With sides, "all" would leave open whether both sides come round again: say so.
            // After a change between the sides (a weight moved, a roll to the other side) the second round starts
            // where the first did, so the step says where that is.
            String again = !dose.eachSide() ? "Then do it all again."
                    : between != null ? "Then go back to step 1 and do both " + both(limb) + " again."
                    : "Then do both " + both(limb) + " again.";
            steps.add(new Step(dose.sets() == 2 ? "Rest for 1 minute. " + again
                    : "Rest for 1 minute. " + again + " Do this until you have done it all " + dose.sets() + " times.",
                    0));
        }
        return steps;
    }

    private static String side(String which, String limb, String lead) {
        String where = switch (limb) {
            case "side" -> "on your " + which + " side";
            // The right side of an arm-and-leg exercise is the right arm with the left leg.
            case ARM_AND_LEG -> "with your " + which + " arm and " + (which.equals("right") ? "left" : "right") + " leg";
            default -> "with your " + which + " " + limb;
        };
        return (lead.isEmpty() ? "" : lead + " ") + where + ".";
    }

    private static String both(String limb) {
        return switch (limb) {
            case "foot" -> "feet";
            case ARM_AND_LEG -> "sides";
            default -> limb + "s";
        };
    }

    /** "Hold for 30 seconds (count slowly to 30)": a way to time it without a clock, for a minute or less. */
    private static String held(int seconds) {
        return "Hold for " + seconds(seconds) + (seconds <= 60 ? " (count slowly to " + seconds + ")" : "");
    }

    private static String limb(String region) {
        return switch (region) {
            case "hip", "knee", "ankle and foot" -> "leg";
            case "shoulder", "elbow, wrist and hand" -> "arm";
            default -> "side";
        };
    }

    private static String seconds(int n) {
        return DosageSentence.seconds(n);
    }

    private static String times(int n) {
        return DosageSentence.times(n);
    }
}

package org.physiokiosk.catalog;

import java.util.List;

/**
 * The "Stop and get help" box and the lines that go with it, as one handout prints them: the warning signs by
 * {@link WarningTier}, the stop rules for the plan's kind of exercise, the line on a new fall or injury, what to do
 * after a fall (balance plans; empty otherwise) with the pictures of its key positions, the disclaimer, and the
 * take-care sentences the stop rules make unneeded on the cards. Recorded with each handout, so a reprint prints
 * the same words. Handouts recorded before the tiers hold {@code intro}, {@code redFlags} and {@code emergency}
 * instead, and print as they did.
 */
public record SafetyText(String heading, String intro, List<String> redFlags, String emergency,
                         String injuryWarning, String disclaimer, List<Tier> tiers, List<String> stopRules,
                         String afterAFallHeading, List<String> afterAFall, List<String> coveredOnCards,
                         List<FallPicture> afterAFallPictures) {

    /** The signs of one tier, in print order. */
    public record Tier(WarningTier tier, List<String> signs) {
        public Tier {
            signs = List.copyOf(signs);
        }
    }

    public SafetyText {
        intro = intro == null ? "" : intro;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        emergency = emergency == null ? "" : emergency;
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        stopRules = stopRules == null ? List.of() : List.copyOf(stopRules);
        afterAFallHeading = afterAFallHeading == null ? "" : afterAFallHeading;
        afterAFall = afterAFall == null ? List.of() : List.copyOf(afterAFall);
        coveredOnCards = coveredOnCards == null ? List.of() : List.copyOf(coveredOnCards);
        afterAFallPictures = afterAFallPictures == null ? List.of() : List.copyOf(afterAFallPictures);
    }

    /** A box as handouts printed it before the tiers (a snapshot read back, a test). */
    public SafetyText(String heading, String intro, List<String> redFlags, String emergency, String injuryWarning,
            String disclaimer) {
        this(heading, intro, redFlags, emergency, injuryWarning, disclaimer, List.of(), List.of(), "", List.of(),
                List.of(), List.of());
    }

    /**
     * An exercise's take-care line without the sentences this plan's stop rules already say for every exercise
     * (empty when nothing is left).
     */
    public String takeCare(String line) {
        String out = line;
        for (String sentence : coveredOnCards) {
            out = out.replace(sentence, "");
        }
        return out.strip().replaceAll("\\s{2,}", " ");
    }

    /** Whether this box has its signs in tiers (every handout made now), not in the one list of older handouts. */
    public boolean tiered() {
        return !tiers.isEmpty();
    }

    /** The signs of one tier (empty when the plan has none in it). */
    public List<String> signs(WarningTier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().map(Tier::signs).orElse(List.of());
    }

    /** Every warning sign printed, in print order, whichever way the box is laid out. */
    public List<String> allSigns() {
        if (!tiered()) {
            return emergency.isEmpty() ? redFlags
                    : java.util.stream.Stream.concat(redFlags.stream(), java.util.stream.Stream.of(emergency)).toList();
        }
        return tiers.stream().flatMap(t -> t.signs().stream()).toList();
    }
}

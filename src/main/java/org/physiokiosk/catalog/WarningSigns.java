package org.physiokiosk.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's warning signs (warning-signs.yaml): for every plan a few general signs, and for each body region
 * its own, each in the {@link WarningTier} its source gives it; the stop rules for pain and for balance plans; the
 * line on a new fall or injury; and, for balance plans, what to do after a fall. Every sign names its sources.
 */
public record WarningSigns(String heading, Map<String, String> sources, Map<WarningTier, List<Sign>> general,
                           Map<String, Map<WarningTier, List<Sign>>> regions, List<Sign> painStopRules,
                           List<Sign> balanceStopRules, Sign injuryWarning, String afterAFallHeading,
                           List<Sign> afterAFall, List<String> coveredOnCards, List<FallPicture> afterAFallPictures) {

    /** One sentence and the keys of the sources it comes from. */
    public record Sign(String text, List<String> sources) {
        public Sign {
            sources = List.copyOf(sources);
        }
    }

    public WarningSigns {
        sources = Map.copyOf(sources);
        general = Map.copyOf(general);
        regions = Map.copyOf(regions);
        painStopRules = List.copyOf(painStopRules);
        balanceStopRules = List.copyOf(balanceStopRules);
        afterAFall = List.copyOf(afterAFall);
        coveredOnCards = List.copyOf(coveredOnCards);
        afterAFallPictures = afterAFallPictures == null ? List.of() : List.copyOf(afterAFallPictures);
    }

    /**
     * The box for a plan of these facts: the general signs, then each region's in plan order, each sign once, in
     * its tier; the stop rules of its kinds of exercise; what to do after a fall for a balance plan.
     */
    public SafetyText forPlan(PlanFacts facts, List<String> planRegions, String disclaimer) {
        Map<WarningTier, Set<String>> byTier = new EnumMap<>(WarningTier.class);
        for (WarningTier tier : WarningTier.values()) {
            byTier.put(tier, new LinkedHashSet<>());
        }
        java.util.function.Consumer<Map<WarningTier, List<Sign>>> add = signs -> signs.forEach(
                (tier, list) -> list.forEach(sign -> byTier.get(tier).add(sign.text())));
        add.accept(general);
        for (String region : new LinkedHashSet<>(planRegions)) {
            add.accept(regions.getOrDefault(region, Map.of()));
        }
        List<SafetyText.Tier> tiers = new ArrayList<>();
        byTier.forEach((tier, signs) -> {
            if (!signs.isEmpty()) {
                tiers.add(new SafetyText.Tier(tier, new ArrayList<>(signs)));
            }
        });
        List<String> stop = new ArrayList<>();
        List<String> covered = List.of();
        if (facts.pain() || !facts.balance()) {
            String limb = limb(planRegions);
            painStopRules.forEach(s -> stop.add(s.text().replace("{limb}", limb)));
            if (limb.contains("leg")) {
                covered = coveredOnCards;
            }
        }
        if (facts.balance()) {
            balanceStopRules.forEach(s -> stop.add(s.text()));
        }
        return new SafetyText(heading, "", List.of(), "", injuryWarning.text(), disclaimer, tiers, stop,
                facts.balance() ? afterAFallHeading : "",
                facts.balance() ? afterAFall.stream().map(Sign::text).toList() : List.of(), covered,
                facts.balance() ? afterAFallPictures : List.of());
    }

    /**
     * Where pain spreads from the plan's regions: down the leg from the back and the legs, the arm from the neck and
     * the arms, either from the upper back or a plan of both.
     */
    static String limb(List<String> planRegions) {
        Set<String> legs = Set.of("low back", "hip", "knee", "ankle and foot", PlanFacts.BALANCE_REGION);
        Set<String> arms = Set.of("neck", "shoulder", "elbow, wrist and hand");
        if (!planRegions.isEmpty() && legs.containsAll(planRegions)) {
            return "leg";
        }
        if (!planRegions.isEmpty() && arms.containsAll(planRegions)) {
            return "arm";
        }
        return "arm or leg";
    }
}

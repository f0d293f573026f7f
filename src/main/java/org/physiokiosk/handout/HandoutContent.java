package org.physiokiosk.handout;

import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.catalog.Template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.PlanAdvice;
import org.physiokiosk.catalog.PlanFacts;
import org.physiokiosk.catalog.SafetyText;
import org.physiokiosk.catalog.Tips;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumber;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/**
 * Exactly what one handout prints, in order, on which paper and in which size. It never holds the
 * private visit note. {@code localEmergency} is the emergency number suggested by the computer's country, kept only
 * while the clinic has no number of its own (null otherwise, or when the country is not known).
 */
public record HandoutContent(ClinicSettings clinic, String patientName, long planNumber, LocalDate printDate,
                             String therapist, String nextAppointment, String patientInstructions,
                             List<PlanItem> items, SafetyText safety, Tips tips, PaperSize paper,
                             boolean largePrint, String title, String goal,
                             @com.fasterxml.jackson.annotation.JsonIgnore java.util.Map<String, String> pictures,
                             EmergencyNumber localEmergency, PlanAdvice advice) {

    public HandoutContent {
        items = List.copyOf(items);
        // Snapshots written before handouts had a title read back with the general one.
        if (title == null || title.isBlank()) {
            title = Messages.get("handout.title");
            goal = Messages.get("handout.goal");
        }
        goal = goal == null ? "" : goal;
        pictures = pictures == null ? java.util.Map.of() : java.util.Map.copyOf(pictures);
        if (!clinic.emergencyNumber().isEmpty()) {
            localEmergency = null;
        }
    }

    public static HandoutContent of(Catalogue catalogue, ClinicSettings clinic, String patientName, long planNumber,
                                    LocalDate printDate, PlanDraft plan) {
        String[] titled = title(catalogue, plan.items());
        List<String> regions = regions(catalogue, plan.items());
        PlanFacts facts = facts(plan.items(), regions);
        org.physiokiosk.catalog.SafetyText safety = catalogue.warnings().forPlan(facts, regions,
                catalogue.shared().disclaimer(facts));
        java.util.Map<String, String> pictures = pictures(catalogue, plan.items());
        PlanAdvice advice = catalogue.shared().advice(facts);
        for (org.physiokiosk.catalog.FallPicture p : java.util.stream.Stream.concat(
                safety.afterAFallPictures().stream(), advice.floor().pictures().stream()).toList()) {
            // Kept with the exercises' pictures, so the snapshot names it and a reprint draws what was printed.
            catalogue.picture(p.picture()).ifPresent(svg -> pictures.put(p.picture(), svg));
        }
        return new HandoutContent(clinic, patientName, planNumber, printDate, plan.therapist(),
                plan.nextAppointment(), plan.patientInstructions(), plan.items(), safety,
                catalogue.shared().tips(facts), clinic.paper(), plan.largePrint(), titled[0], titled[1],
                pictures, null, advice);
    }

    /** What the shared text of a handout is chosen by: the plan's exercises, dosages and warning-sign regions. */
    public static PlanFacts facts(List<PlanItem> items, List<String> regions) {
        return PlanFacts.of(items.stream().map(i -> new PlanFacts.Line(i.exercise(), i.dosage())).toList(), regions);
    }

    /**
     * What the plan is for: a template's title and goal when the plan holds exactly that template's exercises,
     * otherwise the title of the one body region all its exercises share, otherwise the general title.
     */
    static String[] title(Catalogue catalogue, List<PlanItem> items) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        items.forEach(i -> ids.add(i.exercise().id()));
        for (Template t : catalogue.templates()) {
            java.util.Set<String> templateIds = new java.util.HashSet<>();
            t.items().forEach(i -> templateIds.add(i.exercise().id()));
            if (!ids.isEmpty() && templateIds.equals(ids) && t.title() != null) {
                return new String[] {t.title(), t.goal()};
            }
        }
        java.util.Set<String> regions = new java.util.HashSet<>();
        items.forEach(i -> regions.add(i.exercise().bodyRegion()));
        if (regions.size() == 1) {
            int index = Library.REGIONS.indexOf(regions.iterator().next());
            if (index >= 0) {
                return new String[] {Messages.get("handout.regionTitle." + index),
                    Messages.get("handout.regionGoal." + index)};
            }
        }
        return new String[] {Messages.get("handout.title"), Messages.get("handout.goal")};
    }

    /**
     * The body regions whose warning signs the plan prints: a template's region when the plan holds exactly that
     * template's exercises (a falls plan's chair stands are not a knee plan), else its exercises' regions in order.
     */
    public static List<String> regions(Catalogue catalogue, List<PlanItem> items) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        items.forEach(i -> ids.add(i.exercise().id()));
        for (Template t : catalogue.templates()) {
            java.util.Set<String> templateIds = new java.util.HashSet<>();
            t.items().forEach(i -> templateIds.add(i.exercise().id()));
            if (!ids.isEmpty() && templateIds.equals(ids)) {
                return List.of(t.bodyRegion());
            }
        }
        return items.stream().map(i -> i.exercise().bodyRegion()).distinct().toList();
    }

    /** The SVG of each exercise's picture (by exercise id), for the exercises of this plan that have one. */
    static java.util.Map<String, String> pictures(Catalogue catalogue, List<PlanItem> items) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (PlanItem item : items) {
            catalogue.picture(item.exercise().id()).ifPresent(svg -> out.put(item.exercise().id(), svg));
        }
        return out;
    }

    public HandoutContent withPaper(PaperSize value) {
        return new HandoutContent(clinic, patientName, planNumber, printDate, therapist, nextAppointment,
                patientInstructions, items, safety, tips, value, largePrint, title, goal, pictures, localEmergency, advice);
    }

    /** The same handout with these pictures (by exercise id): a reprint's, from the database. */
    public HandoutContent withPictures(java.util.Map<String, String> value) {
        return new HandoutContent(clinic, patientName, planNumber, printDate, therapist, nextAppointment,
                patientInstructions, items, safety, tips, paper, largePrint, title, goal, value, localEmergency, advice);
    }

    /**
     * The same handout with the emergency number of the computer's country (empty: none known), printed while the
     * clinic has no number of its own.
     */
    public HandoutContent withLocalEmergency(java.util.Optional<EmergencyNumber> value) {
        return new HandoutContent(clinic, patientName, planNumber, printDate, therapist, nextAppointment,
                patientInstructions, items, safety, tips, paper, largePrint, title, goal, pictures, value.orElse(null), advice);
    }

    /**
     * What the warning box tells the patient to call: the clinic's emergency number; until the clinic has set one,
     * the local emergency number, with the one of the computer's country when it is known. Never a made-up number.
     */
    /**
     * What to do after a fall, as printed: "{emergency}" in a step becomes the call to make ("call 911 now."),
     * with the number this handout prints in its box.
     */
    public List<String> afterAFall() {
        String call = emergencyCall();
        String lower = call.isEmpty() ? call : Character.toLowerCase(call.charAt(0)) + call.substring(1);
        return safety.afterAFall().stream().map(step -> step.replace("{emergency}", lower)).toList();
    }

    public String emergencyCall() {
        if (!clinic.emergencyNumber().isEmpty()) {
            return Messages.get("handout.emergencyCall", clinic.emergencyNumber());
        }
        return localEmergency == null ? Messages.get("handout.emergencyCallLocal")
                : Messages.get("handout.emergencyCallLocalIn", localEmergency.name(), localEmergency.number());
    }

    /**
     * The heading over one tier of warning signs, with the number to call when one is known: the emergency number
     * (as {@link #emergencyCall}), the clinic's doctor or out-of-hours line, the clinic's phone.
     */
    public String tierHeading(org.physiokiosk.catalog.WarningTier tier) {
        return switch (tier) {
            case EMERGENCY -> {
                String call = emergencyCall();
                yield call.endsWith(".") ? call.substring(0, call.length() - 1) : call;
            }
            case DOCTOR_TODAY -> clinic.doctorLine().isEmpty() ? Messages.get("handout.tier.doctorToday")
                    : Messages.get("handout.tier.doctorTodayLine", clinic.doctorLine());
            case NEXT_VISIT -> clinic.phone().isEmpty() ? Messages.get("handout.tier.nextVisit")
                    : Messages.get("handout.tier.nextVisitPhone", clinic.phone());
        };
    }

    /** The same handout with other exercises (the benchmark's longer plans). */
    public HandoutContent withItems(List<PlanItem> value) {
        return new HandoutContent(clinic, patientName, planNumber, printDate, therapist, nextAppointment,
                patientInstructions, value, safety, tips, paper, largePrint, title, goal, pictures, localEmergency, advice);
    }

    /** Every text typed by staff that the handout prints, labelled, to check before export. */
    public List<Typed> typedTexts() {
        List<Typed> out = new ArrayList<>();
        out.add(new Typed("the patient's name", patientName));
        out.add(new Typed("the therapist's name", therapist));
        out.add(new Typed("the next appointment", nextAppointment));
        out.add(new Typed("the instructions for the patient", patientInstructions));
        for (PlanItem item : items) {
            out.add(new Typed("the personal instruction for " + item.exercise().name(), item.personalInstruction()));
            out.add(new Typed("when to move on from " + item.exercise().name(), item.moveOn()));
        }
        out.add(new Typed("the clinic's name", clinic.name()));
        out.add(new Typed("the clinic's address", clinic.address()));
        out.add(new Typed("the clinic's phone", clinic.phone()));
        return out;
    }

    /** A text typed by staff, and where it came from. */
    public record Typed(String where, String text) {
    }
}

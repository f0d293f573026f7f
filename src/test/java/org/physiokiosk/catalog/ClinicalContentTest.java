package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.Fixtures;

/**
 * What a physiotherapist checks in the shipped library before handing it out: plans that make sense as plans, and
 * the warnings each kind of exercise needs, in words a patient knows.
 */
class ClinicalContentTest {

    private final Catalogue catalogue = Fixtures.catalogue();
    private final Map<String, Exercise> byId = catalogue.exercises().stream()
            .collect(Collectors.toMap(Exercise::id, Function.identity()));

    /** Every other step of the exercise's progression, easier and harder, however far along. */
    private Set<String> otherSteps(Exercise e) {
        Set<String> out = new LinkedHashSet<>();
        for (Exercise x = e; x.harder() != null && out.add(x.harder()); x = byId.get(x.harder())) {
            // walks up to the hardest step
        }
        for (Exercise x = e; x.easier() != null && out.add(x.easier()); x = byId.get(x.easier())) {
            // walks down to the easiest step
        }
        return out;
    }

    /** Problems of one template: an exercise together with a step of its own progression. */
    List<String> progressionClashes(Template t) {
        List<String> out = new ArrayList<>();
        Set<String> ids = t.items().stream().map(i -> i.exercise().id()).collect(Collectors.toSet());
        for (Template.Item item : t.items()) {
            for (String step : otherSteps(item.exercise())) {
                if (ids.contains(step) && item.exercise().id().compareTo(step) < 0) {
                    out.add(t.id() + " holds " + item.exercise().id() + " and " + step
                            + ", two steps of one progression: the patient would be asked to move on to an exercise"
                            + " already in the plan");
                }
            }
        }
        return out;
    }

    @Test
    void noTemplateHoldsAnExerciseTogetherWithAnEasierOrHarderStepOfIt() {
        List<String> clashes = new ArrayList<>();
        catalogue.templates().forEach(t -> clashes.addAll(progressionClashes(t)));
        assertThat(clashes).isEmpty();
    }

    @Test
    void theFallsTemplateIsALevelAOtagoPlanOfStrengthBalanceAndWalkingOnFourPages() throws Exception {
        Template falls = catalogue.template("falls-prevention-otago").orElseThrow();
        List<String> ids = falls.items().stream().map(i -> i.exercise().id()).toList();
        assertThat(ids).contains("sit-to-stand", "standing-side-leg-raise", "heel-raises", "walking");
        assertThat(falls.items()).filteredOn(i -> i.exercise().kind() == ExerciseKind.STRENGTHEN).hasSizeGreaterThanOrEqualTo(3);
        assertThat(falls.items()).filteredOn(i -> i.exercise().kind() == ExerciseKind.BALANCE
                && !i.exercise().id().equals("walking")).hasSizeGreaterThanOrEqualTo(2);
        for (Template.Item item : falls.items()) {
            String steps = String.join(" ", item.exercise().steps()).toLowerCase(java.util.Locale.ROOT);
            if (item.exercise().id().equals("walking")) {
                // Otago's walking plan: up to 30 minutes at the usual pace, at least twice a week; three 10-minute
                // walks will do
                assertThat(item.dosage().daysPerWeek()).isEqualTo(2);
                assertThat(steps).contains("usual pace", "walk for 30 minutes", "three walks of 10 minutes");
                assertThat(item.exercise().steps()).hasSizeLessThanOrEqualTo(ExerciseLimits.STEPS);
            } else {
                // Otago: the exercises 3 times a week, level A first, which holds on to something steady
                assertThat(item.dosage().daysPerWeek()).as(item.exercise().id()).isEqualTo(3);
                assertThat(steps).as(item.exercise().id()).containsAnyOf("counter", "chair");
            }
        }
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("falls", ".pdf");
        try {
            List<org.physiokiosk.plan.PlanItem> items = falls.items().stream()
                    .map(i -> new org.physiokiosk.plan.PlanItem(i.exercise(), i.dosage(), "")).toList();
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
                new org.physiokiosk.handout.HandoutWriter(Fixtures.FONTS).write(org.physiokiosk.handout.HandoutContent
                        .of(catalogue, Fixtures.CLINIC, "Ann Lee", 1, java.time.LocalDate.of(2026, 11, 24),
                                new org.physiokiosk.plan.PlanDraft(1, items, "", "Sam Lee", "", "", false)), out);
            }
            assertThat(org.physiokiosk.testing.Pdfs.pages(pdf)).isLessThanOrEqualTo(4);
        } finally {
            java.nio.file.Files.deleteIfExists(pdf);
        }
    }

    private static int perDay(Dosage d) {
        return (d.repetitions() == null ? 1 : d.repetitions()) * (d.sets() == null ? 1 : d.sets())
                * (d.timesPerDay() == null ? 1 : d.timesPerDay()) * (d.eachSide() ? 2 : 1);
    }

    @Test
    void heelDropsWarnAboutInsertionalPainAndBuildUpInsteadOfStartingAt180ADay() {
        for (Exercise e : catalogue.exercises()) {
            if (String.join(" ", e.steps()).contains("below the step")) {
                assertThat(e.takeCare()).as(e.id()).contains("where the tendon meets the bone",
                        "do not lower your heel below the step").containsIgnoringCase("tell your therapist");
                assertThat(e.moveOn()).as("%s says how to build up", e.id()).contains("15 in a row, 3 times");
            }
        }
        Template alfredson = catalogue.template("achilles-alfredson").orElseThrow();
        int heelDropsADay = alfredson.items().stream().filter(i -> i.exercise().id().startsWith("heel-drop"))
                .mapToInt(i -> perDay(i.dosage())).sum();
        assertThat(heelDropsADay).as("heel drops on the first day of the plan").isPositive().isLessThanOrEqualTo(60);
        Exercise raises = byId.get("heel-raises");
        Exercise drop = byId.get(raises.harder());
        assertThat(perDay(drop.dosage())).as("the step after heel raises").isLessThanOrEqualTo(2 * perDay(raises.dosage()));
    }

    @Test
    void everyBandExerciseSaysCheckTheBandAndAnchorsItToAShutDoor() {
        assertThat(catalogue.exercises()).filteredOn(e -> e.equipment().contains("band")).isNotEmpty()
                .allSatisfy(e -> {
                    String text = String.join(" ", e.steps()) + " " + e.takeCare();
                    assertThat(text).as(e.id()).contains("Check the band for tears before each use");
                    if (text.contains("door")) {
                        assertThat(String.join(" ", e.steps())).as(e.id()).contains("Shut a door");
                    }
                });
    }

    /** Back exercises that bend, arch or turn the spine: they can press on a nerve to the leg. */
    static final List<String> SPINE_MOVES = List.of("knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilt",
            "knee-rolls", "back-extension", "lean-back-over-chair");

    @Test
    void backExercisesThatBendOrArchTheSpineSayStopIfPainSpreadsDownTheLeg() {
        String spread = "if pain or tingling spreads further down your leg";
        for (String id : SPINE_MOVES) {
            assertThat(byId.get(id).takeCare()).as(id).contains(spread);
        }
        // a new low-back stretch or mobility exercise needs the line too
        assertThat(catalogue.exercises()).filteredOn(e -> e.bodyRegion().equals("low back")
                && (e.kind() == ExerciseKind.STRETCH || e.kind() == ExerciseKind.MOBILITY))
                .allSatisfy(e -> assertThat(e.takeCare()).as(e.id()).contains(spread));
    }

    @Test
    void theLowBackPlanOnTheBedNeedsNoFloor() {
        Template bed = catalogue.template("low-back-on-the-bed").orElseThrow();
        assertThat(bed.bodyRegion()).isEqualTo("low back");
        assertThat(bed.items()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(item -> {
            Exercise e = item.exercise();
            assertThat(e.position()).as(e.id()).startsWith("lying");
            assertThat(e.steps().get(0)).as("%s starts on the bed", e.id()).contains("bed");
            for (String step : e.steps()) {
                if (step.contains("floor")) {
                    assertThat(step).as("%s: a step that names the floor names the bed too", e.id()).contains("bed");
                }
            }
        });
    }

    /** Words patients do not know, and what the catalogue says instead. */
    static final java.util.regex.Pattern UNKNOWN_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\bstools?\\b|\\bside-on\\b|\\bquads\\b|\\bsets?\\b");

    @Test
    void whatAPatientReadsOfAnExerciseUsesNoWordTheyMayNotKnow() {
        for (Exercise e : catalogue.exercises()) {
            List<String> printed = new ArrayList<>(e.steps());
            printed.add(e.name());
            printed.add(e.purpose());
            printed.add(e.takeCare());
            printed.add(e.picture());
            if (e.moveOn() != null) {
                printed.add(e.moveOn());
            }
            for (String text : printed) {
                assertThat(UNKNOWN_WORDS.matcher(text).find()).as("%s: \"%s\"", e.id(), text).isFalse();
            }
        }
        assertThat(byId.get("static-quads").name()).isEqualTo("Thigh tightening");
        assertThat(byId.get("static-quads").aliases()).contains("static quads");
    }

    @Test
    void theProgressionCheckSeesStepsTwoApart() {
        Exercise first = byId.get("static-quads");
        Exercise third = byId.get(byId.get(first.harder()).harder());
        Template both = new Template("t", "T", List.of(new Template.Item(first, first.dosage()),
                new Template.Item(third, third.dosage())), "knee", "Title", "Goal", List.of("A source"));
        assertThat(progressionClashes(both)).singleElement().asString().contains(first.id(), third.id());
    }
}

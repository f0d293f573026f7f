package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.PlanFacts;
import org.physiokiosk.catalog.SharedText;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

/**
 * Every sentence that is not an exercise's own fits the plan it is printed on. Every shipped template and a set of
 * mixed plans a clinic would build are printed and read back, and the catalogue's own rules are applied to the
 * text: a phrase under {@code never} must not appear on a handout of those facts, a phrase under {@code always}
 * must; every shared line that fits the plan is printed, and none that does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoutFitTest {

    @TempDir
    static Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();
    private final Map<String, String> printed = new LinkedHashMap<>();
    private final Map<String, HandoutContent> contents = new LinkedHashMap<>();

    @BeforeAll
    void printEveryPlan() throws Exception {
        for (Template t : catalogue.templates()) {
            List<PlanItem> items = new ArrayList<>();
            t.items().forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
            print("template " + t.id(), items);
        }
        // Plans a therapist builds by hand: regions and kinds mixed, days and times a day changed.
        print("knee strength with a balance exercise", List.of(item("static-quads", null, null),
                item("sit-to-stand", null, null), item("heel-toe-stand", 3, null)));
        print("stretches only, twice a day", List.of(item("knee-to-chest", 7, 2), item("childs-pose", 7, 2)));
        print("strength on 2 days a week", List.of(item("sit-to-stand", 2, 1), item("heel-raises", 2, 1)));
        print("balance every day", List.of(item("heel-toe-stand", 7, 1), item("one-leg-stand", 7, 1)));
        print("a back and a neck exercise", List.of(item("knee-to-chest", null, null), item("chin-tuck", null, null)));
        print("walking on 5 days, balance on 3", List.of(item("walking", 5, 1), item("sideways-walking", 3, 1)));
        print("three times a day, every day", List.of(item("ankle-alphabet", 7, 3)));
    }

    private PlanItem item(String id, Integer daysPerWeek, Integer timesPerDay) {
        PlanItem item = PlanItem.of(catalogue.exercise(id).orElseThrow(() -> new AssertionError("no exercise " + id)));
        Dosage d = item.dosage();
        if (daysPerWeek != null) {
            d = d.withDaysPerWeek(daysPerWeek);
        }
        if (timesPerDay != null) {
            d = d.withTimesPerDay(timesPerDay);
        }
        return item.withDosage(d);
    }

    private void print(String name, List<PlanItem> items) throws Exception {
        HandoutContent content = HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 7, LocalDate.of(2026, 11, 25),
                new PlanDraft(1, items, "", "Sam Lee", "", "", false));
        Path file = dir.resolve(printed.size() + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new HandoutWriter(Fixtures.FONTS).write(content, out);
        }
        printed.put(name, Pdfs.flatText(file).replaceAll("\\s+", " "));
        contents.put(name, content);
    }

    List<String> plans() {
        return List.copyOf(printed.keySet());
    }

    private PlanFacts facts(String plan) {
        HandoutContent c = contents.get(plan);
        return HandoutContent.facts(c.items(), HandoutContent.regions(catalogue, c.items()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void noPhraseTheCatalogueForbidsForThePlanIsPrinted(String plan) {
        String text = printed.get(plan).toLowerCase(Locale.ROOT);
        PlanFacts facts = facts(plan);
        for (SharedText.Rule rule : catalogue.shared().never()) {
            if (rule.when().holds(facts)) {
                assertThat(text).as("%s prints \"%s\": %s", plan, rule.phrase(), rule.why())
                        .doesNotContain(rule.phrase().toLowerCase(Locale.ROOT));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyPhraseTheCatalogueAsksForThePlanIsPrinted(String plan) {
        String text = printed.get(plan).toLowerCase(Locale.ROOT);
        PlanFacts facts = facts(plan);
        for (SharedText.Rule rule : catalogue.shared().always()) {
            if (rule.when().holds(facts)) {
                assertThat(text).as("%s lacks \"%s\": %s", plan, rule.phrase(), rule.why())
                        .contains(rule.phrase().toLowerCase(Locale.ROOT));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everySharedLineThatFitsIsPrintedAndNoneThatDoesNot(String plan) {
        String text = printed.get(plan);
        PlanFacts facts = facts(plan);
        SharedText shared = catalogue.shared();
        List<SharedText.Line> lines = new ArrayList<>(shared.glance());
        lines.addAll(shared.tips());
        List<String> fitting = new ArrayList<>();
        for (SharedText.Line line : lines) {
            String sentence = line.text().replace("{days}", Integer.toString(facts.daysPerWeek()));
            if (line.when().holds(facts)) {
                fitting.add(sentence);
                assertThat(text).as("%s: a line that fits, %s", plan, line.when()).contains(sentence);
            }
        }
        for (SharedText.Line line : lines) {
            String sentence = line.text().replace("{days}", Integer.toString(facts.daysPerWeek()));
            if (!line.when().holds(facts) && fitting.stream().noneMatch(f -> f.contains(sentence))) {
                assertThat(text).as("%s: a line for other plans, %s", plan, line.when()).doesNotContain(sentence);
            }
        }
        for (SharedText.Row row : shared.chartRows()) {
            if (row.when().holds(facts)) {
                assertThat(text).as("%s tracks %s", plan, row.label()).contains(row.label());
            } else {
                assertThat(text).as("%s does not track %s", plan, row.label()).doesNotContain(row.label());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void painSpreadsDownTheLimbThePlansRegionsHave() {
        assertThat(printed.get("template knee-osteoarthritis")).contains("pain or tingling spreads down your leg,")
                .doesNotContain("down your arm");
        assertThat(printed.get("template shoulder-early-rotator-cuff")).contains("pain or tingling spreads down your arm,")
                .doesNotContain("down your leg,");
        assertThat(printed.get("a back and a neck exercise")).contains("pain or tingling spreads down your arm or leg,");
    }

    @org.junit.jupiter.api.Test
    void aTakeCareSentenceThePlansStopRuleSaysIsPrintedOnceNotOnEveryCard() {
        String text = printed.get("template low-back-starter");
        String card = "Stop if pain or tingling spreads further down your leg.";
        assertThat(text).contains("If you feel a sharp pain, or pain or tingling spreads down your leg, stop doing that one exercise and tell us at your next visit.")
                .doesNotContain(card);
        // A card's other take-care words stay.
        assertThat(text).contains("Take care: Move slowly, only as far as feels comfortable.");
    }

    @org.junit.jupiter.api.Test
    void aBalancePlanSaysHowLongItsSessionsTakeAndWhatToDoFirstAfterAFall() {
        String text = printed.get("template falls-prevention-otago");
        assertThat(text).contains("Each time, your exercises take about", "Exercise 6 says how long to keep going.")
                .containsSubsequence("If you fall", "First, whatever happened:", "Stay still",
                        "Getting up, only if you are not hurt:", "If you are not hurt and feel able");
        assertThat(printed.get("stretches only, twice a day")).contains("Each time, your exercises take about");
    }
}

package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumbers;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

/**
 * Paper a patient can carry: the low-back template on the bed on at most three A4 pages with everything a handout
 * holds, and the one with exercises on the floor on four, its fourth page for the steps of getting down to the floor
 * and up again; no page before the last left more than a third empty, and every card whole, for every shipped
 * template.
 */
class HandoutLengthTest {

    /** The handout's top and bottom margins in points: the footer sits in the bottom one. */
    private static final float TOP = 34;
    private static final float BOTTOM = 46;
    private static final float A4_HEIGHT = 842;

    @TempDir
    Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();

    /** A clinic that has not given its details: no clinic line at the top, the local emergency number. */
    private static final ClinicSettings NOT_SET_UP = new ClinicSettings("", "", "", "", null, null);

    private Path print(Template template) throws Exception {
        return print(template, Fixtures.CLINIC);
    }

    private Path print(Template template, ClinicSettings clinic) throws Exception {
        return print(template, clinic, false);
    }

    private Path print(Template template, ClinicSettings clinic, boolean large) throws Exception {
        return print(template, clinic, large, "Tuesday 1 December, 10:30");
    }

    private Path print(Template template, ClinicSettings clinic, boolean large, String nextVisit) throws Exception {
        List<PlanItem> items = new ArrayList<>();
        template.items().forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        PlanDraft draft = new PlanDraft(1, items, "", "Sam Lee", nextVisit, "", large);
        Path file = dir.resolve(template.id() + (clinic.hasDetails() ? "" : "-not-set-up") + (large ? "-large" : "")
                + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new HandoutWriter(Fixtures.FONTS).write(HandoutContent.of(catalogue, clinic, "Ann Lee", 7,
                    LocalDate.of(2026, 11, 25), draft).withLocalEmergency(EmergencyNumbers.of("GB")), out);
        }
        return file;
    }

    @Test
    void theLowBackTemplatesPrintOnThreePagesOnTheBedAndFourWithTheStepsToTheFloor() throws Exception {
        Path bed = print(catalogue.template("low-back-on-the-bed").orElseThrow());
        assertThat(Pdfs.pages(bed)).isLessThanOrEqualTo(3);
        assertThat(Pdfs.flatText(bed)).contains("Stop and get help", catalogue.shared().tipsHeading(),
                "tick what you did", catalogue.shared().disclaimer().get(0).text())
                .doesNotContain(catalogue.shared().floor().steps().heading());

        // Three pages of exercises, warning signs and chart cannot also hold the eleven steps to the floor and their
        // pictures: a sheet more, for a patient who must get down there.
        Path floor = print(catalogue.template("low-back-starter").orElseThrow());
        assertThat(Pdfs.pages(floor)).isLessThanOrEqualTo(4);
        assertThat(Pdfs.flatText(floor)).contains("Stop and get help", catalogue.shared().tipsHeading(),
                "tick what you did", catalogue.shared().disclaimer().get(0).text(),
                catalogue.shared().floor().steps().heading());
        assertThat(Pdfs.figureAlts(floor)).hasSize(5 + catalogue.shared().floor().steps().pictures().size());
    }

    @Test
    void aClinicThatHasNotGivenItsDetailsPrintsTheLowBackTemplatesAsLongToo() throws Exception {
        Path bed = print(catalogue.template("low-back-on-the-bed").orElseThrow(), NOT_SET_UP);
        assertThat(Pdfs.pages(bed)).isLessThanOrEqualTo(3);
        assertThat(Pdfs.flatText(bed)).contains("Call your local emergency number now (in the United Kingdom: 999):");
        Path pdf = print(catalogue.template("low-back-starter").orElseThrow(), NOT_SET_UP);
        assertThat(Pdfs.pages(pdf)).isLessThanOrEqualTo(4);
    }

    @Test
    void everyOtherTemplatePrintsOnAtMostFourPages() throws Exception {
        for (Template template : catalogue.templates()) {
            assertThat(Pdfs.pages(print(template))).as(template.id()).isLessThanOrEqualTo(4);
        }
    }

    @ParameterizedTest(name = "large print: {0}")
    @ValueSource(booleans = {false, true})
    void page1ShowsTheWarningBoxAndEverySignThatCannotWait(boolean large) throws Exception {
        for (Template template : catalogue.templates()) {
            Path pdf = print(template, Fixtures.CLINIC, large);
            HandoutContent content = HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 7,
                    LocalDate.of(2026, 11, 25), new PlanDraft(1, template.items().stream()
                            .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList(), "", "", "", "", large));
            String page1 = Pdfs.pageTexts(pdf).get(0).replaceAll("\\s+", " ");
            assertThat(page1).as("%s%s page 1", template.id(), large ? " large" : "")
                    .contains(content.safety().heading(), "Call 911 now:");
            content.safety().signs(org.physiokiosk.catalog.WarningTier.EMERGENCY)
                    .forEach(sign -> assertThat(page1).as("%s emergency sign on page 1", template.id()).contains(sign));
        }
    }

    @ParameterizedTest(name = "clinic set up: {0}, large print: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"true,false", "false,false", "true,true"})
    void noPageBeforeTheLastIsMoreThanAThirdEmptyAndNoCardSplits(boolean setUp, boolean large) throws Exception {
        for (Template template : catalogue.templates()) {
            Path pdf = print(template, setUp ? Fixtures.CLINIC : NOT_SET_UP, large);
            List<Double> depths = Pdfs.inkDepths(pdf, BOTTOM);
            double usable = (A4_HEIGHT - TOP - BOTTOM) / A4_HEIGHT;
            List<String> pages = Pdfs.pageTexts(pdf);
            for (int page = 0; page < depths.size() - 1; page++) {
                double empty = (1 - BOTTOM / A4_HEIGHT - depths.get(page)) / usable;
                // In large print most cards take a whole page: a page may be up to 40 % empty when what follows
                // it is a card or the tick chart, which could not go there whole even with its picture made smaller.
                boolean cardNext = large && pages.get(page + 1).strip()
                        .matches("(?s)((Your exercises.*?)?\\d+\\. |Your week, ).*");
                assertThat(empty).as("%s%s: page %d of %d is %.0f%% empty", template.id(), large ? " large" : "",
                        page + 1, depths.size(),
                        empty * 100).isLessThanOrEqualTo(cardNext ? 0.4 : 1.0 / 3);
            }
            org.physiokiosk.catalog.SafetyText safety = HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 7,
                    LocalDate.of(2026, 11, 25), new PlanDraft(1, template.items().stream()
                            .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList(), "", "", "", "", large))
                    .safety();
            int n = 0;
            for (var item : template.items()) {
                n++;
                String heading = n + ". " + item.exercise().name();
                // A card ends with its take-care line, or its last step when the plan's stop rules say all of it.
                String left = safety.takeCare(item.exercise().takeCare());
                List<String> steps = org.physiokiosk.catalog.DoseSteps.of(item.exercise(), item.dosage());
                String takeCare = left.isEmpty() ? steps.get(steps.size() - 1) : "Take care: " + left;
                int on = -1;
                // The first page naming it: the tick chart names every exercise again.
                for (int p = pages.size() - 1; p >= 0; p--) {
                    if (pages.get(p).contains(heading + " ")) {
                        on = p;
                    }
                }
                assertThat(on).as("%s card %d printed", template.id(), n).isNotNegative();
                assertThat(pages.get(on)).as("%s card %d ends on the page it starts", template.id(), n)
                        .contains(takeCare);
            }
        }
    }

    @ParameterizedTest(name = "large print: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aTickChartReachingAVisitInItsSecondWeekIsNeverSplitAcrossPages(boolean large) throws Exception {
        for (Template template : catalogue.templates()) {
            // Printed on Wednesday 25 November, the visit 12 days later: two weeks when they fit on a page.
            Path pdf = print(template, Fixtures.CLINIC, large, "Monday 7 December, 10:30");
            List<String> pages = Pdfs.pageTexts(pdf).stream().map(t -> t.replaceAll("\\s+", " ")).toList();
            String chart = pages.stream().filter(t -> t.contains("tick what you did")).findFirst().orElseThrow();
            // Two tables run to Sunday 6, the day before the visit, and no further; one week says what comes after.
            int weeks = chart.contains("Sun 6") ? 2 : 1;
            assertThat(chart).as("%s%s: the chart's page holds its last day", template.id(), large ? " large" : "")
                    .contains(weeks == 2 ? "Wed 2" : "Tue 1").doesNotContain("Tue 8");
            // Nothing comes after the chart: a page after it is the rest of a chart that did not fit.
            assertThat(pages.indexOf(chart)).as("%s%s: the chart starts on the last page", template.id(),
                    large ? " large" : "").isEqualTo(pages.size() - 1);
            if (weeks == 1) {
                assertThat(chart).contains("After this week, keep going the same way until your visit");
            }
        }
    }

    @Test
    void aOnceADayChartWithoutRoomForTwoWeeksRunsItsDaysUpToAVisitEarlyInTheSecondWeek() throws Exception {
        Template falls = catalogue.template("falls-prevention-otago").orElseThrow();
        // Printed on Wednesday 25 November, the visit on Thursday 3 December: eight days to tick, the last Wed 2.
        Path pdf = print(falls, Fixtures.CLINIC, false, "Thursday 3 December, 10:30");
        List<String> pages = Pdfs.pageTexts(pdf).stream().map(t -> t.replaceAll("\\s+", " ")).toList();
        assertThat(pages).hasSizeLessThanOrEqualTo(4);
        String chart = pages.get(pages.size() - 1);
        assertThat(chart).contains("Until your visit: tick what you did", "Wed 25", "Wed 2")
                .doesNotContain("Thu 3", "After this week");
        assertThat(chart).contains("Bring this chart to your next visit");
    }

    @Test
    void aLargePrintWarningBoxThatRunsOnToPage2SaysWhatItIsAtTheTopThere() throws Exception {
        int ranOn = 0;
        for (Template template : catalogue.templates()) {
            Path pdf = print(template, Fixtures.CLINIC, true);
            HandoutContent content = HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 7,
                    LocalDate.of(2026, 11, 25), new PlanDraft(1, template.items().stream()
                            .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList(), "", "", "", "", true));
            List<String> pages = Pdfs.pageTexts(pdf);
            String page1 = pages.get(0).replaceAll("\\s+", " ");
            String page2 = pages.get(1).replaceAll("\\s+", " ").strip();
            String heading = content.safety().heading();
            boolean allOnPage1 = java.util.Arrays.stream(org.physiokiosk.catalog.WarningTier.values())
                    .filter(t -> !content.safety().signs(t).isEmpty())
                    .allMatch(t -> page1.contains(content.tierHeading(t).replaceAll("\\s+", " ")))
                    && page1.contains(content.safety().injuryWarning());
            if (allOnPage1) {
                assertThat(page2).as(template.id()).doesNotContain(heading + " (continued)");
            } else {
                ranOn++;
                assertThat(page2).as("%s page 2", template.id()).startsWith(heading + " (continued)");
                assertThat(page1).as(template.id()).contains(heading, content.tierHeading(
                        org.physiokiosk.catalog.WarningTier.EMERGENCY).replaceAll("\\s+", " "));
            }
        }
        assertThat(ranOn).as("templates whose box runs on in large print").isPositive();
    }
}

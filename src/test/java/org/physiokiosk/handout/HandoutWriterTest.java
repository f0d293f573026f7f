package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.PdfValidation;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestPictures;

class HandoutWriterTest {

    @TempDir
    Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();

    private Path write(String name, List<PlanItem> items, String instructions) throws Exception {
        PlanDraft draft = new PlanDraft(1, items, instructions, "Sam Lee", "Tuesday 1 December, 10:30",
                "PRIVATE: suspected facet joint irritation", false);
        return write(HandoutContent.of(catalogue, Fixtures.CLINIC, name, 42, LocalDate.of(2026, 11, 24), draft));
    }

    /** What the handout of these exercises prints, as the writer is given it. */
    private HandoutContent content(List<PlanItem> items) {
        return HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 42, LocalDate.of(2026, 11, 24),
                new PlanDraft(1, items, "", "Sam Lee", "", "", false));
    }

    private Path write(HandoutContent content) throws Exception {
        Path file = dir.resolve("h" + System.nanoTime() + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new HandoutWriter(Fixtures.FONTS).write(content, out);
        }
        PdfValidation.assertPdfA2aAndUa1(file);
        return file;
    }

    private List<PlanItem> starter() {
        List<PlanItem> items = new ArrayList<>();
        catalogue.template("low-back-starter").orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        return items;
    }

    @Test
    void handoutHoldsEverySectionInOrderAndNeverThePrivateNote() throws Exception {
        List<PlanItem> items = starter();
        items.set(0, items.get(0).withPersonalInstruction("Put a pillow under your head."));
        Path pdf = write("Zoë Łukasiewicz", items, "Walk for 10 minutes each morning.");
        String text = Pdfs.flatText(pdf);

        assertThat(text).containsSubsequence(
                "Northgate Physio \u00b7 12 North Road, Portland \u00b7 Phone: 555-0142",
                "Exercises to ease your low back pain",
                "Gentle movement to ease stiffness", "Zoë Łukasiewicz", "24 November 2026",
                "Sam Lee", "Tuesday 1 December, 10:30", "Walk for 10 minutes each morning.",
                "Your plan at a glance", "5 exercises: Knee to chest, Pelvic tilt, Cat and cow, Bird dog, Child's pose.",
                "In the morning, do all 5 exercises: about 11 minutes. In the evening, do exercises 1, 3 and 5: about 7 "
                        + "minutes.",
                "If you feel a sharp pain, or pain or tingling spreads down your leg, stop doing that one exercise and tell us at your next visit.",
                "When an exercise has felt easy the last 3 times you did it, ask us for a harder one.",
                // The warning signs come before the first exercise, the emergency first.
                "Stop and get help", "Call 911 now:", "Call your doctor today",
                // A card: name and how often on one line, why, then the steps with the dose beside the picture,
                // take care, the personal line.
                "1. Knee to chest", "How often: Twice a day, every day.", "This takes pressure off",
                "Lie on your back", "Hold for 30 seconds (count slowly to 30).", "Slowly put your foot back down.",
                "Do this 3 times with your right leg. Then do it 3 times with your left leg.",
                // Its take-care line is the plan's stop rule, said once in the glance; the personal line stays.
                "Put a pillow under your head.",
                "2. Pelvic tilt", "3. Cat and cow", "4. Bird dog", "5. Child's pose",
                "Your week, 24 November to 30 November: tick what you did", "Tick a box for each exercise you do.",
                "Bring this chart to your next visit.", "Example:", "Morning (M)", "Evening (E)");
        HandoutContent printed = content(items);
        // The tips and the disclaimer fill page 1 when the first card cannot start there; else they follow the cards.
        String tips = printed.tips().heading();
        assertThat(text).contains(tips, printed.safety().disclaimer());
        assertThat(text.indexOf(tips)).isGreaterThan(text.indexOf("Stop and get help"));
        assertThat(printed.safety().allSigns()).isNotEmpty().allSatisfy(flag -> assertThat(flag).startsWith("If "));
        printed.safety().allSigns().forEach(flag -> assertThat(text).contains(flag));
        printed.tips().tips().forEach(tip -> assertThat(text).contains(tip));
        assertThat(text).contains(printed.safety().injuryWarning())
                .doesNotContain("Then do the same with the other leg");
        assertThat(text).doesNotContain("PRIVATE").doesNotContain("facet");
    }

    @Test
    void everyPageSaysPageNOfMWithPlanNumberAndDate() throws Exception {
        Path pdf = write("Ann Lee", starter(), "");
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size())
                    .contains("Plan number 42").contains("Printed 24 November 2026");
        }
    }

    @Test
    void greekAndAccentedLatinNamesComeBackUnchangedWithEmbeddedFonts() throws Exception {
        for (String name : List.of("Σοφία Παπαδοπούλου", "Zoë Łukasiewicz", "Дмитрий Иванов")) {
            Path pdf = write(name, starter().subList(0, 1), "");
            assertThat(Pdfs.flatText(pdf)).contains(name);
            assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"))
                    .anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void stopAndGetHelpIsPrintedEvenForAOneExercisePlan() throws Exception {
        List<PlanItem> one = List.of(PlanItem.of(catalogue.exercise("pelvic-tilt").orElseThrow()));
        Path pdf = write("Ann Lee", one, "");
        assertThat(Pdfs.flatText(pdf)).contains("Stop and get help", "Call 911 now:")
                .contains(content(one).safety().signs(org.physiokiosk.catalog.WarningTier.EMERGENCY));
    }

    @Test
    void theWarningSignsAreThoseOfThePlansBodyRegions() throws Exception {
        java.util.function.Function<String, List<String>> signsOf = region -> catalogue.warnings().regions()
                .get(region).values().stream().flatMap(List::stream).map(s -> s.text()).toList();
        List<String> neck = signsOf.apply("neck");
        List<String> knee = signsOf.apply("knee");
        List<String> ankle = signsOf.apply("ankle and foot");
        List<PlanItem> neckPlan = catalogue.template("neck-gentle-start").orElseThrow().items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
        String neckText = Pdfs.flatText(write("Ann Lee", neckPlan, ""));
        neck.forEach(flag -> assertThat(neckText).contains(flag));
        assertThat(neckText).doesNotContain("pass urine");

        // A knee and an ankle exercise: both regions' signs, a sign they share printed once.
        List<PlanItem> mixed = List.of(
                PlanItem.of(catalogue.exercises().stream().filter(e -> e.bodyRegion().equals("knee")).findFirst()
                        .orElseThrow()),
                PlanItem.of(catalogue.exercises().stream().filter(e -> e.bodyRegion().equals("ankle and foot"))
                        .findFirst().orElseThrow()));
        String mixedText = Pdfs.flatText(write("Ann Lee", mixed, ""));
        knee.forEach(flag -> assertThat(mixedText).contains(flag));
        ankle.forEach(flag -> assertThat(mixedText).contains(flag));
        String clot = "If one calf or thigh becomes painful, swollen and warm";
        assertThat(mixedText.split(java.util.regex.Pattern.quote(clot), -1)).hasSize(2);
    }

    @Test
    void theTickChartRunsUpToTheNextVisitWhenItFallsInTheSecondWeekAndSaysWhatToDoWhenLater() throws Exception {
        List<PlanItem> items = List.of(PlanItem.of(catalogue.exercise("knee-to-chest").orElseThrow()));
        java.util.function.Function<String, String> printed = visit -> {
            try {
                return Pdfs.flatText(write(HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 42,
                        LocalDate.of(2026, 11, 24), new PlanDraft(1, items, "", "Sam Lee", visit, "", false))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // Printed on Tuesday 24 November; the visit 14 days on: two weeks, to Monday 7 December.
        String two = printed.apply("Tuesday 8 December, 10:30");
        assertThat(two).contains("Your 2 weeks, 24 November to 7 December: tick what you did", "Tue 24", "Mon 30",
                "Tue 1", "Mon 7").doesNotContain("After this week");
        assertThat(two.split("Example:", -1)).as("one example").hasSize(2);
        // The visit 8 days on: the second week stops the day before it, where the chart is brought.
        String eight = printed.apply("Wednesday 2 December, 10:30");
        assertThat(eight).contains("Until your visit: tick what you did", "Tue 24", "Mon 30", "Tue 1")
                .doesNotContain("Wed 2 ", "Mon 7", "After this week");
        // Within the week: one week, nothing more to say.
        assertThat(printed.apply("Friday 27 November")).contains("Your week, 24 November to 30 November")
                .doesNotContain("After this week");
        // Three weeks on: one week, and what to do after it.
        assertThat(printed.apply("14 December")).contains("Your week, 24 November to 30 November",
                "After this week, keep going the same way until your visit on Monday 14 December.");
        // An appointment it cannot read keeps the one week and says nothing it does not know.
        assertThat(printed.apply("next week, same time")).contains("Your week, 24 November to 30 November")
                .doesNotContain("After this week");
    }

    @Test
    void theExampleOfTickingStandsApartFromTheRealDaysAndSpellsOutEachSession() throws Exception {
        // Twice a day for one exercise, 3 days a week for another: sessions to name and rest days to show.
        List<PlanItem> items = List.of(
                PlanItem.of(catalogue.exercise("knee-to-chest").orElseThrow()).withDosage(new Dosage(30, 3, 1, true, 2, 7)),
                PlanItem.of(catalogue.exercise("sit-to-stand").orElseThrow()).withDosage(new Dosage(null, 10, 1, false, 1, 3)));
        String text = Pdfs.flatText(write("Ann Lee", items, ""));
        String chart = text.substring(text.indexOf("tick what you did")).replaceAll("\\s+", " ");
        assertThat(chart).containsSubsequence("Example:", "Morning (M)", "Evening (E)",
                "Grey: nothing to do then", "Exercise", "Tue 24", "1. Knee to chest", "2. Sit to stand");
        // Its ticks are the only ones printed: none in a box under a real day.
        assertThat(chart.split("\u2713", -1)).as("ticks printed").hasSize(3);
        assertThat(chart.substring(chart.indexOf("Tue 24"))).doesNotContain("\u2713");

        // Once a day every day: one tick, "Done", and no rest day to explain.
        String daily = Pdfs.flatText(write("Ann Lee", List.of(PlanItem.of(catalogue.exercise("knee-to-chest")
                .orElseThrow()).withDosage(new Dosage(30, 3, 1, true, 1, 7))), ""));
        assertThat(daily).contains("Example: \u2713 Done").doesNotContain("Grey", "Morning (M)");
    }

    @Test
    void theGlanceSaysWhenToMoveOnAndACardCarriesAnExercisesOwnLine() throws Exception {
        String general = "When an exercise has felt easy the last 3 times you did it, ask us for a harder one.";
        String withStep = Pdfs.flatText(write("Ann Lee", List.of(PlanItem.of(catalogue.exercise("static-quads")
                .orElseThrow())), ""));
        assertThat(withStep).contains(general);
        String noStep = Pdfs.flatText(write("Ann Lee", List.of(PlanItem.of(catalogue.exercise("knee-to-chest")
                .orElseThrow())), ""));
        assertThat(noStep).doesNotContain(general);

        org.physiokiosk.catalog.Exercise e = catalogue.exercise("static-quads").orElseThrow();
        org.physiokiosk.catalog.Exercise own = new org.physiokiosk.catalog.Exercise(e.id(), e.name(), e.kind(),
                e.bodyRegion(), e.purpose(), e.steps(), e.dosage(), e.takeCare(), null, null, e.origin(),
                e.equipment(), e.position(), e.level(), e.aliases(), e.sources(), e.picture(), e.harder(), e.easier(),
                "When you can hold it for 10 seconds without shaking, move on.");
        assertThat(Pdfs.flatText(write("Ann Lee", List.of(PlanItem.of(own)), "")))
                .contains("When to move on: When you can hold it for 10 seconds without shaking, move on.");
        // The therapist's own word comes first.
        assertThat(Pdfs.flatText(write("Ann Lee", List.of(PlanItem.of(own).withMoveOn("After your next visit.")), "")))
                .contains("When to move on: After your next visit.").doesNotContain("without shaking");
    }

    @Test
    void aCardIsNeverSplitAcrossPages() throws Exception {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(PlanItem.of(catalogue.exercises().get(i % 5)).withDosage(new Dosage(20, 5, 2, true, 2, 7)));
        }
        Path pdf = write("Ann Lee", items, "");
        List<String> pages = Pdfs.pageTexts(pdf);
        org.physiokiosk.catalog.SafetyText safety = content(items).safety();
        for (int n = 1; n <= items.size(); n++) {
            String heading = n + ". " + items.get(n - 1).exercise().name();
            // A card ends with its take-care line, or its last step when the plan's stop rules say all of it.
            String left = safety.takeCare(items.get(n - 1).exercise().takeCare());
            List<String> steps = org.physiokiosk.catalog.DoseSteps.of(items.get(n - 1).exercise(),
                    items.get(n - 1).dosage());
            String takeCare = left.isEmpty() ? steps.get(steps.size() - 1) : "Take care: " + left;
            int headingPage = pageOf(pages, heading);
            assertThat(headingPage).as("card %d is printed", n).isNotNegative();
            String page = pages.get(headingPage);
            String card = page.substring(page.indexOf(heading));
            String nextHeading = (n + 1) + ". ";
            if (n < items.size() && card.contains(nextHeading + items.get(n).exercise().name())) {
                card = card.substring(0, card.indexOf(nextHeading + items.get(n).exercise().name()));
            }
            assertThat(card).as("card %d ends on the page it starts", n).contains(takeCare);
        }
    }

    @Test
    void thePainRowSaysWhichNumberMeansCallUsWithTheClinicsNumberAndNoSum() throws Exception {
        String text = Pdfs.flatText(write("Ann Lee", starter(), ""));
        assertThat(text).contains("If you write 7 or more on 2 evenings in a row, call us on "
                + Fixtures.CLINIC.phone() + ".").doesNotContain("{phone}", "above your first number");
        // The numbers drawn as a scale to look at, its ends named, between the rule and the chart.
        String chart = text.substring(text.indexOf("tick what you did"));
        assertThat(chart.replaceAll("\\s+", " ")).containsSubsequence("call us on", "0 1 2 3 4 5 6 7 8 9 10",
                "No pain", "Worst pain", "Example:");
        // A balance plan tracks no pain: no scale.
        List<PlanItem> falls = new ArrayList<>();
        catalogue.template("falls-prevention-otago").orElseThrow().items()
                .forEach(i -> falls.add(new PlanItem(i.exercise(), i.dosage(), "")));
        assertThat(Pdfs.flatText(write("Ann Lee", falls, ""))).doesNotContain("Worst pain");
        // A clinic that has given no number: "call us", and nothing left unfilled.
        ClinicSettings noPhone = new ClinicSettings("Northgate Physio", "", "", "911", null,
                org.physiokiosk.clinic.PaperSize.A4);
        String plain = Pdfs.flatText(write(HandoutContent.of(catalogue, noPhone, "Ann Lee", 42,
                LocalDate.of(2026, 11, 24), new PlanDraft(1, starter(), "", "Sam Lee", "", "", false))));
        assertThat(plain).contains("on 2 evenings in a row, call us.").doesNotContain("{phone}");
    }

    @Test
    void pdfIsTaggedWithTitleAndLanguage() throws Exception {
        Path pdf = write("Ann Lee", starter(), "");
        assertThat(Pdfs.tagged(pdf)).isTrue();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Exercises to ease your low back pain - Plan 42");
        }
    }

    @Test
    void aFortyExercisePlanPrintsEveryCardAcrossPagesWithFooters() throws Exception {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(PlanItem.of(catalogue.exercises().get(i % 5)).withPersonalInstruction("Note " + (i + 1) + "."));
        }
        Path pdf = write("Ann Lee", items, "");
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages.size()).isGreaterThan(10);
        String all = String.join(" ", pages);
        for (int n = 1; n <= 40; n++) {
            assertThat(all).contains(n + ". " + items.get(n - 1).exercise().name()).contains("Note " + n + ".");
        }
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(all).contains("Stop and get help", "Pain today (0 to 10)");
    }

    @Test
    void largePrintSetsBodyTextAtSixteenPointsOrMore() throws Exception {
        PlanDraft draft = new PlanDraft(1, starter(), "Walk daily.", "Sam Lee", "", "", true);
        Path pdf = write(HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 42, LocalDate.of(2026, 11, 24), draft));
        assertThat(Pdfs.smallestFontSize(pdf)).isGreaterThanOrEqualTo(16f);
        Path standard = write("Ann Lee", starter(), "Walk daily.");
        assertThat(Pdfs.smallestFontSize(standard)).isGreaterThanOrEqualTo(12f).isLessThan(16f);
        assertThat(Pdfs.pages(pdf)).isGreaterThan(Pdfs.pages(standard));
    }

    @Test
    void letterPaperIsUsedWhenChosen() throws Exception {
        PlanDraft draft = new PlanDraft(1, starter(), "", "Sam Lee", "", "", false);
        Path pdf = write(HandoutContent.of(catalogue, Fixtures.CLINIC.withPaper(org.physiokiosk.clinic.PaperSize.LETTER),
                "Ann Lee", 42, LocalDate.of(2026, 11, 24), draft));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void clinicLogoIsPrintedWithAlternativeText() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var clinic = new org.physiokiosk.clinic.ClinicSettings("Riverside Physio", "2 River Road", "555-0199", "999",
                png.toByteArray(), org.physiokiosk.clinic.PaperSize.A4);
        PlanDraft draft = new PlanDraft(1, starter(), "", "Sam Lee", "", "", false);
        Path pdf = write(HandoutContent.of(catalogue, clinic, "Ann Lee", 42, LocalDate.of(2026, 11, 24), draft));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anySatisfy(name ->
                    assertThat(resources.getXObject(name)).isInstanceOf(
                            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class));
        }
        assertThat(Pdfs.flatText(pdf)).contains("Riverside Physio", "2 River Road", "555-0199", "Call 999 now:");
    }

    @Test
    void aClinicThatHasNotGivenItsDetailsIsNotNamedAndItsLogoIsTheClinicsLogo() throws Exception {
        var clinic = new org.physiokiosk.clinic.ClinicSettings("", "", "", "", TestPictures.noisePng(), null);
        PlanDraft draft = new PlanDraft(1, starter(), "", "Sam Lee", "", "", false);
        Path pdf = write(HandoutContent.of(catalogue, clinic, "Ann Lee", 42, LocalDate.of(2026, 11, 24), draft));
        assertThat(Pdfs.figureAlts(pdf)).contains("The clinic's logo").noneMatch(alt -> alt.startsWith("Logo of"));
        assertThat(Pdfs.flatText(pdf)).startsWith("Exercises to ease your low back pain")
                .contains("Call your local emergency number now:")
                .contains("Plan number 42 \u00b7 Printed 24 November 2026 \u00b7 Page 1 of ").doesNotContain("Phone:");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).as("no clinic as the author").isNull();
        }
    }

    @Test
    void aLogoWithTooManyPixelsIsRefusedBeforeITextReadsIt() {
        var clinic = new org.physiokiosk.clinic.ClinicSettings("Riverside Physio", "", "", "999",
                org.physiokiosk.testing.TestPictures.hugePng(), org.physiokiosk.clinic.PaperSize.A4);
        PlanDraft draft = new PlanDraft(1, starter(), "", "Sam Lee", "", "", false);
        HandoutContent content = HandoutContent.of(catalogue, clinic, "Ann Lee", 42, LocalDate.of(2026, 11, 24), draft);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new HandoutWriter(Fixtures.FONTS).write(content, OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(UnusableLogoException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(org.physiokiosk.pictures.PictureProblem.Kind.TOO_LARGE);
                    assertThat(e.problem().header().width()).isEqualTo(15000);
                });
    }

    @Test
    void theValidatorUsedAboveDoesRejectAnUntaggedPdf() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        assertThat(PdfValidation.failures(plain, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isNotEmpty();
        assertThat(PdfValidation.failures(plain, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aPhoneNumberIsNeverBrokenAcrossTwoLines() throws Exception {
        // Addresses of every length move the phone along the line; wherever it lands it stays whole.
        for (int extra = 0; extra < 40; extra += 3) {
            var clinic = new org.physiokiosk.clinic.ClinicSettings("Riverside Physio",
                    "2 River Road" + ", Leeds".repeat(1 + extra / 7) + "x".repeat(extra % 7), "0113 496 0000", "999",
                    null, null);
            PlanDraft draft = new PlanDraft(1, starter(), "", "Sam Lee", "", "", false);
            String text = Pdfs.text(write(HandoutContent.of(catalogue, clinic, "Ann Lee", 1, LocalDate.of(2026, 11,
                    24), draft)));
            long lines = text.lines().filter(line -> line.contains("0113 496 0000")).count();
            assertThat(lines).as("address of %d more letters: the phone whole on its lines", extra)
                    .isEqualTo(text.split("0113", -1).length - 1L);
        }
    }
}

package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.LoopbackServer;
import org.physiokiosk.testing.TestPictures;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;

/** Each card's picture prints as vectors, a tagged Figure with its alt text, and a reprint draws what was printed. */
class HandoutPicturesTest {

    @TempDir
    Path dir;

    private static PlanDraft lowBack(Services s, Patient p) {
        return plan(s, p, "low-back-starter");
    }

    private static PlanDraft plan(Services s, Patient p, String template) {
        List<PlanItem> items = new ArrayList<>();
        s.catalogue().template(template).orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        return new PlanDraft(p.id(), items, "", "Sam Lee", "", "", false);
    }

    @Test
    void everyPictureIsATaggedVectorFigureWithItsAltText() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            Path pdf = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            List<String> alts = lowBack(s, p).items().stream().map(PlanItem::exercise).map(Exercise::picture).toList();
            assertThat(Pdfs.figureAlts(pdf)).containsAll(alts);
            assertThat(Pdfs.bitmapImages(pdf)).as("pictures are never rasterized").isZero();
            // The exercises' five, and the key positions of getting down to the floor and up again.
            assertThat(Pdfs.pictureDrawings(pdf)).hasSize(alts.size()
                    + s.catalogue().shared().floor().steps().pictures().size());
            assertThat(Pdfs.flatText(pdf)).contains("Start", "Finish", "Hold this position");
        }
    }

    @Test
    void aPlanOnTheFloorShowsGettingDownAndUpInNumberedStepsAndPicturesBeforeItsFirstExerciseThere()
            throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            Path pdf = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            var floor = s.catalogue().shared().floor().steps();
            List<String> steps = floor.steps();
            assertThat(floor.pictures()).hasSizeGreaterThanOrEqualTo(4);
            List<String> alts = Pdfs.figureAlts(pdf);
            for (var picture : floor.pictures()) {
                assertThat(s.catalogue().picture(picture.picture())).as(picture.picture()).isPresent();
                assertThat(alts).contains("Getting down to the floor and up again, steps " + picture.step() + " and "
                        + picture.andStep() + ": " + steps.get(picture.step() - 1) + " "
                        + steps.get(picture.andStep() - 1));
                assertThat(Pdfs.flatText(pdf)).contains("Steps " + picture.step() + " and " + picture.andStep());
            }
            // Read in order: after the warning signs, before the first exercise that may be done on the floor (here
            // the first of all, so before the exercises' heading), with a line on which way to read the pictures.
            String text = Pdfs.flatText(pdf);
            int box = text.indexOf(floor.heading());
            assertThat(box).isGreaterThan(text.indexOf("Stop and get help")).isLessThan(text.indexOf("Your exercises"));
            assertThat(text.indexOf(floor.note())).isGreaterThan(box).isLessThan(text.indexOf("1. Knee to chest"));
            assertThat(text).contains(floor.downHeading(), floor.upHeading(), steps.get(0), steps.get(steps.size() - 1));
            // Large print draws the pictures larger, two to a row, and still every one and its caption.
            PlanDraft plan = lowBack(s, p);
            PlanDraft large = new PlanDraft(plan.patientId(), plan.items(), plan.patientInstructions(),
                    plan.therapist(), plan.nextAppointment(), plan.privateNote(), true);
            Path big = s.export().exportToFolder(p, large, clinic.paths.printables()).file();
            // All on one page, as seen on it: a box too tall for a page is split, its pictures apart from its steps.
            String seen = Pdfs.visibleText(big, 40);
            String page = Pdfs.pageTexts(big).stream().filter(t -> t.contains(floor.heading())).findFirst()
                    .orElseThrow();
            for (var picture : floor.pictures()) {
                String caption = "Steps " + picture.step() + " and " + picture.andStep();
                assertThat(seen).contains(caption);
                assertThat(page).as("on the box's page").contains(caption);
            }
            assertThat(page).contains(floor.note(), steps.get(steps.size() - 1));
            assertThat(Pdfs.figureAlts(big).stream().filter(a -> a.startsWith("Getting down to the floor")))
                    .hasSize(floor.pictures().size());
            // A plan with nothing on the floor gets no box.
            Path knee = s.export().exportToFolder(p, plan(s, p, "knee-osteoarthritis"), clinic.paths.printables())
                    .file();
            assertThat(Pdfs.flatText(knee)).doesNotContain(floor.heading());
            assertThat(Pdfs.figureAlts(knee)).noneMatch(a -> a.startsWith("Getting down to the floor"));
        }
    }

    @Test
    void eachExerciseOnTheFloorSaysHowToGetThereFromTheOneBeforeAndTheLastHowToStandUp() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            var floor = s.catalogue().shared().floor().steps();
            String text = Pdfs.flatText(s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file());
            // Pelvic tilt on the back, then cat and cow on hands and knees: the move comes before cat and cow's steps.
            int cat = text.indexOf("3. Cat and cow");
            int move = text.indexOf("From lying on your back: Roll onto your side. Then push up onto your hands and "
                    + "knees. Steps 11 and 12 in \"" + floor.heading() + "\" show how.");
            assertThat(move).isGreaterThan(cat).isLessThan(text.indexOf("Get on your hands and knees", cat));
            // Bird dog starts where cat and cow ends, and child's pose needs no move from hands and knees; child's
            // pose, the last, ends with standing up.
            assertThat(text.substring(text.indexOf("4. Bird dog"))).doesNotContain("From ");
            String last = text.substring(text.indexOf("5. Child's pose"));
            assertThat(last).contains("When you are done: Lean forward onto your hands and knees. Then get up with "
                    + "the help of the chair. Steps 7 and 13 to 17 in");
            assertThat(last.indexOf("When you are done")).isGreaterThan(last.indexOf("Do this 3 times"));
            // The other way round: from hands and knees down onto the back, and standing up from there.
            List<PlanItem> items = new ArrayList<>();
            for (String id : List.of("bird-dog", "knee-to-chest")) {
                Exercise e = s.catalogue().exercise(id).orElseThrow();
                items.add(new PlanItem(e, e.dosage(), ""));
            }
            String back = Pdfs.flatText(s.export().exportToFolder(p, new PlanDraft(p.id(), items, "", "Sam Lee", "",
                    "", false), clinic.paths.printables()).file());
            assertThat(back.substring(back.indexOf("2. Knee to chest"))).contains("From hands and knees: Lower one "
                    + "hip to the floor and lie on your side. Then roll onto your back. Steps 9 and 10 in",
                    "When you are done: Get up with the help of the chair. Steps 11 to 17 in");
            assertThat(back.substring(0, back.indexOf("2. Knee to chest"))).doesNotContain("When you are done");
            // Nothing on the floor, no moves.
            String knee = Pdfs.flatText(s.export().exportToFolder(p, plan(s, p, "knee-osteoarthritis"),
                    clinic.paths.printables()).file());
            assertThat(knee).doesNotContain("When you are done", "show how.");
            // Down on the floor, the exercises are done on the mat: no "bed or floor" between two floor exercises.
            assertThat(text).contains("Lie on your back on the mat.", "Press your lower back gently down into the "
                    + "mat.").doesNotContain("bed or", "the bed or floor");
            // A plan that never goes down to the floor keeps the choice of the bed.
            String bed = Pdfs.flatText(s.export().exportToFolder(p, plan(s, p, "low-back-on-the-bed"),
                    clinic.paths.printables()).file());
            assertThat(bed).contains("on your bed or on the floor").doesNotContain("on the mat");
        }
    }

    @Test
    void eachCaptionNamesThePrintedStepItsPanelShows() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            Path pdf = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            // Read as the eye reads the page, line by line: each numbered step starts its line, the picture and its
            // captions are at the right.
            String text;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(true);
                text = stripper.getText(doc).replaceAll("[ \\t]+", " ");
            }
            // Cat and cow starts with the belly sunk down, the second step on its card, and finishes rounded up.
            assertThat(text).containsPattern("(?m)^2\\. Let your belly sink down toward the floor\\.")
                    .containsPattern("(?m)^3\\. Now round your back up");
            // Child's pose is one held position: the forehead on the floor.
            assertThat(text).containsPattern("(?m)^4\\. Rest your forehead on the floor\\.");
            // Every caption in card order: knee to chest, pelvic tilt, cat and cow, bird dog, child's pose.
            List<String> captions = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "(Start|Finish|Hold this position):\\s+steps? (\\d+(?: to \\d+)?)|(?<![Ss]teps? )\\b(Step) (\\d+)"
                    + "(?! and)").matcher(Pdfs.text(pdf));
            while (m.find()) {
                captions.add(m.group(1) != null ? m.group(1) + " " + m.group(2) : m.group(3) + " " + m.group(4));
            }
            // Cat and cow moves between its steps 2 and 3: each panel names its step, with no "Start" under step 2.
            // Child's pose is held from step 4, where the forehead rests, to step 6, which says for how long.
            // Pelvic tilt starts once the hands rest on the chest, its step 2.
            assertThat(captions).containsExactly("Start 1", "Finish 3", "Start 2", "Finish 4", "Step 2", "Step 3",
                    "Start 1", "Finish 3", "Hold this position 4 to 6");
            assertThat(text).containsPattern("(?m)^6\\. Hold for 30 seconds");
        }
    }

    @Test
    void aBalancePlanShowsGettingUpAfterAFallInPicturesEachNamingItsStep() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            s.clinics().save(org.physiokiosk.testing.Fixtures.CLINIC); // emergency number 911
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            Path pdf = s.export().exportToFolder(p, plan(s, p, "falls-prevention-otago"), clinic.paths.printables())
                    .file();
            var shown = s.catalogue().warnings().afterAFallPictures();
            assertThat(shown).hasSizeGreaterThanOrEqualTo(4);
            List<String> alts = Pdfs.figureAlts(pdf);
            var steps = s.catalogue().warnings().afterAFall();
            for (var picture : shown) {
                assertThat(s.catalogue().picture(picture.picture())).as(picture.picture()).isPresent();
                assertThat(alts).as("the picture of step %d", picture.step()).contains("Getting up after a fall, step "
                        + picture.step() + ": " + steps.get(picture.step() - 1).text());
                assertThat(Pdfs.flatText(pdf)).contains("Step " + picture.step());
            }
            assertThat(Pdfs.pages(pdf)).isLessThanOrEqualTo(4);
            // Under the first column, a line says which steps they show, before them.
            String text = Pdfs.flatText(pdf);
            // Each pictured step by its number, so no step between is promised a picture it lacks.
            List<String> numbers = shown.stream().map(x -> String.valueOf(x.step())).toList();
            int label = text.indexOf("Pictures of steps " + String.join(", ", numbers.subList(0, numbers.size() - 1))
                    + " and " + numbers.get(numbers.size() - 1) + ":");
            assertThat(label).isPositive().isLessThan(text.indexOf("Step " + shown.get(0).step(), label + 20) + 1);
            // "Call for help" says which number, as the red box does.
            assertThat(Pdfs.flatText(pdf)).contains("If you are hurt, call 911 now.")
                    .doesNotContain("{emergency}");
            // The doctor's tier speaks of a fall the reader got up from: hurt on the floor is the box's 911.
            assertThat(Pdfs.flatText(pdf)).contains("If part of you still hurts after you got up from a fall.")
                    .doesNotContain("even if you could get up");
            // The low-back plan is not a balance plan: no box, no pictures of falling.
            Path back = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            assertThat(Pdfs.figureAlts(back)).noneMatch(a -> a.startsWith("Getting up after a fall"));
        }
    }

    @Test
    void theClinicsOwnPhotoPrintsAsItsFigureAndTheHandoutStaysValid() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 200,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.getGraphics().fillRect(20, 20, 100, 100);
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            String svg = org.physiokiosk.pictures.OwnPicture.svg(png.toByteArray(), "squat.png");
            Exercise bridge = s.catalogue().exercise("bridge").orElseThrow();
            Exercise written = new Exercise(bridge.id(), "Hip lift", bridge.kind(), bridge.bodyRegion(),
                    bridge.purpose(), bridge.steps(), bridge.dosage(), bridge.takeCare(), null, null, bridge.origin(),
                    bridge.equipment(), bridge.position(), bridge.level(), bridge.aliases(), bridge.sources(),
                    "A photo of our physio lifting her hips off a mat.");
            var own = s.clinicExercises().copyChanged("bridge", written, null, svg).exercise();
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            var library = s.clinicExercises().library();
            Path pdf = s.export().exportToFolder(p, new org.physiokiosk.plan.PlanDraft(p.id(), List.of(
                    PlanItem.of(library.exercise(own.id()).orElseThrow())), "", "", "", "", false),
                    clinic.paths.printables()).file();
            org.physiokiosk.testing.PdfValidation.assertPdfA2aAndUa1(pdf);
            assertThat(Pdfs.figureAlts(pdf)).containsExactly("A photo of our physio lifting her hips off a mat.");
            assertThat(Pdfs.bitmapImages(pdf)).as("the photo itself, as chosen").isEqualTo(1);
        }
    }

    @Test
    void aReprintDrawsThePicturesThatWerePrintedAfterAPoseChanged() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        Path first;
        long handout;
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportResult r = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables());
            first = r.file();
            handout = r.handoutId();
        }
        Path picture = clinic.paths.catalogue().resolve("pictures").resolve("knee-to-chest.svg");
        Files.writeString(picture, Files.readString(picture).replace("#EE8F3D", "#3D8FEE").replace("#ee8f3d", "#3d8fee"));
        try (Services s = clinic.start()) {
            Path again = s.export().reprint(handout, dir.resolve("again.pdf"), false).file();
            assertThat(Pdfs.pictureDrawings(again)).isEqualTo(Pdfs.pictureDrawings(first));
            Patient p = s.patients().find(1).orElseThrow();
            assertThat(s.catalogue().picture("knee-to-chest").orElseThrow()).contains("#3D8FEE");
            Path fresh = s.export().exportToFolder(p, lowBack(s, p), clinic.paths.printables()).file();
            assertThat(Pdfs.pictureDrawings(fresh)).as("a new handout draws today's picture")
                    .isNotEqualTo(Pdfs.pictureDrawings(first));
        }
    }

    /** A handout of these exercises (ids) for a new patient, in the clinic's printables folder. */
    private static ExportResult handout(TestClinic clinic, Services s, String... ids) throws Exception {
        Patient p = TestClinic.addPatient(s, "Ann Lee");
        var library = s.clinicExercises().library();
        List<PlanItem> items = new ArrayList<>();
        for (String id : ids) {
            items.add(PlanItem.of(library.exercise(id).orElseThrow()));
        }
        return s.export().exportToFolder(p, new PlanDraft(p.id(), items, "", "", "", "", false),
                clinic.paths.printables());
    }

    @Test
    void aStoredPictureWithASecondLinkIsLeftOutOfScreenAndPaperAndTheLinkedFileNeverPrints() throws Exception {
        Path secret = Files.write(dir.resolve("secret.png"), TestPictures.plainPng(7, 13));
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            String id = TestClinic.storedAsBefore(s, "Hip lift", TestPictures.twoLinks(TestPictures.plainPng(10, 10),
                    secret.toUri().toString()));
            Path pdf = handout(clinic, s, id, "pelvic-tilt").file();
            assertThat(Pdfs.bitmapSizes(pdf)).as("never the file").isEmpty();
            assertThat(Pdfs.figureAlts(pdf)).containsExactly(s.catalogue().exercise("pelvic-tilt").orElseThrow().picture());
            assertThat(s.clinicExercises().library().picture(id).isPresent()).as("the kiosk draws it").isFalse();
        }
    }

    @Test
    void aReprintDrawsWhatTheFirstPrintDrewWhateverALinkedFileHoldsNow() throws Exception {
        Path photo = Files.write(dir.resolve("photo.png"), TestPictures.plainPng(7, 13));
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            String id = TestClinic.storedAsBefore(s, "Hip lift", TestPictures.twoLinks(TestPictures.plainPng(10, 10),
                    photo.toUri().toString()));
            ExportResult first = handout(clinic, s, id, "pelvic-tilt");
            Files.write(photo, TestPictures.plainPng(9, 5));
            Path again = s.export().reprint(first.handoutId(), dir.resolve("again.pdf"), false).file();
            assertThat(Pdfs.bitmapSizes(again)).isEqualTo(Pdfs.bitmapSizes(first.file())).isEmpty();
            assertThat(Pdfs.pictureDrawings(again)).isEqualTo(Pdfs.pictureDrawings(first.file())).hasSize(1);
        }
    }

    @Test
    void aHandoutPrintedByAnEarlierVersionReprintsWithoutWhatItsPictureLinkedTo() throws Exception {
        Path secret = Files.write(dir.resolve("secret.png"), TestPictures.plainPng(7, 13));
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            String photo = org.physiokiosk.pictures.OwnPicture.svg(TestPictures.plainPng(10, 10), "photo.png");
            String id = TestClinic.storedAsBefore(s, "Hip lift", photo);
            ExportResult first = handout(clinic, s, id);
            // As an earlier version logged it: its snapshot names a picture that links to a file beside its photo.
            String raw = TestPictures.twoLinks(TestPictures.plainPng(10, 10), secret.toUri().toString());
            String photoSha = org.physiokiosk.Sha256.hex(photo);
            String rawSha = org.physiokiosk.Sha256.hex(raw);
            s.handouts().storePictures(java.util.Map.of(rawSha, raw));
            String snapshot = s.handouts().snapshot(first.handoutId()).orElseThrow();
            assertThat(snapshot).contains(photoSha);
            long plan = s.handouts().find(first.handoutId()).orElseThrow().planId();
            long earlier = s.handouts().log(plan, "earlier.pdf", "0".repeat(64), Fixtures.CLOCK.instant(),
                    snapshot.replace(photoSha, rawSha)).id();
            Path again = s.export().reprint(earlier, dir.resolve("again.pdf"), false).file();
            assertThat(Pdfs.bitmapSizes(again)).doesNotContain("7 x 13");
            assertThat(Pdfs.flatText(again)).contains("Hip lift");
        }
    }

    @Test
    void noHandoutFetchesAnythingAPictureStoredByAnEarlierVersionNames() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start(); LoopbackServer server = new LoopbackServer()) {
            byte[] photo = TestPictures.plainPng(10, 10);
            String[] ids = {
                TestClinic.storedAsBefore(s, "Lift one", TestPictures.twoLinks(photo, server.address("photo.png"))),
                TestClinic.storedAsBefore(s, "Lift two", TestPictures.importing(server.address("sheet.css"))),
                TestClinic.storedAsBefore(s, "Lift three", TestPictures.fontFrom(server.address("font.ttf"))),
                TestClinic.storedAsBefore(s, "Lift four", TestPictures.styleSheetFrom(server.address("sheet.css"))),
            };
            ExportResult r = handout(clinic, s, ids);
            s.export().reprint(r.handoutId(), dir.resolve("again.pdf"), false);
            assertThat(server.connections()).isZero();
            assertThat(Pdfs.figureAlts(r.file())).isEmpty();
        }
    }

    @Test
    void theHandoutsPictureConverterReadsNoFileAndNoAddress() throws Exception {
        Path secret = Files.write(dir.resolve("secret.png"), TestPictures.plainPng(7, 13));
        try (LoopbackServer server = new LoopbackServer()) {
            List<String> pictures = List.of(TestPictures.imageFrom(secret.toUri().toString()),
                    TestPictures.imageFrom(server.address("photo.png")), TestPictures.fontFrom(server.address("f.ttf")),
                    TestPictures.styleSheetFrom(server.address("sheet.css")),
                    TestPictures.twoLinks(TestPictures.plainPng(10, 10), secret.toUri().toString()));
            Path pdf = dir.resolve("pictures.pdf");
            try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                    pdf.toString()))) {
                var canvas = new com.itextpdf.kernel.pdf.canvas.PdfCanvas(doc.addNewPage());
                for (String svg : pictures) {
                    // Past the picture check, as a picture in a handout's own folder of pictures would be.
                    canvas.addXObjectAt(com.itextpdf.svg.converter.SvgConverter.convertToXObject(svg, doc,
                            SvgPictures.properties()), 10, 10);
                }
            }
            assertThat(server.connections()).isZero();
            assertThat(Pdfs.bitmapSizes(pdf)).doesNotContain("7 x 13");
            // A style sheet's @import is read by iText's CSS parser itself, past any retriever: none reaches it.
            String importing = TestPictures.importing(server.address("sheet.css"));
            try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                    java.io.OutputStream.nullOutputStream()))) {
                doc.addNewPage();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> SvgPictures.converted(importing, doc))
                        .hasMessageContaining("style sheet");
            }
            assertThat(server.connections()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"copies of copies", "text", "NaN", "Infinity", "5000 groups"})
    // A guard against a picture that never finishes drawing, not a measure of speed.
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStoredPictureThatWouldHangOrFailEveryHandoutIsLeftOutOfScreenAndPaperAlike(String kind) throws Exception {
        String svg = switch (kind) {
            case "copies of copies" -> TestPictures.nestedUses();
            case "text" -> TestPictures.withText();
            case "NaN" -> TestPictures.notANumberViewBox();
            case "Infinity" -> TestPictures.infiniteWidth();
            default -> TestPictures.nestedGroups(5000);
        };
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            String id = TestClinic.storedAsBefore(s, "Hip lift", svg);
            Path pdf = handout(clinic, s, id, "pelvic-tilt").file();
            assertThat(Pdfs.figureAlts(pdf)).containsExactly(s.catalogue().exercise("pelvic-tilt").orElseThrow().picture());
            assertThat(Pdfs.flatText(pdf)).contains("Hip lift");
            assertThat(s.clinicExercises().library().picture(id).isPresent()).as("the kiosk draws it").isFalse();
        }
    }
}

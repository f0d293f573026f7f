package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.handout.HandoutContent;
import org.physiokiosk.handout.HandoutWriter;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

/** The shipped library serves the whole clinic: every region, honest about review, sourced, easy to read. */
class LibraryContentTest {

    private final Catalogue catalogue = Fixtures.catalogue();

    @TempDir
    Path dir;

    @Test
    void sixtyExercisesAtLeastFiveInEachOfTheNineRegions() {
        assertThat(catalogue.exercises()).hasSizeGreaterThanOrEqualTo(60);
        for (String region : Library.REGIONS) {
            assertThat(catalogue.exercises()).filteredOn(e -> e.bodyRegion().equals(region)).as(region)
                    .hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(catalogue.exercises()).extracting(Exercise::id)
                .contains("knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilt", "bird-dog");
    }

    @Test
    void everyShippedExerciseIsWithinTheLimitsAClinicsCopyMustKeep() {
        // A clinic copies a shipped exercise to change it: the copy must still be one it may save.
        for (Exercise e : catalogue.exercises()) {
            assertThat(ExerciseLimits.problem(e)).as(e.id()).isEmpty();
        }
    }

    @Test
    void everyPictureNamesTheStepsItsPanelsShow() {
        for (Exercise e : catalogue.exercises()) {
            String svg = catalogue.picture(e.id()).orElse(null);
            if (svg == null) {
                continue;
            }
            if (e.id().equals("walking")) {
                continue; // both panels are moments of one stride, which no single step is
            }
            PictureSteps shows = e.pictureSteps();
            assertThat(shows).as("%s: picture.start and picture.finish, or picture.hold", e.id()).isNotNull();
            if (org.physiokiosk.pictures.PictureShape.of(svg).panels()
                    == org.physiokiosk.pictures.PictureShape.Panels.ONE) {
                assertThat(shows.hold()).as("%s: the step that reaches the held position", e.id()).isNotNull();
            } else {
                assertThat(shows.start()).as("%s: the step Start shows", e.id()).isNotNull();
                assertThat(shows.finish()).as("%s: the step Finish shows, after Start's", e.id()).isNotNull()
                        .isGreaterThan(shows.start());
            }
        }
    }

    @Test
    void everyExerciseIsSourcedDescribedAndHonestAboutReview() {
        for (Exercise e : catalogue.exercises()) {
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.picture()).as("%s: alt text of its picture", e.id()).isNotBlank();
            assertThat(catalogue.picture(e.id())).as("%s has its picture, drawn from poses.yaml", e.id()).isPresent();
            assertThat(e.picture().toLowerCase()).as(e.id()).doesNotStartWith("image of").doesNotStartWith("picture of");
            assertThat(e.reviewed()).as("%s: nobody has reviewed the shipped wording", e.id()).isFalse();
            assertThat(e.steps()).as(e.id()).hasSizeBetween(3, 8);
            assertThat(ReadingLevel.grade(String.join(" ", e.steps()))).as(e.id()).isLessThanOrEqualTo(6.0);
        }
    }

    @Test
    void everyRegionHasItsOwnSourcedWarningSignsInPlainWords() {
        for (String region : org.physiokiosk.catalog.Library.REGIONS) {
            var flags = catalogue.warnings().regions().get(region);
            assertThat(flags).as(region).isNotNull();
            List<WarningSigns.Sign> signs = flags.values().stream().flatMap(List::stream).toList();
            assertThat(signs).as(region).hasSizeBetween(3, 14).allSatisfy(f -> {
                assertThat(f.text()).startsWith("If ");
                assertThat(f.sources()).as(f.text()).isNotEmpty();
            });
            assertThat(flags.get(WarningTier.EMERGENCY)).as("%s: what calls for an ambulance", region).isNotEmpty();
            String text = String.join(" ", signs.stream().map(WarningSigns.Sign::text).toList());
            assertThat(ReadingLevel.grade(text)).as("grade of the %s warning signs", region).isLessThanOrEqualTo(8.0);
        }
    }

    @Test
    void twelveTemplatesAcrossTheRegionsEachReadingAtGradeEightOrBelow() throws Exception {
        assertThat(catalogue.templates()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(catalogue.templates().stream().map(Template::bodyRegion).distinct().count()).isGreaterThanOrEqualTo(8);
        for (Template t : catalogue.templates()) {
            assertThat(t.sources()).as(t.id()).isNotEmpty();
            List<PlanItem> items = t.items().stream().map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
            Path pdf = dir.resolve(t.id() + ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                new HandoutWriter(Fixtures.FONTS).write(HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 1,
                        LocalDate.of(2026, 11, 24), new PlanDraft(1, items, "", "Sam Lee", "", "", false)), out);
            }
            String text = Pdfs.flatText(pdf);
            assertThat(text).as(t.id()).contains(t.title(), t.goal());
            assertThat(ReadingLevel.grade(text)).as("grade of the %s handout", t.id()).isLessThanOrEqualTo(8.0);
        }
    }
}

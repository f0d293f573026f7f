package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Fixtures;

class CatalogueLoaderTest {

    @TempDir
    Path dir;

    private final CatalogueLoader loader = new CatalogueLoader();

    @BeforeEach
    void copyShippedCatalogue() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.CATALOGUE_DIR)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void shippedCatalogueHoldsTheFiveLowBackExercisesAndStarterTemplate() throws Exception {
        Catalogue c = loader.load(Fixtures.CATALOGUE_DIR);

        assertThat(c.exercises()).extracting(Exercise::id)
                .contains("knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilt", "bird-dog");
        assertThat(new LibrarySearch(c.exercises()).find("", LibrarySearch.Filter.NONE.withKind(ExerciseKind.STRETCH))).extracting(Exercise::id)
                .contains("knee-to-chest", "cat-cow", "childs-pose").doesNotContain("pelvic-tilt", "bird-dog");
        assertThat(new LibrarySearch(c.exercises()).find("", LibrarySearch.Filter.NONE.withKind(ExerciseKind.STRENGTHEN))).extracting(Exercise::id)
                .contains("pelvic-tilt", "bird-dog").doesNotContain("knee-to-chest");
        assertThat(c.template("low-back-starter")).get()
                .satisfies(t -> assertThat(t.items()).hasSize(5));
        assertThat(c.warnings().regions()).containsOnlyKeys(Library.REGIONS);
        assertThat(c.shared().tips()).isNotEmpty();
        for (Exercise e : c.exercises()) {
            assertThat(e.steps()).as(e.id()).hasSizeGreaterThanOrEqualTo(3);
            if (!List.of("knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilt", "bird-dog").contains(e.id())) {
                continue;
            }
            assertThat(e.reviewed()).as("%s: no clinician has reviewed our wording yet", e.id()).isFalse();
            assertThat(e.sources()).as(e.id()).isNotEmpty()
                    .anySatisfy(s -> assertThat(s).contains("Dr. Nick I"));
            assertThat(e.level()).as(e.id()).isBetween(Library.MIN_LEVEL, Library.MAX_LEVEL);
            assertThat(Library.POSITIONS).as(e.id()).contains(e.position());
            assertThat(e.equipment()).as(e.id()).isNotEmpty();
            assertThat(e.aliases()).as(e.id()).isNotEmpty();
            assertThat(e.origin()).isEqualTo(Origin.SEED);
        }
    }

    @Test
    void bundledCopyInTheJarMatchesTheDataFolder() throws Exception {
        assertThat(loader.loadBundled()).isEqualTo(loader.load(Fixtures.CATALOGUE_DIR));
    }

    @Test
    void searchFindsByPartOfTheNameInAnyCase() throws Exception {
        Catalogue c = loader.load(Fixtures.CATALOGUE_DIR);
        assertThat(new LibrarySearch(c.exercises()).find("KNEE TO CHEST", LibrarySearch.Filter.NONE)).extracting(Exercise::id).containsExactly("knee-to-chest");
        assertThat(new LibrarySearch(c.exercises()).find("bird dog", LibrarySearch.Filter.NONE.withKind(ExerciseKind.STRETCH))).isEmpty();
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("handout-text.yaml"), "tipsHeading: Tips\ntips: [\"unclosed\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("handout-text.yaml")
                .hasMessageContaining("not valid YAML at line");
    }

    @Test
    void missingFieldNamesFileEntryAndField() throws Exception {
        replace("exercises.yaml", "    takeCare: Move slowly, only as far as feels comfortable. Stop if pain or tingling spreads "
                + "further down your leg.\n", "");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("exercises.yaml")
                .hasMessageContaining("exercise 'cat-cow'")
                .hasMessageContaining("field 'takeCare' is missing");
    }

    @Test
    void unknownKindSaysWhichWordsAreAllowed() throws Exception {
        replace("exercises.yaml", "  - id: bird-dog\n    name: Bird dog\n    kind: strengthen",
                "  - id: bird-dog\n    name: Bird dog\n    kind: cardio");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'bird-dog'")
                .hasMessageContaining("field 'kind' is 'cardio'; use stretch, strengthen, mobility or balance");
    }

    @Test
    void misspeltFieldIsNamed() throws Exception {
        replace("exercises.yaml", "    purpose: This helps your back move more easily.",
                "    purpse: This helps your back move more easily.");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'cat-cow'")
                .hasMessageContaining("field 'purpse' is not a known field");
    }

    @Test
    void badDosageNumberIsNamed() throws Exception {
        replace("exercises.yaml", "      holdSeconds: 10\n", "      holdSeconds: ten\n");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'pelvic-tilt'")
                .hasMessageContaining("field 'dosage.holdSeconds' must be a whole number");
    }

    @Test
    void badReviewDateIsNamed() throws Exception {
        replace("exercises.yaml", "    origin: seed\n\n  - id: cat-cow",
                "    reviewedBy: Kim Park, physiotherapist\n    reviewedOn: last Tuesday\n    origin: seed\n\n"
                        + "  - id: cat-cow");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'knee-to-chest'")
                .hasMessageContaining("field 'reviewedOn' is 'last Tuesday'; write the date as YYYY-MM-DD");
    }

    @Test
    void aReviewNeedsBothWhoAndWhen() throws Exception {
        replace("exercises.yaml", "    origin: seed\n\n  - id: cat-cow",
                "    reviewedBy: Kim Park, physiotherapist\n    origin: seed\n\n  - id: cat-cow");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'knee-to-chest'")
                .hasMessageContaining("field 'reviewedOn' is missing; a clinician's review needs both who");
    }

    @Test
    void aClinicianReviewIsShownAsReviewed() throws Exception {
        replace("exercises.yaml", "    origin: seed\n\n  - id: cat-cow",
                "    reviewedBy: Kim Park, physiotherapist\n    reviewedOn: 2026-11-20\n    origin: seed\n\n"
                        + "  - id: cat-cow");
        Exercise e = loader.load(dir).exercise("knee-to-chest").orElseThrow();
        assertThat(e.reviewed()).isTrue();
        assertThat(e.reviewedBy()).isEqualTo("Kim Park, physiotherapist");
    }

    @Test
    void libraryWordsOutsideTheListsAreNamed() throws Exception {
        replace("exercises.yaml", "    position: hands and knees\n    level: 1", "    position: on all fours\n    level: 1");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("exercise 'cat-cow'")
                .hasMessageContaining("field 'position' is 'on all fours'; use one of: lying on your back");
        replace("exercises.yaml", "    position: on all fours\n    level: 1", "    position: hands and knees\n    level: 4");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("field 'level' must be 1 (gentle start)");
        replace("exercises.yaml", "    position: hands and knees\n    level: 4", "    position: hands and knees\n    level: 1");
        replace("exercises.yaml", "  - id: pelvic-tilt\n    name: Pelvic tilt\n    kind: strengthen\n    bodyRegion: low back",
                "  - id: pelvic-tilt\n    name: Pelvic tilt\n    kind: strengthen\n    bodyRegion: tummy");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("field 'bodyRegion' is 'tummy'");
    }

    @Test
    void altTextLongerThanAScreenReaderBreathIsRefused() throws Exception {
        replace("exercises.yaml", "      alt: \"Lying on your back, knees bent, feet flat; then holding one knee",
                "      alt: \"" + "Lying on your back. ".repeat(11) + "Then holding one knee");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("field 'picture.alt' is longer than 200");
    }

    @Test
    void aPictureNamingAStepTheExerciseDoesNotHaveIsRefused() throws Exception {
        // Knee to chest has five steps; its picture shows the first and the third.
        String shipped = "      start: 1\n      finish: 3\n      alt: \"Lying on your back, knees bent";
        assertThat(loader.load(dir).exercise("knee-to-chest").orElseThrow().pictureSteps())
                .isEqualTo(new PictureSteps(1, 3, null));
        replace("exercises.yaml", shipped, shipped.replace("finish: 3", "finish: 6"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("field 'picture.finish' must be the number of "
                + "one of this exercise's steps, 1 to 5");
        replace("exercises.yaml", shipped.replace("finish: 3", "finish: 6"), shipped.replace("finish: 3", "hold: 3"));
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("field 'picture.hold' is for a picture of one "
                + "held position");
    }

    @Test
    void duplicateIdIsRefused() throws Exception {
        replace("exercises.yaml", "  - id: cat-cow", "  - id: knee-to-chest");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'knee-to-chest'")
                .hasMessageContaining("field 'id' is used twice");
    }

    /** The 1-based line of the first line of {@code file} equal to {@code line}. */
    private int lineOf(String file, String line) throws Exception {
        return java.nio.file.Files.readAllLines(dir.resolve(file)).indexOf(line) + 1;
    }

    @Test
    void aKeyWrittenTwiceInOneEntryIsRefusedWithFileLineAndKey() throws Exception {
        // Without the check the second name silently won and printed on every handout.
        replace("exercises.yaml", "    name: Knee to chest\n    kind: stretch\n",
                "    name: Knee to chest\n    kind: stretch\n    name: Knee hug\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CatalogueException.class)
                .hasMessage(dir.resolve("exercises.yaml") + " line " + lineOf("exercises.yaml", "    name: Knee hug")
                        + ": the key 'name' appears twice in the same entry; keep one.");
    }

    @Test
    void aKeyWrittenTwiceInADosageIsRefused() throws Exception {
        replace("exercises.yaml", "      holdSeconds: 30\n      repetitions: 3\n",
                "      holdSeconds: 30\n      repetitions: 3\n      holdSeconds: 60\n");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("exercises.yaml") + " line " + lineOf("exercises.yaml", "      holdSeconds: 60")
                        + ": the key 'holdSeconds' appears twice in the same entry; keep one.");
    }

    @Test
    void aKeyWrittenTwiceAtTheTopOfAFileIsRefused() throws Exception {
        replace("clinic.yaml", "paper: a4\n", "paper: a4\npaper: letter\n");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("clinic.yaml") + " line " + lineOf("clinic.yaml", "paper: letter")
                        + ": the key 'paper' appears twice at the top of the file; keep one.");
    }

    @Test
    void templateNamingAnUnknownExerciseIsRefused() throws Exception {
        replace("templates.yaml", "- exercise: bird-dog", "- exercise: bird-cat");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("templates.yaml")
                .hasMessageContaining("template 'low-back-starter'")
                .hasMessageContaining("field 'exercises.exercise' names 'bird-cat'");
    }

    @Test
    void missingFileIsNamed() throws Exception {
        Files.delete(dir.resolve("warning-signs.yaml"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("warning-signs.yaml: file is missing");
    }

    @Test
    void aSignCitingASourceTheFileDoesNotListIsRefused() throws Exception {
        replace("warning-signs.yaml", "sources: [wast-heart-attack]}", "sources: [no-such-page]}");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("warning-signs.yaml")
                .hasMessageContaining("names 'no-such-page', which is not under 'sources' at the top");
    }

    @Test
    void aRegionsWarningSignMustBeAConditionAndNameARealRegion() throws Exception {
        replace("warning-signs.yaml", "{text: \"If you suddenly see double", "{text: \"You suddenly see double");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("warning-signs.yaml")
                .hasMessageContaining("regions.neck").hasMessageContaining("starting with 'If '");
        replace("warning-signs.yaml", "{text: \"You suddenly see double", "{text: \"If you suddenly see double");
        replace("warning-signs.yaml", "\n  neck:\n", "\n  necks:\n");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("necks").hasMessageContaining("is not a body region");
    }

    @Test
    void aProgressionNamesAHarderStepOfTheSameRegionAndGivesItItsEasierOne() throws Exception {
        Catalogue catalogue = loader.load(dir);
        assertThat(catalogue.exercise("bridge").orElseThrow().easier()).isEqualTo("pelvic-tilt");
        assertThat(catalogue.exercise("pelvic-tilt").orElseThrow().harder()).isEqualTo("bridge");

        replace("exercises.yaml", "    harder: bridge", "    harder: chin-tuck");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("exercise 'pelvic-tilt': field 'harder'")
                .hasMessageContaining("not a harder step for the same body region");
        replace("exercises.yaml", "    harder: chin-tuck", "    harder: no-such");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("names 'no-such', which is not another");
        replace("exercises.yaml", "    harder: no-such", "    harder: inner-range-quads");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("not a harder step");
    }

    @Test
    void theShippedCatalogueMakesUpNoClinicAndAClinicsOwnDetailsAreRead() throws Exception {
        Clinic shipped = loader.load(Fixtures.CATALOGUE_DIR).clinic();
        assertThat(List.of(shipped.name(), shipped.address(), shipped.phone(), shipped.emergencyNumber()))
                .as("Physio Kiosk does not know the clinic").containsOnly("");
        assertThat(loader.loadBundled().clinic().name()).isEmpty();
        replace("clinic.yaml", "paper: a4\n", "name: Riverside Physio\nphone: 0113 496 0000\n"
                + "emergencyNumber: \"999\"\npaper: letter\n");
        assertThat(loader.load(dir).clinic()).isEqualTo(new Clinic("Riverside Physio", "", "0113 496 0000", "999",
                org.physiokiosk.clinic.PaperSize.LETTER));
    }

    @Test
    void everyMoveBetweenPositionsOnTheFloorIsGivenWithTheStepsThatShowIt() throws Exception {
        FloorSteps floor = loader.load(Fixtures.CATALOGUE_DIR).shared().floor().steps();
        // From each position on the floor to each other one, and up to standing: a card never leaves a reader lying
        // on the floor without the next move.
        for (String from : floor.positions()) {
            assertThat(floor.move(from, FloorSteps.STANDING)).as("standing up from %s", from).isPresent();
            for (String to : floor.positions()) {
                if (!to.equals(from) && !(from.equals("hands and knees") && to.equals("kneeling"))) {
                    assertThat(floor.move(from, to)).as("from %s to %s", from, to).isPresent();
                }
            }
        }
        FloorSteps.Move up = floor.move("kneeling", FloorSteps.STANDING).orElseThrow();
        // Sitting up on the heels (child's pose ends there), the reader goes onto hands and knees first.
        assertThat(floor.body(up)).startsWith("Lean forward onto your hands and knees.")
                .endsWith("Steps 7 and 13 to 17 in \"" + floor.heading() + "\" show how.");
        assertThat(floor.steps().get(12)).as("step 13 crawls to the chair").contains("forward", "to the chair");
        // The chair stands where step 2 put it: the reader moves away from it to lie down, and back to it to get up.
        java.util.List<String> s = floor.steps();
        assertThat(s).containsSubsequence(s.stream().filter(x -> x.startsWith("Put your hands on the floor")).findFirst()
                .orElseThrow(), "Crawl back a little, away from the chair.", s.stream().filter(x -> x.contains(
                "lie on your side")).findFirst().orElseThrow(), "Push up onto your hands and knees.",
                "Crawl forward to the chair.", "Come up onto your knees, facing the chair.");
    }

    @Test
    void aMoveNamingAStepTheBoxDoesNotHaveOrAPositionOffTheFloorIsRefused() throws Exception {
        replace("handout-text.yaml", "to: hands and knees, text: \"Roll onto your side. Then push up onto your hands "
                + "and knees.\", steps: [11, 12]}", "to: hands and knees, text: \"Roll over.\", steps: [11, 31]}");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("handout-text.yaml")
                .hasMessageContaining("floor.moves[2].").hasMessageContaining("must be the box's step numbers, 1 to 17");
        replace("handout-text.yaml", "steps: [11, 31]}", "steps: [11, 12]}");
        replace("handout-text.yaml", "{from: lying on your side, to: lying on your back,",
                "{from: sitting, to: lying on your back,");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("from' is 'sitting'");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).as("test setup: %s holds the text to replace", file).contains(from);
        Files.writeString(p, text.replace(from, to));
    }
}

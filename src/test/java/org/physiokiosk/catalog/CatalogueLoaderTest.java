package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .containsExactly("knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilt", "bird-dog");
        assertThat(c.search("", ExerciseKind.STRETCH)).extracting(Exercise::id)
                .containsExactly("knee-to-chest", "cat-cow", "childs-pose");
        assertThat(c.search("", ExerciseKind.STRENGTHEN)).extracting(Exercise::id)
                .containsExactly("pelvic-tilt", "bird-dog");
        assertThat(c.template("low-back-starter")).get()
                .satisfies(t -> assertThat(t.items()).hasSize(5));
        assertThat(c.safety().redFlags()).hasSize(3);
        assertThat(c.tips().tips()).hasSize(4);
        for (Exercise e : c.exercises()) {
            assertThat(e.steps()).as(e.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(e.reviewedBy()).as(e.id()).isNotBlank();
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
        assertThat(c.search("KNEE", null)).extracting(Exercise::id).containsExactly("knee-to-chest");
        assertThat(c.search("dog", ExerciseKind.STRETCH)).isEmpty();
    }

    @Test
    void malformedYamlNamesTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("tips.yaml"), "heading: Tips\ntips: [\"unclosed\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("tips.yaml")
                .hasMessageContaining("not valid YAML at line");
    }

    @Test
    void missingFieldNamesFileEntryAndField() throws Exception {
        replace("exercises.yaml", "    takeCare: Move slowly. Only go as far as feels comfortable.\n", "");
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
                .hasMessageContaining("field 'kind' is 'cardio'; use stretch or strengthen");
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
        replace("exercises.yaml", "    reviewedOn: 2026-02-05\n    origin: seed\n\n  - id: cat-cow",
                "    reviewedOn: last Tuesday\n    origin: seed\n\n  - id: cat-cow");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'knee-to-chest'")
                .hasMessageContaining("field 'reviewedOn' is 'last Tuesday'; write the date as YYYY-MM-DD");
    }

    @Test
    void duplicateIdIsRefused() throws Exception {
        replace("exercises.yaml", "  - id: cat-cow", "  - id: knee-to-chest");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("exercise 'knee-to-chest'")
                .hasMessageContaining("field 'id' is used twice");
    }

    @Test
    void aKeyWrittenTwiceInOneEntryIsRefusedWithFileLineAndKey() throws Exception {
        // Without the check the second name silently won and printed on every handout.
        replace("exercises.yaml", "    name: Knee to chest\n    kind: stretch\n",
                "    name: Knee to chest\n    kind: stretch\n    name: Knee hug\n");
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(CatalogueException.class)
                .hasMessage(dir.resolve("exercises.yaml")
                        + " line 14: the key 'name' appears twice in the same entry; keep one.");
    }

    @Test
    void aKeyWrittenTwiceInADosageIsRefused() throws Exception {
        replace("exercises.yaml", "      holdSeconds: 30\n      repetitions: 3\n",
                "      holdSeconds: 30\n      repetitions: 3\n      holdSeconds: 60\n");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("exercises.yaml")
                        + " line 25: the key 'holdSeconds' appears twice in the same entry; keep one.");
    }

    @Test
    void aKeyWrittenTwiceAtTheTopOfAFileIsRefused() throws Exception {
        replace("clinic.yaml", "phone: 555-0100\n", "phone: 555-0100\nphone: 555-0199\n");
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessage(dir.resolve("clinic.yaml")
                        + " line 4: the key 'phone' appears twice at the top of the file; keep one.");
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
        Files.delete(dir.resolve("safety.yaml"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("safety.yaml: file is missing");
    }

    @Test
    void emptyRedFlagListIsRefused() throws Exception {
        Files.writeString(dir.resolve("safety.yaml"), Files.readString(dir.resolve("safety.yaml"))
                .replaceAll("(?s)redFlags:.*?emergency:", "redFlags: []\nemergency:"));
        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("safety.yaml")
                .hasMessageContaining("field 'redFlags' is empty");
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).as("test setup: %s holds the text to replace", file).contains(from);
        Files.writeString(p, text.replace(from, to));
    }
}

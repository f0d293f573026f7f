package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Fixtures;

/**
 * The catalogue parsed at build time stands in for the shipped files only while they are unchanged: a start then
 * skips the YAML parser, and an edit to a file in data/catalogue is always what the kiosk shows.
 */
class CompiledCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void theBuildsCopyHoldsExactlyWhatTheShippedFilesSay() throws Exception {
        CompiledCatalogue compiled = CompiledCatalogue.bundled();
        for (String file : CompiledCatalogue.FILES) {
            String text = Files.readString(Fixtures.CATALOGUE_DIR.resolve(file));
            assertThat(compiled.tree(file, text)).as(file + " (run mvn process-classes after changing it)")
                    .isNotNull()
                    .isEqualTo(YamlTree.parse(file, text));
        }
    }

    @Test
    void anEditedFileIsReadFromTheFolderNotFromTheBuildsCopy() throws Exception {
        try (Stream<Path> files = Files.list(Fixtures.CATALOGUE_DIR)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        Files.createDirectories(dir.resolve("pictures"));
        Path exercises = dir.resolve(CatalogueLoader.EXERCISES);
        String text = Files.readString(exercises);
        assertThat(text).contains("    name: Knee to chest\n");
        Files.writeString(exercises, text.replace("    name: Knee to chest\n", "    name: Knee hug\n"));

        assertThat(CompiledCatalogue.bundled().tree(CatalogueLoader.EXERCISES, Files.readString(exercises))).isNull();
        assertThat(new CatalogueLoader().load(dir).exercise("knee-to-chest")).get()
                .extracting(Exercise::name).isEqualTo("Knee hug");
    }

    @Test
    void aWordThatLooksLikeAnotherTypeStaysTheWordWritten() throws Exception {
        // YAML 1.1 reads a bare No as false and 010 as eight; a catalogue's text is kept as the writer typed it.
        assertThat(YamlTree.parse("t.yaml", "heading: No\ntips:\n  - 010\n  - ~\n"))
                .containsEntry("heading", "No")
                .containsEntry("tips", java.util.Arrays.asList("010", null));
    }
}

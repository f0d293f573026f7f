package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pictures --write-svg} draws the catalogue's pictures from its poses.yaml. */
class PicturesCliTest {

    @TempDir
    Path dir;

    @Test
    void writeSvgDrawsEveryPictureAndSecondRunChangesNothing() throws Exception {
        Path catalogue = Files.createDirectories(dir.resolve("data/catalogue"));
        Files.copy(Path.of("data/catalogue/poses.yaml"), catalogue.resolve("poses.yaml"));

        CliRun first = CliRun.ok(dir, "pictures", "--write-svg");
        assertThat(first.out()).startsWith("Wrote 5 picture(s), 0 already up to date");
        assertThat(catalogue.resolve("pictures/knee-to-chest.svg")).hasSameTextualContentAs(
                Path.of("data/catalogue/pictures/knee-to-chest.svg"));

        CliRun second = CliRun.ok(dir, "pictures", "--write-svg", "--catalogue", "data/catalogue");
        assertThat(second.out()).startsWith("Wrote 0 picture(s), 5 already up to date");
    }

    @Test
    void withoutAnOutputItSaysWhatToAskFor() {
        CliRun r = CliRun.in(dir, "pictures");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("say what to make: --write-svg");
    }

    @Test
    void aBadPoseFileStopsWithItsMessage() throws Exception {
        Path catalogue = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(catalogue.resolve("poses.yaml"),
                "pictures:\n  x:\n    hold:\n      base: standing\n      knees: {flexion: 200}\n");
        CliRun r = CliRun.in(dir, "pictures", "--write-svg", "--catalogue", "cat");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("poses.yaml: picture 'x': hold: field 'knees.flexion' is 200");
        assertThat(catalogue.resolve("pictures")).doesNotExist();
    }
}

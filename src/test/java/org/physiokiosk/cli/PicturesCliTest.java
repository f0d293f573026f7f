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

        long pictures;
        try (var files = Files.list(Path.of("data/catalogue/pictures"))) {
            pictures = files.filter(p -> p.toString().endsWith(".svg")).count();
        }
        CliRun first = CliRun.ok(dir, "pictures", "--write-svg");
        assertThat(first.out()).startsWith("Wrote " + pictures + " picture(s), 0 already up to date");
        assertThat(catalogue.resolve("pictures/knee-to-chest.svg")).hasSameTextualContentAs(
                Path.of("data/catalogue/pictures/knee-to-chest.svg"));

        CliRun second = CliRun.ok(dir, "pictures", "--write-svg", "--catalogue", "data/catalogue");
        assertThat(second.out()).startsWith("Wrote 0 picture(s), " + pictures + " already up to date");
    }

    @Test
    void withoutAnOutputItSaysWhatToAskFor() {
        CliRun r = CliRun.in(dir, "pictures");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("say what to make: --write-svg or --out FILE.pdf");
    }

    @Test
    void outWritesThePictureBookAndNeverOverAnotherFile() throws Exception {
        Path book = dir.resolve("book.pdf");
        assertThat(CliRun.ok(dir, "pictures", "--out", book.toString()).out().strip()).isEqualTo(book.toString());
        assertThat(org.physiokiosk.testing.Pdfs.flatText(book)).contains("Physio Kiosk exercise pictures", "Knee to chest");
        CliRun again = CliRun.in(dir, "pictures", "--out", book.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "my notes");
        assertThat(CliRun.in(dir, "pictures", "--out", notes.toString(), "--replace").code()).isEqualTo(2);
        assertThat(notes).hasContent("my notes");
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

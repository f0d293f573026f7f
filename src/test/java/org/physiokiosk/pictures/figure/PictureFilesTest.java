package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed pictures are exactly what poses.yaml draws today. */
class PictureFilesTest {

    private static final Path CATALOGUE = Path.of("data/catalogue");

    @Test
    void theCommittedPicturesMatchThePoseData() throws Exception {
        List<String> problems = PictureFiles.problems(CATALOGUE);
        assertThat(problems).as("The pictures in data/catalogue/pictures/ do not match poses.yaml. Regenerate them "
                + "with:%n    mvn -q package -DskipTests && %s%nand commit the SVGs. Problems", PictureFiles.COMMAND)
                .isEmpty();
    }

    @Test
    void everySeedExerciseHasItsPicture() throws Exception {
        for (String id : List.of("knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilt", "bird-dog")) {
            assertThat(CATALOGUE.resolve("pictures").resolve(id + ".svg")).isRegularFile();
        }
    }

    @Test
    void aChangedPoseIsNoticedAndWritingFixesIt(@TempDir Path dir) throws Exception {
        String poses = Files.readString(CATALOGUE.resolve(PoseFile.FILE));
        Files.writeString(dir.resolve(PoseFile.FILE), poses);
        PictureFiles.Written first = PictureFiles.write(dir);
        assertThat(first.written()).contains("knee-to-chest");
        assertThat(PictureFiles.problems(dir)).isEmpty();

        Files.writeString(dir.resolve(PoseFile.FILE), poses.replaceFirst("right hip: \\{flexion: 120}",
                "right hip: {flexion: 110}"));
        assertThat(PictureFiles.problems(dir)).singleElement().asString()
                .endsWith("knee-to-chest.svg does not match its pose in poses.yaml");

        Files.writeString(dir.resolve("pictures/old-exercise.svg"), "<svg/>");
        PictureFiles.Written second = PictureFiles.write(dir);
        assertThat(second.written()).containsExactly("knee-to-chest");
        assertThat(second.orphans()).containsExactly("old-exercise.svg");
        assertThat(dir.resolve("pictures/old-exercise.svg")).exists();
        assertThat(PictureFiles.problems(dir)).singleElement().asString().contains("has no pose in poses.yaml");
    }
}

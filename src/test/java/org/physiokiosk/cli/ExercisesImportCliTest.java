package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exercises import} given a file from outside: whatever it holds, it is refused with exit 2 and a line that
 * names the entry and what to fix, or imported whole; never half, never waited on. Real files, real SQLite databases.
 */
class ExercisesImportCliTest {

    @TempDir
    Path dir;

    /** The other clinic's database, which has its own "Knee hug", and what its library lists before any import. */
    private String target;
    private String before;

    @BeforeEach
    void aClinic() {
        target = dir.resolve("b.db").toString();
        CliRun.ok(dir, "exercise", "copy", "knee-to-chest", "--name", "Knee hug", "--db", target);
        before = catalog();
    }

    private String catalog() {
        return CliRun.ok(dir, "catalog", "--db", target).out();
    }

    /** The kiosk's own commands hold a new name to the same rules. */
    @Test
    void aCopyIsNamedByTheSameRules() {
        CliRun mixed = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "Cat and c\u03BFw", "--db", target);
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("the name mixes letters of different alphabets in the word 'c\u03BFw'");
        CliRun like = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "\u041A\u039D\u0395\u0395 hug",
                "--db", target);
        assertThat(like.code()).isEqualTo(2);
        assertThat(like.err()).contains("mixes letters");
        CliRun fullWidth = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "\uFF2B\uFF4E\uFF45\uFF45 hug",
                "--db", target);
        assertThat(fullWidth.code()).isEqualTo(2);
        assertThat(fullWidth.err()).contains("looks like that of the exercise 'Knee hug' (clinic-knee-hug)");
        assertThat(catalog()).isEqualTo(before);
    }

    /** A pipe would wait for a writer and /dev/zero never ends: both are refused before anything is opened. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeOrADeviceIsRefusedAtOnceAndNothingIsOpened() throws Exception {
        Path fifo = dir.resolve("exercises.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path db = dir.resolve("new.db");

        for (String file : List.of(fifo.toString(), "/dev/zero")) {
            Run run = inNewProcess("exercises", "import", file, "--db", db.toString());
            assertThat(run.code()).as(run.printed()).isEqualTo(2);
            assertThat(run.printed()).contains(file + " is not an ordinary file", "exercises export");
        }
        assertThat(db).as("refused before the database is opened").doesNotExist();
    }

    private record Run(int code, String printed) {
    }

    /** The command in a JVM of its own, stopped after a minute: a command that hangs fails the test, not the build. */
    private Run inNewProcess(String... command) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classpath, "org.physiokiosk.app.Main"));
        line.addAll(List.of(command));
        Path output = Files.createTempFile(dir, "printed", ".txt");
        ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().remove("PHYSIO_KIOSK_DB");
        Process p = pb.start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the command ended by itself; it printed: %s", printed).isTrue();
        return new Run(p.exitValue(), printed);
    }
}

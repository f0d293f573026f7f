package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed program's launcher script: the kiosk gets the JVM options the benchmark measures its day with, a
 * command gets its own heap options, the arguments reach the program as typed, and the script is valid shell.
 * (.ci/run runs the built launcher itself.)
 */
class InstalledLauncherTest {

    private static final Path LAUNCHER = Path.of("src/installer/bin/physio-kiosk");

    @TempDir
    Path dir;

    @Test
    void theKioskRunsWithTheOptionsTheBenchmarkMeasuresItsDayWith() throws Exception {
        List<String> kiosk = javaArguments();
        assertThat(kiosk).containsAll(BenchmarkCommand.INSTALLED_OPTIONS).doesNotContain("-XX:MaxTenuringThreshold=0");
        assertThat(kiosk.subList(kiosk.indexOf("org.physiokiosk.app.Main"), kiosk.size()))
                .containsExactly("org.physiokiosk.app.Main");
        // Without it the program would not know it is installed and would keep its records in the working folder.
        assertThat(kiosk).anySatisfy(a -> assertThat(a).startsWith("-Djpackage.app-path="));
        assertThat(javaArguments("--full-screen")).containsAll(BenchmarkCommand.INSTALLED_OPTIONS);
        assertThat(javaArguments("kiosk", "--db", "clinic.db")).containsAll(BenchmarkCommand.INSTALLED_OPTIONS);
    }

    @Test
    void aCommandStartsWithALargerHeapAndNoAgeingAndKeepsItsArgumentsAsTyped() throws Exception {
        List<String> export = javaArguments("export", "--patient", "Ann Lee", "--out", "a b.pdf");
        assertThat(export).contains("-Xms32m", "-XX:MaxTenuringThreshold=0", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xmn4m").doesNotContain("-Xms8m");
        assertThat(export.subList(export.indexOf("org.physiokiosk.app.Main"), export.size()))
                .containsExactly("org.physiokiosk.app.Main", "export", "--patient", "Ann Lee", "--out", "a b.pdf");
    }

    /**
     * Runs the launcher in an app image whose runtime is a stand-in that prints, one per line, the arguments it was
     * given: the launcher's whole job is choosing them.
     */
    private List<String> javaArguments(String... args) throws Exception {
        Path image = dir.resolve("physio-kiosk");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path launcher = image.resolve("bin/physio-kiosk");
        Files.copy(LAUNCHER, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path runtime = image.resolve("lib/runtime/bin/java");
        Files.writeString(runtime, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        assertThat(runtime.toFile().setExecutable(true)).isTrue();
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(printed).isZero();
        return printed.lines().toList();
    }

    @Test
    void theLauncherIsValidShell() throws Exception {
        Process p = new ProcessBuilder("sh", "-n", LAUNCHER.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
    }
}

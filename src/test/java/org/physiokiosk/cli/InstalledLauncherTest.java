package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The installed program's launcher script and the benchmark that measures the kiosk's day with its JVM options
 * name the same options, and the script is valid shell. (.ci/run runs the built launcher itself.)
 */
class InstalledLauncherTest {

    private static final Path LAUNCHER = Path.of("src/installer/bin/physio-kiosk");

    @Test
    void theBenchmarkMeasuresTheDayWithTheLaunchersOwnOptions() throws Exception {
        String script = Files.readString(LAUNCHER);
        assertThat(BenchmarkCommand.INSTALLED_OPTIONS).allSatisfy(option -> assertThat(script).contains(" " + option));
        // Without it the program would not know it is installed and would keep its records in the working folder.
        assertThat(script).contains("-Djpackage.app-path=");
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    }

    @Test
    void theLauncherIsValidShell() throws Exception {
        Process p = new ProcessBuilder("sh", "-n", LAUNCHER.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
    }
}

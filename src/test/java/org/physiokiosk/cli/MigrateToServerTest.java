package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.FreshSchema;

/**
 * {@code migrate --from FILE.db --to postgresql://...}: a clinic moves its record onto the server with one command
 * and a printed check, and the server then carries on where the file left off.
 */
class MigrateToServerTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final FreshSchema schema = new FreshSchema();

    private String server;

    @BeforeEach
    void address() {
        server = schema.address();
    }

    private CommandLineRun run(String... args) {
        return CommandLineRun.in(dir, args);
    }

    private void ok(CommandLineRun r) {
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aClinicsRecordMovesOntoTheServerWithACheckAndTheServerCarriesOn() {
        String file = dir.resolve("clinic.db").toString();
        ok(run("export", "--patient", "Zoë Łukasiewicz", "--dob", "1950-01-01", "--template", "low-back-starter",
                "--note", "Knee sore after stairs", "--out", dir.resolve("zoe.pdf").toString(), "--db", file));
        ok(run("export", "--patient", "王小明", "--dob", "1961-02-03", "--template", "low-back-starter",
                "--out", dir.resolve("wang.pdf").toString(), "--db", file));
        ok(run("note", "amend", "--note", "1", "--text", "Right knee, not left.", "--author", "Sam Lee", "--db", file));

        CommandLineRun moved = run("migrate", "--from", file, "--to", server);
        ok(moved);
        assertThat(moved.out()).contains("Moved onto").doesNotContain("DIFFERENT", "DIFFERS");
        assertThat(moved.out().lines().filter(l -> l.startsWith("patient ")).findFirst()).get().asString()
                .matches("patient\\s+2\\s+2");
        assertThat(moved.out()).contains("matches " + dir.resolve("zoe.pdf"));

        // Another PC on the server sees the whole record: names, the note with its amendment, the handouts.
        assertThat(run("patients", "--find", "王", "--db", server).out()).contains("王小明");
        CommandLineRun notes = run("notes", "--patient", "1", "--db", server);
        assertThat(notes.out()).contains("Knee sore after stairs", "Right knee, not left.");
        assertThat(run("handouts", "--patient", "2", "--db", server).out()).contains("wang.pdf");
        // It goes on numbering after the file's rows, and the audit trail's chain runs on through the move.
        ok(run("export", "--patient", "Ana Silva", "--dob", "1970-05-06", "--template", "low-back-starter",
                "--out", dir.resolve("ana.pdf").toString(), "--db", server));
        assertThat(run("patients", "--find", "Ana", "--db", server).out()).containsPattern("(?m)^\\s*3\\b.*Ana Silva");
        ok(run("audit", "verify", "--db", server));

        // The file still holds everything it held.
        assertThat(run("patients", "--db", file).out()).contains("Zoë Łukasiewicz", "王小明").doesNotContain("Ana");
    }

    @Test
    void aServerThatAlreadyHoldsARecordIsRefusedAndLeftAsItWas() {
        String file = dir.resolve("clinic.db").toString();
        ok(run("export", "--patient", "Zoë Łukasiewicz", "--dob", "1950-01-01", "--template", "low-back-starter",
                "--out", dir.resolve("zoe.pdf").toString(), "--db", file));
        ok(run("export", "--patient", "Kim Park", "--dob", "1980-01-01", "--template", "low-back-starter",
                "--out", dir.resolve("kim.pdf").toString(), "--db", server));

        CommandLineRun refused = run("migrate", "--from", file, "--to", server);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("not empty", "createdb");
        CommandLineRun left = run("patients", "--db", server);
        assertThat(left.out()).contains("Kim Park").doesNotContain("Zoë");
    }
    @Test
    void aFileWithStaffIsMovedOnlyByAnAdministratorAndTheServersTrailNamesThem() throws Exception {
        String file = dir.resolve("clinic.db").toString();
        ok(run("export", "--patient", "Zoë Łukasiewicz", "--dob", "1950-01-01", "--template", "low-back-starter",
                "--out", dir.resolve("zoe.pdf").toString(), "--db", file));
        java.util.Map<String, String> kim = java.util.Map.of("PHYSIO_KIOSK_PIN", "48291573", "PHYSIO_KIOSK_NEW_PIN",
                "739201");
        CliRun.withEnv(java.util.Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", file);
        CliRun.withEnv(kim, dir, "staff", "add", "--name", "sam", "--full-name", "Sam Lee", "--role", "clinician",
                "--as", "kim", "--db", file);

        CommandLineRun nobody = run("migrate", "--from", file, "--to", server);
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("--as NAME");
        CliRun sam = CliRun.withEnv(java.util.Map.of("PHYSIO_KIOSK_PIN", "739201"), dir, "migrate", "--from", file,
                "--to", server, "--as", "sam");
        assertThat(sam.code()).isEqualTo(2);
        assertThat(sam.err()).contains("needs an administrator");
        try (var c = schema.schema().dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT to_regclass('patient') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("nothing was copied onto the server").isTrue();
        }

        CliRun moved = CliRun.withEnv(kim, dir, "migrate", "--from", file, "--to", server, "--as", "kim");
        assertThat(moved.code()).as(moved.err()).isZero();
        String trail = CliRun.withEnv(kim, dir, "audit", "--as", "kim", "--db", server).out();
        assertThat(trail).containsPattern("kim\\s+record moved onto the clinic server.*done")
                .containsPattern("sam\\s+record moved onto the clinic server.*refused: needs administrator");
        ok(run("audit", "verify", "--db", server));
    }
}

package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the record is treated as the record: a letter, a PDF, another program's database, a pipe or a device named
 * as --db is refused as it is (never renamed, never made private, never read into a hang), a pipe as --out too, and
 * what a restore cut short left beside the record is cleared at the next start.
 */
class OnlyTheRecordTest {

    @TempDir
    Path dir;

    private record Seen(byte[] bytes, String permissions, List<String> folder) {
    }

    private Seen seen(Path file) throws Exception {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return new Seen(Files.readAllBytes(file), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private void assertUntouched(Path file, Seen before) throws Exception {
        Seen after = seen(file);
        assertThat(after.bytes()).as("its bytes").isEqualTo(before.bytes());
        assertThat(after.permissions()).as("its permissions").isEqualTo(before.permissions());
        assertThat(after.folder()).as("its folder: nothing renamed, nothing beside it").isEqualTo(before.folder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.txt", "scan.pdf", "empty-looking.db"})
    void aFileThatIsNotTheRecordIsRefusedAndLeftExactlyAsItWas(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, name.endsWith(".pdf") ? "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"
                : "Dear Dr Lee,\nthank you for seeing Mrs Lopez.\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Seen before = seen(file);
        for (String[] command : List.of(new String[] {"catalog"}, new String[] {"patients"},
                new String[] {"export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template",
                        "low-back-starter", "--out", dir.resolve("out.pdf").toString()})) {
            String[] args = Stream.concat(Stream.of(command), Stream.of("--db", file.toString())).toArray(String[]::new);
            CliRun r = CliRun.in(dir, args);
            assertThat(r.code()).as("%s: %s", command[0], r.err()).isEqualTo(2);
            assertThat(r.err()).contains("is not a Physio Kiosk database", "It was not changed");
            assertUntouched(file, before);
        }
    }

    @Test
    void anotherProgramsDatabaseOfAnySchemaNumberIsRefusedUntouched() throws Exception {
        Path other = dir.resolve("accounts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("PRAGMA user_version = 5");
        }
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
        Seen before = seen(other);
        CliRun r = CliRun.in(dir, "patients", "--db", other.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("another program's database");
        assertUntouched(other, before);
    }

    @Test
    void aDeviceOrAPipeAsTheDatabaseIsRefusedAtOnceAndLeftAsItWas() throws Exception {
        Path nul = Path.of("/dev/null");
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(nul));
        CliRun r = CliRun.in(dir, "patients", "--db", nul.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("is not a file (a device or a pipe)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nul))).isEqualTo(mode);

        Path fifo = mkfifo(dir.resolve("pipe.db"));
        CliRun piped = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.in(dir, "catalog", "--db",
                fifo.toString()));
        assertThat(piped.code()).as(piped.err()).isEqualTo(2);
        assertThat(piped.err()).contains("is not a file (a device or a pipe)");
        CliRun export = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.in(dir, "export", "--patient",
                "Ann Lee", "--dob", "1950-01-01", "--template", "low-back-starter", "--out",
                dir.resolve("a.pdf").toString(), "--db", fifo.toString()));
        assertThat(export.code()).as(export.err()).isEqualTo(2);
        assertThat(dir.resolve("a.pdf")).doesNotExist();
    }

    @Test
    void aPipeOrADeviceAsTheHandoutIsRefusedEvenWithReplace() throws Exception {
        Path fifo = mkfifo(dir.resolve("handout.pdf"));
        Path device = Files.createSymbolicLink(dir.resolve("nothing.pdf"), Path.of("/dev/null"));
        for (Path out : List.of(fifo, device)) {
            CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.in(dir, "export", "--patient",
                    "Ann Lee", "--dob", "1950-01-01", "--template", "low-back-starter", "--out", out.toString(),
                    "--replace", "--db", dir.resolve("clinic.db").toString()));
            assertThat(r.code()).as("%s: %s", out, r.err()).isEqualTo(2);
            assertThat(r.err()).contains("is not a file (a device or a pipe)");
        }
    }

    @Test
    void whatARestoreCutShortLeftBesideTheRecordIsClearedAtTheNextStart() throws Exception {
        Path db = dir.resolve("clinic.db");
        CliRun.ok(dir, "export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template", "low-back-starter",
                "--out", dir.resolve("a.pdf").toString(), "--db", db.toString());
        Path backup = dir.resolve("copy.db");
        CliRun.ok(dir, "backup", "--to", backup.toString(), "--db", db.toString());
        // A restore killed while it copied: the real program, in a process of its own, killed as soon as its copy of
        // the backup appears beside the record.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                    + "INSERT INTO visit_note (patient_id, text, author, written_at) "
                    + "SELECT 1, hex(randomblob(8000)), 'test', '2026-11-24T09:30:00Z' FROM n");
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process restore = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classpath, "org.physiokiosk.app.Main", "restore", "--from", backup.toString(), "--db", db.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("restore.log").toFile())
                .start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (leftovers(db).isEmpty() && restore.isAlive() && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        restore.destroyForcibly();
        restore.waitFor(30, TimeUnit.SECONDS);
        List<Path> left = leftovers(db);
        assertThat(left).as("the copy the killed restore left (%s)", Files.readString(dir.resolve("restore.log")))
                .isNotEmpty();
        // The next morning: the next start clears it. One written to in the last minute may be a restore under way.
        for (Path p : left) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofHours(12))));
        }
        Path fresh = dir.resolve("clinic.db.restoring-20991231-000000-000");
        Files.writeString(fresh, "a restore under way");
        CliRun.ok(dir, "patients", "--db", db.toString());
        assertThat(leftovers(db)).containsExactly(fresh);
        assertThat(CliRun.ok(dir, "patients", "--db", db.toString()).out()).contains("Ann Lee");
    }

    private static List<Path> leftovers(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(db.getFileName() + ".restoring-")).toList();
        }
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        return path;
    }

    @Test
    void aBadServerAddressIsSaidInOneLineWithNothingFromTheDriverBesideIt() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classpath, "org.physiokiosk.app.Main", "patients", "--db",
                "postgresql://127.0.0.1:9/physio?loginTimeout=abc").directory(dir.toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList()).as("stderr").singleElement().asString()
                .startsWith("physio-kiosk: ").contains("loginTimeout must be a whole number");
    }
}

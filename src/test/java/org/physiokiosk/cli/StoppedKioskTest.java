package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.physiokiosk.Messages;
import org.physiokiosk.store.SqliteFiles;
import org.physiokiosk.testing.DayAtTheDesk;
import org.physiokiosk.testing.RequiresDisplay;

/**
 * A kiosk stopped the hard way at the end of a new clinic's first day, its last commits (the first administrator's
 * among them) still in the write-ahead log: the next start shows the sign-in screen, never "set up the first
 * administrator", sign-in works, every acknowledged record is there, and a restore still needs an administrator.
 * The kiosk is the real program in a process of its own, on the test's screen.
 */
@Tag("gui")
@ExtendWith(RequiresDisplay.class)
class StoppedKioskTest {

    @TempDir
    Path dir;

    enum Stop { SIGTERM, SIGKILL }

    @ParameterizedTest
    @EnumSource(Stop.class)
    void aKioskStoppedAfterADaysWorkStartsAtSignInWithEveryRecordThere(Stop how) throws Exception {
        Path db = Files.createDirectories(dir.resolve("data")).resolve("clinic.db");
        Process day = DayAtTheDesk.process(db, 6).start();
        List<String> acks = untilReady(day);
        assertThat(acks).as("the day's work").hasSize(2 + 6 * 3);
        // What makes this case: the accounts are only in the log; the database file alone has none.
        assertThat(Files.size(db.resolveSibling("clinic.db-wal"))).isPositive();
        assertThat(staffInTheFileAlone(db)).as("staff in the file without its log").isZero();

        if (how == Stop.SIGTERM) {
            day.destroy();
        } else {
            day.destroyForcibly();
        }
        assertThat(day.waitFor(30, TimeUnit.SECONDS)).as("the kiosk stopped").isTrue();
        assertThat(db.resolveSibling("clinic.db-wal")).as("its log is left behind, as after a power cut").exists();

        String windows = firstScreenOfTheRealKiosk(db);
        assertThat(windows).as("the windows on screen")
                .contains("\"" + Messages.get("app.title") + " \u2013 " + Messages.get("signIn.title") + "\"")
                .doesNotContain(Messages.get("firstAdmin.title"));

        Map<String, String> sam = Map.of("PHYSIO_KIOSK_PIN", DayAtTheDesk.CLINICIAN_SECRET);
        CliRun patients = CliRun.withEnv(sam, dir, "patients", "--db", db.toString(), "--as", "sam");
        assertThat(patients.code()).as(patients.err()).isZero();
        for (String ack : acks) {
            String[] f = ack.split(" ", 3);
            switch (f[0]) {
                case "patient" -> {
                    assertThat(patients.out()).contains(f[2]);
                    CliRun notes = CliRun.withEnv(sam, dir, "notes", "--db", db.toString(), "--as", "sam",
                            "--patient", f[1]);
                    assertThat(notes.code()).as(notes.err()).isZero();
                    CliRun handouts = CliRun.withEnv(sam, dir, "handouts", "--db", db.toString(), "--as", "sam",
                            "--patient", f[1]);
                    assertThat(handouts.code()).as(handouts.err()).isZero();
                    assertThat(handouts.out()).as("patient %s's handouts", f[1]).isNotBlank();
                }
                case "note" -> assertThat(allNotes(sam, db)).contains(f[2]);
                default -> { }
            }
        }
        CliRun admin = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", DayAtTheDesk.ADMIN_SECRET), dir, "staff", "list",
                "--db", db.toString(), "--as", "kim");
        assertThat(admin.code()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("kim").contains("sam");

        CliRun restore = CliRun.in(dir, "restore", "--db", db.toString());
        assertThat(restore.code()).as("a restore with nobody signed in: %s", restore.err()).isEqualTo(2);
        assertThat(restore.err()).contains("--as");
    }

    private String allNotesCache;

    private String allNotes(Map<String, String> env, Path db) {
        if (allNotesCache == null) {
            StringBuilder all = new StringBuilder();
            for (int id = 1; id <= 6; id++) {
                all.append(CliRun.withEnv(env, dir, "notes", "--db", db.toString(), "--as", "sam", "--patient",
                        Integer.toString(id)).out());
            }
            allNotesCache = all.toString();
        }
        return allNotesCache;
    }

    /** The lines the day printed before {@code ready}. */
    private static List<String> untilReady(Process p) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals("ready")) {
                return lines;
            }
            lines.add(line);
        }
        throw new AssertionError("the day ended before it was ready: " + lines);
    }

    private static int staffInTheFileAlone(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(db, "mode=ro&immutable=1"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'staff'")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(db, "mode=ro&immutable=1"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM staff")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Starts the real program's kiosk on {@code db} and returns the screen's windows (xwininfo) once its start has
     * finished: its first routine backup is written only then. The kiosk is stopped afterwards.
     */
    private String firstScreenOfTheRealKiosk(Path db) throws Exception {
        Process kiosk = realKiosk(db);
        try {
            Path backups = db.resolveSibling("backups");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < end && !hasBackup(backups)) {
                assertThat(kiosk.isAlive()).as("the kiosk runs: %s", Files.readString(dir.resolve("kiosk.log")))
                        .isTrue();
                Thread.sleep(200);
            }
            assertThat(hasBackup(backups)).as("the kiosk finished starting").isTrue();
            Thread.sleep(1000); // a first-administrator screen would follow the start at once
            return windows();
        } finally {
            kiosk.destroyForcibly();
            kiosk.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @org.junit.jupiter.api.Test
    void aDatabaseThatWentMissingIsCalledMissingNotDamagedAndItsBackupOffered() throws Exception {
        Path db = Files.createDirectories(dir.resolve("data")).resolve("clinic.db");
        CliRun.ok(dir, "backup", "--db", db.toString());
        Files.delete(db);
        Process kiosk = realKiosk(db);
        try {
            String windows = "";
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end && !windows.contains(Messages.get("app.missing"))) {
                Thread.sleep(300);
                windows = windows();
            }
            assertThat(windows).contains("\"" + Messages.get("app.missing") + "\"")
                    .doesNotContain(Messages.get("app.damaged"));
        } finally {
            kiosk.destroyForcibly();
            kiosk.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(db).as("nothing created meanwhile").doesNotExist();
    }

    /** The real program's kiosk on {@code db}, in a process of its own on the test's screen, its output in kiosk.log. */
    private Process realKiosk(Path db) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "org.physiokiosk.app.Main", "kiosk", "--db", db.toString())
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("kiosk.log").toFile());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("share").toString());
        return pb.start();
    }

    private static String windows() throws Exception {
        Process x = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
        String windows = new String(x.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        x.waitFor(10, TimeUnit.SECONDS);
        return windows;
    }

    private static boolean hasBackup(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (var files = Files.list(backups)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".db"));
        }
    }
}

package org.physiokiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.testing.FreshSchema;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * Eight kiosk processes on one real clinic server for 60 seconds, each finding patients, adding them, saving plans
 * with their handouts and adding notes ({@link LoadWorker}). Afterwards every acknowledged write is in the record
 * exactly once, nothing is there that was not acknowledged, the audit chain is whole, and the throughput is printed.
 */
class ServerLoadTest {

    static final int PROCESSES = 8;
    static final long SECONDS = 60;

    @TempDir
    Path dir;

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Test
    void eightKiosksForAMinuteLoseNothingAndWriteNothingTwice() throws Exception {
        // The record is made once, as the first PC's start would; the eight then start together.
        try (Services first = Services.start(AppPaths.resolve(server.address(), Map.of(), dir), Clock.systemUTC())) {
            assertThat(first.patients().search("", 1)).isEmpty();
        }
        List<Process> workers = new ArrayList<>();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int w = 1; w <= PROCESSES; w++) {
            workers.add(new ProcessBuilder(javaBin, "-Xmx160m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), LoadWorker.class.getName(), server.address(),
                    String.valueOf(w), String.valueOf(SECONDS), dir.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("worker-" + w + ".log").toFile()).start());
        }
        for (Process p : workers) {
            assertThat(p.waitFor(SECONDS + 180, TimeUnit.SECONDS)).as("a worker finished").isTrue();
        }
        for (int w = 1; w <= PROCESSES; w++) {
            assertThat(workers.get(w - 1).exitValue()).as(Files.readString(
                    dir.resolve("worker-" + w + ".log"))).isZero();
        }

        Map<Long, String> patients = new HashMap<>();
        Map<Long, String> handouts = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        int failures = 0;
        List<String> problems = new ArrayList<>();
        for (int w = 1; w <= PROCESSES; w++) {
            for (String line : LoadWorker.acks(dir, w)) {
                String[] part = line.split(" ", 3);
                switch (part[0]) {
                    case "patient" -> assertThat(patients.put(Long.parseLong(part[1]), part[2])).isNull();
                    case "handout" -> {
                        String[] h = part[2].split(" ");
                        assertThat(handouts.put(Long.parseLong(h[0]), part[1] + " " + h[1])).isNull();
                    }
                    case "note" -> assertThat(notes.put(Long.parseLong(part[1]), part[2])).isNull();
                    default -> throw new AssertionError(line);
                }
            }
            String log = Files.readString(dir.resolve("worker-" + w + ".log"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("failures (\\d+)").matcher(log);
            assertThat(m.find()).as(log).isTrue();
            failures += Integer.parseInt(m.group(1));
            log.lines().filter(l -> l.startsWith("worker ")).limit(3).forEach(problems::add);
        }

        try (Database db = server.database()) {
            Map<Long, String> patientRows = rows(db, "SELECT id, name FROM patient");
            Map<Long, String> handoutRows = rows(db, "SELECT id, plan_id || ' ' || sha256 FROM handout");
            Map<Long, String> noteRows = rows(db, "SELECT id, text FROM visit_note");
            // Exactly what was acknowledged: each write there once, none there that was not acknowledged.
            assertThat(patientRows).isEqualTo(patients);
            assertThat(handoutRows).isEqualTo(handouts);
            assertThat(noteRows).isEqualTo(notes);
            assertThat(rows(db, "SELECT id, patient_id FROM plan")).hasSameSizeAs(handouts);
            assertThat(new AuditRepository(db, Clock.systemUTC()).firstBreak()).as("the audit chain").isEmpty();
        }
        assertThat(failures).as("writes refused under load: " + problems).isZero();
        int writes = patients.size() + handouts.size() + notes.size();
        System.out.printf(Locale.ROOT, "load test: %d kiosk processes for %d s on one PostgreSQL server: %d patients, "
                        + "%d plans with handouts, %d notes = %d writes, %.1f writes/s (%.2f handouts/s)%n",
                PROCESSES, SECONDS, patients.size(), handouts.size(), notes.size(), writes,
                writes / (double) SECONDS, handouts.size() / (double) SECONDS);
        assertThat(handouts).as("every kiosk saved plans").hasSizeGreaterThanOrEqualTo(PROCESSES);
    }

    private static Map<Long, String> rows(Database db, String sql) {
        return db.transaction((Connection c) -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}

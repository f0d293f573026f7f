package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.NoteWriter;

/** Two kiosks writing at once, and a process killed mid-write: nothing acknowledged is lost. */
class DurabilityTest {

    @TempDir
    Path dir;

    private long patient(Path file) {
        try (Database db = Database.open(file)) {
            return new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), "")).id();
        }
    }

    @Test
    void twoProcessesWritingNotesAtOnceLoseNothingAndNeverSeeLocked() throws Exception {
        Path file = dir.resolve("shared.db");
        long patientId = patient(file);
        int each = 150;
        Process a = NoteWriter.process(file, patientId, each, "a").start();
        Process b = NoteWriter.process(file, patientId, each, "b").start();
        List<String> acks = new ArrayList<>();
        acks.addAll(read(a));
        acks.addAll(read(b));
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as("writer a finished without an error").isZero();
        assertThat(b.exitValue()).as("writer b finished without an error").isZero();
        assertThat(acks).hasSize(2 * each);
        try (Database db = Database.open(file)) {
            Set<String> stored = new NoteRepository(db, Fixtures.CLOCK).forPatient(patientId).stream()
                    .map(VisitNote::text).collect(Collectors.toSet());
            assertThat(stored).hasSize(2 * each);
            acks.forEach(ack -> assertThat(stored).contains(ack.substring("ack ".length())));
        }
    }

    @Test
    void everyAcknowledgedNoteSurvivesKillMinusNine() throws Exception {
        Path file = dir.resolve("killed.db");
        long patientId = patient(file);
        Process writer = NoteWriter.process(file, patientId, 1_000_000, "k").start();
        List<String> acks = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                acks.add(line.substring("ack ".length()));
                if (acks.size() == 200) {
                    writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
                    break;
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acks).hasSize(200);
        assertThat(Backups.integrity(file)).isEqualTo("ok");
        try (Database db = Database.open(file)) {
            Set<String> stored = new NoteRepository(db, Fixtures.CLOCK).forPatient(patientId).stream()
                    .map(VisitNote::text).collect(Collectors.toSet());
            assertThat(stored).containsAll(acks);
        }
        assertThat(Backups.integrity(file)).isEqualTo("ok");
    }

    private static List<String> read(Process p) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.add(line);
            }
        }
        return out;
    }
}

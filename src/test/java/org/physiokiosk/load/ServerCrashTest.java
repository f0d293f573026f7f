package org.physiokiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.ClinicServerAddress;
import org.physiokiosk.store.Database;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * The clinic server killed in the middle of saving ({@code pg_ctl stop -m immediate}: no shutdown, as a power cut),
 * then started again. Every write the kiosk was told was saved is there afterwards, the kiosk says plainly what
 * happened while the server was down, and it saves again once the server is back, with the same connections pool.
 * {@code .ci/run} starts a server of its own for this (PHYSIO_KIOSK_TEST_PG_CRASH, with the commands to stop and
 * start it); without one the test is skipped, or fails where PHYSIO_KIOSK_REQUIRE_PG is set.
 */
class ServerCrashTest {

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidSaveKeepsEveryAcknowledgedWriteAndTheKioskCarriesOn() throws Exception {
        String address = System.getenv("PHYSIO_KIOSK_TEST_PG_CRASH");
        String stop = System.getenv("PHYSIO_KIOSK_TEST_PG_CRASH_STOP");
        String start = System.getenv("PHYSIO_KIOSK_TEST_PG_CRASH_START");
        if (address == null || stop == null || start == null) {
            if (System.getenv("PHYSIO_KIOSK_REQUIRE_PG") != null) {
                Assertions.fail("PHYSIO_KIOSK_REQUIRE_PG is set but no crash server was started");
            }
            org.physiokiosk.testing.ClinicServer.skip("no PostgreSQL server of its own for the crash test, so it is "
                    + "skipped: set PHYSIO_KIOSK_TEST_PG_CRASH, PHYSIO_KIOSK_TEST_PG_CRASH_STOP and _START (.ci/run "
                    + "does)");
        }
        emptied(address);
        Actor kim = new Actor("kim", "Kim Park", Role.CLINICIAN);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<Long> plans = new CopyOnWriteArrayList<>();
        List<String> told = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        try (Services kiosk = Services.start(AppPaths.resolve(address, Map.of(), dir), Clock.systemUTC())) {
            Patient ann = kiosk.desks().patients().add(kim, new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            List<PlanItem> items = List.of(PlanItem.of(kiosk.catalogue().exercises().get(0)));
            Thread writer = new Thread(() -> {
                for (int i = 1; writing.get(); i++) {
                    try {
                        String text = "note " + i + ": walking further";
                        kiosk.desks().notes().add(kim, ann.id(), text, null);
                        acknowledged.add(text);
                        if (i % 5 == 0) {
                            ExportResult made = kiosk.desks().handouts().exportToFolder(kim, ann,
                                    new PlanDraft(ann.id(), items, "", "", "", "", false), dir.resolve("printables"));
                            plans.add(made.planNumber());
                        }
                    } catch (Exception e) {
                        told.add(e.getMessage());
                        pause(100);
                    }
                }
            }, "crash-test-writer");
            writer.start();
            waitUntil(() -> acknowledged.size() >= 20, "writes before the crash");

            run(stop);
            int atCrash = acknowledged.size();
            waitUntil(() -> told.size() >= 3, "the kiosk to be told");
            run(start);
            waitUntil(() -> acknowledged.size() >= atCrash + 20, "writes after the restart");
            writing.set(false);
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }

        assertThat(told).as("what the kiosk was told while the server was down").allSatisfy(m -> assertThat(m)
                .containsAnyOf("clinic server cannot be reached", "clinic server stopped or is starting again")
                .contains("try again"));
        try (Database after = Database.onServer(ClinicServerAddress.parse(address), System.getenv())) {
            Map<String, Integer> notes = new HashMap<>();
            after.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT text FROM visit_note");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
                return null;
            });
            // Every acknowledged note is there, once; a note in flight at the crash may be there too, or not.
            for (String text : acknowledged) {
                assertThat(notes.get(text)).as(text).isEqualTo(1);
            }
            assertThat(notes.values()).allMatch(n -> n == 1);
            List<Long> planRows = new ArrayList<>();
            after.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM plan");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        planRows.add(rs.getLong(1));
                    }
                }
                return null;
            });
            assertThat(planRows).containsAll(plans);
            assertThat(new AuditRepository(after, Clock.systemUTC()).firstBreak()).as("the audit chain").isEmpty();
        }
        System.out.printf("crash test: %d writes acknowledged, the kiosk was told %d times while the server was "
                + "down, e.g. \"%s\"%n", acknowledged.size() + plans.size(), told.size(), told.get(0));
    }

    /** The crash server's database, emptied: this test's record is made afresh on it. */
    private static void emptied(String address) throws Exception {
        ClinicServerAddress server = ClinicServerAddress.parse(address);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(System.getenv()), System.getenv("PGUSER"),
                System.getenv("PGPASSWORD")); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    private static void run(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(command + "\n" + out).isZero();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 90 s for " + what).isLessThan(end);
            pause(50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

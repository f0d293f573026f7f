package org.physiokiosk.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.service.RecordWatch;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.store.ClinicServerAddress;
import org.physiokiosk.store.ScratchSchema;

/**
 * Two PCs on one clinic server, for {@code benchmark --server}: PC A adds a note or saves a plan at a random moment;
 * PC B asks what changed the way the kiosk does ({@link RecordWatch}, every {@link RecordWatch#EVERY_MS} ms, on a
 * thread of its own), and the time from A's commit to B seeing the patient's record grow is measured. In a schema
 * made for it and dropped afterwards.
 */
public final class ServerBench {

    /** Milliseconds from a commit on A to B seeing it, one per trial; and A's plan saves with handouts, in ms. */
    public record Figures(double[] seen, double[] saves) {
    }

    private ServerBench() {
    }

    public static Figures run(ClinicServerAddress server, Map<String, String> env, Path catalogue, Clock clock,
                              int trials) throws Exception {
        Path dir = Files.createTempDirectory("physio-server-bench");
        try (ScratchSchema scratch = new ScratchSchema(server, env)) {
            AppPaths paths = new AppPaths(null, catalogue, dir.resolve("printables"), scratch.address());
            try (Services a = start(paths, clock); Services b = start(paths, clock)) {
                Actor who = Actor.COMMAND_LINE;
                Patient ann = a.desks().patients().add(who, new NewPatient("Bench Mark", LocalDate.of(1950, 1, 1),
                        ""));
                List<PlanItem> items = PlanItem.fromTemplate(a.catalogue().template("low-back-starter").orElseThrow());
                RecordWatch watch = b.desks().watch();
                watch.poll();
                AtomicLong seenAt = new AtomicLong();
                Thread watcher = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        if (watch.poll().patientsTouched().contains(ann.id())) {
                            seenAt.set(System.nanoTime());
                        }
                        try {
                            Thread.sleep(RecordWatch.EVERY_MS);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "record-watch");
                watcher.setDaemon(true);
                watcher.start();
                Random random = new Random(7);
                double[] seen = new double[trials];
                List<Double> saves = new ArrayList<>();
                for (int t = 0; t < trials; t++) {
                    Thread.sleep(random.nextInt((int) RecordWatch.EVERY_MS));
                    seenAt.set(0);
                    long committed;
                    if (t % 2 == 0) {
                        a.desks().notes().add(who, ann.id(), "Seen today (" + t + ").", "Bench Mark");
                        committed = System.nanoTime();
                    } else {
                        long start = System.nanoTime();
                        a.desks().handouts().exportToFolder(who, ann, new PlanDraft(ann.id(), items, "", "Bench Mark",
                                "", "", false), dir.resolve("printables"));
                        committed = System.nanoTime();
                        saves.add((committed - start) / 1e6);
                    }
                    while (seenAt.get() == 0) {
                        Thread.sleep(5);
                    }
                    seen[t] = (seenAt.get() - committed) / 1e6;
                }
                watcher.interrupt();
                return new Figures(seen, saves.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
    }

    private static Services start(AppPaths paths, Clock clock) throws CatalogueException {
        return Services.start(paths, clock);
    }
}

package org.physiokiosk.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * One kiosk PC of the load test, in a process of its own: for the given seconds it finds patients, adds one, saves
 * a plan with its handout, and adds a visit note, over and over, through the same desks the kiosk uses. Each write is
 * written to the acknowledgement file only after the service returned (its transaction committed), one line each:
 * {@code patient ID NAME}, {@code handout PLAN ID SHA256}, {@code note ID TEXT}. A failed write is counted, not
 * acknowledged.
 */
public final class LoadWorker {

    private LoadWorker() {
    }

    /** Arguments: server address, worker number, seconds, folder (for its handouts and its acknowledgements). */
    public static void main(String[] args) throws Exception {
        String address = args[0];
        int worker = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        Path folder = Path.of(args[3]);
        Path printables = Files.createDirectories(folder.resolve("printables-" + worker));
        Actor clinician = new Actor("load" + worker, "Load Worker " + worker, Role.CLINICIAN);
        Random random = new Random(worker);
        int failures = 0;
        try (Services services = Services.start(AppPaths.resolve(address, Map.of(), folder), Clock.systemUTC());
             PrintWriter acks = new PrintWriter(Files.newBufferedWriter(folder.resolve("acks-" + worker + ".txt"),
                     StandardCharsets.UTF_8))) {
            Services.Desks desks = services.desks();
            List<PlanItem> items = PlanItem.fromTemplate(services.catalogue().template("low-back-starter")
                    .orElseThrow());
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int round = 1; System.nanoTime() < end; round++) {
                try {
                    desks.patients().search(clinician, "load " + (char) ('a' + random.nextInt(26)), 20);
                    String name = "Load W" + worker + " R" + round;
                    Patient patient = desks.patients().add(clinician, new NewPatient(name,
                            LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            ""));
                    ack(acks, "patient " + patient.id() + " " + name);
                    ExportResult made = desks.handouts().exportToFolder(clinician, patient,
                            new PlanDraft(patient.id(), items, "Walk daily.", "", "", "", false), printables);
                    ack(acks, "handout " + made.planNumber() + " " + made.handoutId() + " " + made.sha256());
                    String text = "w" + worker + "-r" + round + " walking further, pain 3/10";
                    long noteId = desks.notes().add(clinician, patient.id(), text, null).id();
                    ack(acks, "note " + noteId + " " + text);
                } catch (RuntimeException | org.physiokiosk.handout.ExportException e) {
                    failures++;
                    System.err.println("worker " + worker + ": " + e.getMessage());
                }
            }
        }
        System.out.println("failures " + failures);
    }

    private static void ack(PrintWriter acks, String line) {
        acks.println(line);
        acks.flush();
    }

    /** The acknowledgement lines of one worker. */
    static List<String> acks(Path folder, int worker) throws IOException {
        Path file = folder.resolve("acks-" + worker + ".txt");
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }
}

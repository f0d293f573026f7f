package org.physiokiosk.wiring;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.handout.ExportException;
import org.physiokiosk.patient.AddResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;

/**
 * A day at the front desk in one process, for {@code benchmark}: 50 plans saved with their handouts and 50 records
 * opened, through the same services the kiosk calls, on a new database in a temporary folder. Run in a JVM capped at
 * 256 MB, it shows whether the day fits and whether the last hour is as quick as the first.
 */
public final class DayBench {

    /** Each step's time in milliseconds, in order, and the most heap the day used after a collection, in MB. */
    public record Figures(double[] plans, double[] records, long peakHeapMegabytes) {
    }

    private DayBench() {
    }

    public static Figures run(Path catalogue, Clock clock) throws CatalogueException, IOException, ExportException {
        Path dir = Files.createTempDirectory("physio-day");
        try (Services services = Services.start(new AppPaths(dir.resolve("day.db"), catalogue,
                dir.resolve("printables")), clock)) {
            Actor who = Actor.COMMAND_LINE;
            Services.Desks desks = services.desks();
            List<Template> templates = services.catalogue().templates();
            double[] plans = new double[50];
            double[] records = new double[50];
            Patient[] patients = new Patient[50];
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                var added = desks.patients().addUnlessOnRecord(who, new NewPatient("Day Patient " + i,
                        LocalDate.of(1940 + i, 1 + i % 12, 1 + i % 28), ""));
                patients[i] = ((AddResult.Added) added).patient();
                Template t = templates.get(i % templates.size());
                List<PlanItem> items = PlanItem.fromTemplate(t);
                desks.handouts().exportToFolder(who, patients[i], new PlanDraft(patients[i].id(), items,
                        "Walk daily.", "Sam Lee", "", "Seen today.", i % 5 == 0), dir.resolve("printables"));
                plans[i] = (System.nanoTime() - start) / 1e6;
            }
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                Patient p = patients[(i * 7) % 50];
                desks.patients().open(who, p.id());
                desks.notes().history(who, p.id());
                desks.handouts().list(who, p.id());
                records[i] = (System.nanoTime() - start) / 1e6;
            }
            System.gc();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return new Figures(plans, records, peak / (1024 * 1024));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

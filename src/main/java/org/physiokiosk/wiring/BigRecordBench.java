package org.physiokiosk.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.store.BigRecord;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.PatientRepository;

/**
 * The big clinic of issue 12, for {@code benchmark --make-big-db}: builds the record in a new file, then times
 * opening it, finding patients and showing the record of the patient with 500 notes.
 */
public final class BigRecordBench {

    /** What was measured, in milliseconds per run. */
    public record Figures(double buildSeconds, long megabytes, double[] open, double[] searchLetters,
                          double[] searchBirth, double[] record500) {
    }

    private BigRecordBench() {
    }

    public static Figures run(Path file, Path catalogue, Clock clock) throws CatalogueException, IOException {
        long start = System.nanoTime();
        try (Services services = Services.start(new AppPaths(file, catalogue,
                Files.createTempDirectory("physio-big-printables")), clock)) {
            BigRecord.fill(services.database(), 11, clock);
        }
        double build = (System.nanoTime() - start) / 1e9;
        long megabytes = Files.size(file) / (1024 * 1024);
        double[] open = times(5, () -> {
            Database.open(file).close();
            return null;
        });
        try (Database db = Database.open(file)) {
            PatientRepository patients = new PatientRepository(db, clock);
            NoteRepository notes = new NoteRepository(db, clock);
            HandoutRepository handouts = new HandoutRepository(db);
            List<String> letters = List.of("mar", "ana s", "lee", "Ива", "sof", "wang", "kh", "zoe", "ros", "park");
            List<String> births = List.of("1956-03", "1950-02-14", "1972", "1988-11", "1941-07-0");
            int[] next = {0};
            times(50, () -> patients.search(letters.get(next[0]++ % letters.size()), 50)); // warm
            double[] byLetters = times(100, () -> patients.search(letters.get(next[0]++ % letters.size()), 50));
            double[] byBirth = times(100, () -> patients.search(births.get(next[0]++ % births.size()), 50));
            long bulk = patients.search(BigRecord.BULK_NAME, 1).get(0).id();
            times(5, () -> notes.history(bulk));
            double[] record = times(20, () -> {
                notes.history(bulk);
                return handouts.forPatient(bulk);
            });
            return new Figures(build, megabytes, open, byLetters, byBirth, record);
        }
    }

    private static double[] times(int runs, Supplier<Object> work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }
}

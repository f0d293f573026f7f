package org.physiokiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;

/**
 * A whole clinic in a temporary folder: its own copy of the catalogue, database and printables (or its record on the
 * clinic server, {@link #onServer}).
 */
public final class TestClinic {

    public final Path home;
    public final AppPaths paths;

    public TestClinic(Path home) throws IOException {
        this(home, null);
    }

    /** A clinic whose record is on the clinic server, in the test's own schema; catalogue and printables here. */
    public static TestClinic onServer(Path home, FreshSchema schema) throws IOException {
        return new TestClinic(home, org.physiokiosk.store.ClinicServerAddress.parse(schema.address()));
    }

    private TestClinic(Path home, org.physiokiosk.store.ClinicServerAddress server) throws IOException {
        this.home = home;
        Path catalogue = Files.createDirectories(home.resolve("data").resolve("catalogue"));
        try (Stream<Path> files = Files.walk(Fixtures.CATALOGUE_DIR)) {
            for (Path f : files.toList()) {
                Path to = catalogue.resolve(Fixtures.CATALOGUE_DIR.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        paths = server == null
                ? new AppPaths(home.resolve("data").resolve("physio-kiosk.db"), catalogue, home.resolve("printables"))
                : new AppPaths(null, catalogue, home.resolve("printables"), server);
    }

    public Services start() throws Exception {
        return Services.start(paths, Fixtures.CLOCK);
    }

    public static Patient addPatient(Services s, String name) {
        return s.patients().add(new NewPatient(name, LocalDate.of(1950, 1, 1), ""));
    }

    /**
     * Adds a clinic exercise (a copy of the bridge named {@code name}) whose picture is stored as an earlier version of
     * the program stored it after its weaker check: the text as the file had it. Returns its id.
     */
    public static String storedAsBefore(Services s, String name, String svg) {
        org.physiokiosk.catalog.Exercise bridge = s.catalogue().exercise("bridge").orElseThrow();
        String id = "clinic-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        org.physiokiosk.catalog.Exercise own = new org.physiokiosk.catalog.Exercise(id, name, bridge.kind(),
                bridge.bodyRegion(), bridge.purpose(), bridge.steps(), bridge.dosage(), bridge.takeCare(), null, null,
                org.physiokiosk.catalog.Origin.CLINIC, bridge.equipment(), bridge.position(), bridge.level(),
                bridge.aliases(), bridge.sources(), "Our picture of " + name);
        new org.physiokiosk.store.ClinicExerciseRepository(s.database(), Fixtures.CLOCK).add(own, "bridge", svg);
        return id;
    }

    /** Replaces text in one of this clinic's catalogue files. */
    public void editCatalogue(String file, String from, String to) throws IOException {
        Path p = paths.catalogue().resolve(file);
        String text = Files.readString(p);
        if (!text.contains(from)) {
            throw new AssertionError("test setup: " + file + " does not hold " + from);
        }
        Files.writeString(p, text.replace(from, to));
    }
}

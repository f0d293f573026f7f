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

package org.physiokiosk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.CatalogueLoader;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.ExerciseRepository;

/** Shared test data: the real shipped catalogue and a fixed clock. */
public final class Fixtures {

    /** 24 November 2026, 09:30 UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);

    /** The catalogue folder of this checkout. */
    public static final Path CATALOGUE_DIR = Path.of("data", "catalogue");

    /** The shipped fonts, loaded once for all tests. */
    public static final HandoutFonts FONTS = new HandoutFonts();

    /**
     * A clinic that has given its details, for tests of what a handout prints (a new database has none: see
     * NoInventedClinicTest).
     */
    public static final ClinicSettings CLINIC = new ClinicSettings("Northgate Physio", "12 North Road, Portland",
            "555-0142", "911", null, PaperSize.A4);

    private Fixtures() {
    }

    /** Opens (creating) {@code clinic.db} in {@code dir}, with the catalogue's exercises copied in. */
    public static Database database(Path dir) {
        Database db = Database.open(dir.resolve("clinic.db"));
        new ExerciseRepository(db).sync(catalogue().exercises());
        return db;
    }

    /** The record on the clinic server, in {@code schema}, with the catalogue's exercises, as a start leaves it. */
    public static Database serverDatabase(ClinicServer.Schema schema) {
        Database db = Database.onServer(schema.pool(), "the test server");
        new ExerciseRepository(db).sync(catalogue().exercises());
        return db;
    }

    public static Catalogue catalogue() {
        try {
            return new CatalogueLoader().load(CATALOGUE_DIR);
        } catch (CatalogueException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}

package org.physiokiosk.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the kiosk keeps things. By default, relative to the folder it is started from: the database
 * {@code data/physio-kiosk.db}, the catalogue {@code data/catalogue/} (or the copy inside the jar when
 * that folder does not exist) and handouts in {@code printables/}. {@code --db} or the environment
 * variable {@code PHYSIO_KIOSK_DB} choose another database.
 */
public record AppPaths(Path database, Path catalogue, Path printables) {

    public static final String DB_ENV = "PHYSIO_KIOSK_DB";
    public static final Path DEFAULT_DB = Path.of("data", "physio-kiosk.db");

    public static AppPaths resolve(Path dbOption, Map<String, String> env, Path workingDir) {
        Path db;
        if (dbOption != null) {
            db = dbOption;
        } else if (env.get(DB_ENV) != null && !env.get(DB_ENV).isBlank()) {
            db = Path.of(env.get(DB_ENV));
        } else {
            db = workingDir.resolve(DEFAULT_DB);
        }
        Path catalogue = workingDir.resolve("data").resolve("catalogue");
        return new AppPaths(db, Files.isDirectory(catalogue) ? catalogue : null, workingDir.resolve("printables"));
    }
}

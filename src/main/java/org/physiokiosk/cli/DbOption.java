package org.physiokiosk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by every command. */
final class DbOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file (default: $PHYSIO_KIOSK_DB, else data/physio-kiosk.db).")
    Path db;
}

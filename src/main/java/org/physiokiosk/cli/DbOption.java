package org.physiokiosk.cli;

import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by every command: a database file, or the clinic server's address. */
final class DbOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file, or the clinic server as postgresql://HOST[:PORT]/DATABASE (user and password "
                    + "from PGUSER and PGPASSWORD or ~/.pgpass). Default: $PHYSIO_KIOSK_DB, else data/physio-kiosk.db.")
    String db;
}

package org.physiokiosk.cli;

import java.util.List;
import org.physiokiosk.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The clinic server's own set-up, run by the database user that owns the record (README, "Clinic server"). */
final class ServerCommands {

    private ServerCommands() {
    }

    @Command(name = "server", mixinStandardHelpOptions = true, description = "Set up the clinic server.",
            subcommands = {Setup.class})
    static final class ServerCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: server setup (see server setup --help)");
        }
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Run as the database user that owns the record (PGUSER): bring the record on the clinic "
                    + "server up to date, and give the PCs' own database user what the kiosk needs, with the audit "
                    + "trail add-only. Run it again after each update of Physio Kiosk. An administrator (--as) once "
                    + "the record has staff.")
    static final class Setup extends IdCommands.Base {
        @Option(names = "--kiosk-user", required = true, paramLabel = "NAME",
                description = "The database user every PC signs in to the server as, such as physio_kiosk.")
        String kioskUser;

        Setup(Cli.Context context) {
            super(context);
        }

        @Override
        public void run() {
            if (!context.paths(db.db).onServer()) {
                throw new UsageError("server setup is for a clinic server: add --db postgresql://HOST[:PORT]/DATABASE");
            }
            super.run();
        }

        @Override
        void run(Services services) {
            services.desks().clinic().grantKioskUser(actor(services), kioskUser);
            out().println("the record is up to date on the clinic server, and " + kioskUser + " may use it; the audit "
                    + "trail is add-only for that user");
        }
    }

    static List<Class<?>> all() {
        return List.of(ServerCommand.class, Setup.class);
    }
}

package org.physiokiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.service.ServerMove;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.store.ClinicServerAddress;
import org.physiokiosk.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Copies a clinic's SQLite record into an empty record on the clinic server, then prints the check. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Move a clinic's record from its database file onto an empty clinic server, then check it: rows "
                + "in every table, and every handout's SHA-256. Nothing is deleted from the file. An administrator's "
                + "(--as) when the file has staff.")
final class MigrateCommand implements Runnable {

    private final Cli.Context context;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE.db", description = "The clinic's database file.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "postgresql://HOST[:PORT]/DATABASE",
            description = "The clinic server's empty database (user and password from PGUSER and PGPASSWORD or "
                    + "~/.pgpass).")
    String to;

    @Option(names = "--as", paramLabel = "NAME", description = "An administrator, when the file has staff (the "
            + "secret from PHYSIO_KIOSK_PIN or the terminal).")
    String as;

    MigrateCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (!ClinicServerAddress.isServer(to)) {
            throw new UsageError("--to must name the clinic server as postgresql://HOST[:PORT]/DATABASE");
        }
        ClinicServerAddress server = ClinicServerAddress.parse(to);
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putAll(context.env());
        Path file = context.workingDir().resolve(from);
        // The whole record leaves the file: an administrator's, as a restore or an export is. A file that is not
        // there is refused below, before anything is made.
        Actor who = Actor.COMMAND_LINE;
        if (Files.isRegularFile(file)) {
            try (Services services = context.open(file.toString())) {
                who = Authority.actor(context, services, as, spec.commandLine().getErr());
                services.desks().clinic().checkMayMoveToServer(who);
            }
        }
        // The PDFs are looked for in the printables folder this PC uses for that file.
        PrintablesFolder printables = new PrintablesFolder(context.paths(file.toString()).printables());
        ServerMove.Report report = ServerMove.toServer(file, server, env, printables, context.clock(), who);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-24s %10s %10s%n", "table", "file", "server");
        report.rows().forEach((table, rows) -> out.printf(Locale.ROOT, "%-24s %10d %10d%s%n", table, rows[0], rows[1],
                rows[0] == rows[1] ? "" : "   DIFFERENT"));
        out.println();
        out.printf(Locale.ROOT, "%-8s %-64s %-6s %s%n", "handout", "SHA-256", "server", "PDF");
        for (ServerMove.Handout h : report.handouts()) {
            out.printf(Locale.ROOT, "%-8d %-64s %-6s %s%n", h.id(), h.sha256(), h.sameOnServer() ? "same" : "DIFFERS",
                    h.fileMatches() ? "matches " + h.file() : "not found or changed: " + h.file());
        }
        out.println();
        out.println(report.exact()
                ? "Moved onto " + server + ": every row and every handout's SHA-256 are the same on the server. "
                        + "Nothing was deleted from " + from + "; keep it as the last copy from before the move."
                : "Copied onto " + server + ", but the check found the differences marked above. Nothing was "
                        + "deleted from " + from + ".");
        out.flush();
        if (!report.exact()) {
            throw new IllegalStateException("the copy on the clinic server differs from the file (see above)");
        }
    }
}

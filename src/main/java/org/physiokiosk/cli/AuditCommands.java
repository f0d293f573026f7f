package org.physiokiosk.cli;

import java.time.LocalDate;
import java.util.List;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;
import org.physiokiosk.audit.AuditProof;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The audit trail from the command line: read it (administrators), and prove it intact. */
final class AuditCommands {

    private AuditCommands() {
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "List the audit trail (an administrator, with --as when the database has staff), or "
                    + "check that no row was changed, removed or added (audit verify).",
            subcommands = {Verify.class})
    static final class AuditCommand extends IdCommands.Base {
        @Option(names = "--staff", paramLabel = "NAME", description = "Only what this person did.")
        String staff;

        @Option(names = "--patient", paramLabel = "ID", description = "Only what concerns this patient.")
        Long patient;

        @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only from this day.")
        LocalDate since;

        AuditCommand(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            AuditFilter filter = new AuditFilter(staff, patient, null, since, null);
            for (AuditEntry e : services.desks().audit().entries(actor(services), filter)) {
                out().printf("%6d  %s  %-16s %-40s %s  %s%n", e.id(), e.at(), e.staff(), e.action(),
                        e.patientId() == null ? "-" : "patient " + e.patientId(), e.outcome());
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the audit trail: its chain, the database's guards on it, and every backup of the "
                    + "record found (each a witness of the trail when it was made). Says what that proves and what "
                    + "it cannot; exit 1 when anything does not match.")
    static final class Verify extends IdCommands.Base {
        @Option(names = "--backup", paramLabel = "FILE", description = "A backup kept elsewhere (backup --to), as a "
                + "witness too; may be given more than once.")
        List<java.nio.file.Path> backups = new java.util.ArrayList<>();

        Verify(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            for (java.nio.file.Path b : backups) {
                if (!java.nio.file.Files.isRegularFile(b)) {
                    throw new UsageError("--backup " + b + " is not a file: name a backup file");
                }
            }
            AuditProof proof = services.desks().audit().check(backups);
            proof.proven().forEach(line -> out().println("proven: " + line));
            proof.unproven().forEach(line -> out().println("not proven: " + line));
            if (!proof.intact()) {
                proof.problems().stream().skip(1).forEach(line -> out().println("problem: " + line));
                throw new IllegalStateException("the audit trail is broken: " + proof.firstProblem().orElseThrow()
                        + ".");
            }
            out().println("the audit trail is intact: " + proof.rows() + " row(s)");
        }
    }

    static List<Class<?>> all() {
        return List.of(AuditCommand.class, Verify.class);
    }
}

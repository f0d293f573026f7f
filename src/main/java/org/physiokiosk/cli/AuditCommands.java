package org.physiokiosk.cli;

import java.time.LocalDate;
import java.util.List;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;
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
            description = "Walk the audit chain; name the first row that does not match (exit 1), else say how many "
                    + "rows are intact.")
    static final class Verify extends IdCommands.Base {
        Verify(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            var check = services.desks().audit().check();
            if (check.firstBreak().isPresent()) {
                throw new IllegalStateException("the audit trail is broken: " + check.firstBreak().get() + ".");
            }
            out().println("the audit trail is intact: " + check.rows() + " row(s)");
        }
    }

    static List<Class<?>> all() {
        return List.of(AuditCommand.class, Verify.class);
    }
}

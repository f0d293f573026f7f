package org.physiokiosk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.access.StaffAccounts;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Staff accounts from the command line. Secrets are never arguments: a new one comes from PHYSIO_KIOSK_NEW_PIN or
 * the terminal (not echoed), the acting administrator's from PHYSIO_KIOSK_PIN or the terminal.
 */
final class StaffCommands {

    private StaffCommands() {
    }

    @Command(name = "staff", mixinStandardHelpOptions = true, description = "Add and list staff accounts.",
            subcommands = {Add.class, ListStaff.class, ChangeRole.class, Retire.class, Unlock.class, ResetPin.class})
    static final class StaffCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: staff add, list, role, retire, unlock or reset-pin (see staff --help)");
        }
    }

    /** The secret from the environment variable, else asked on the terminal without echo; null when neither. */
    static String secret(Cli.Context context, String variable, String prompt) {
        String fromEnv = context.env().get(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? null : new String(typed);
    }

    /**
     * The acting member of staff from --as and their secret; refused (exit 1) with the one generic message. A secret
     * no longer enough for their role still signs them in, and {@code err} says what to do about it.
     */
    static Optional<StaffMember> acting(Cli.Context context, Services services, String as, PrintWriter err) {
        if (as == null) {
            return Optional.empty();
        }
        String secret = secret(context, "PHYSIO_KIOSK_PIN", "Secret for " + as + ": ");
        if (secret == null) {
            throw new UsageError("give the secret for --as " + as + " in PHYSIO_KIOSK_PIN, or run this in a terminal");
        }
        StaffAccounts.Attempt attempt = services.staff().attempt(as, secret);
        StaffMember member = attempt.member().orElseThrow(() -> new IllegalStateException(StaffAccounts.REFUSED));
        attempt.advice().ifPresent(advice -> {
            err.println("physio-kiosk: " + advice);
            err.flush();
        });
        return Optional.of(member);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a member of staff. The first account "
            + "must be an administrator and needs no --as; the new secret comes from PHYSIO_KIOSK_NEW_PIN or the "
            + "terminal.")
    static final class Add extends IdCommands.Base {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Short sign-in name, e.g. sam.")
        String name;

        @Option(names = "--full-name", required = true, paramLabel = "TEXT",
                description = "Full name, printed as therapist.")
        String fullName;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "administrator, clinician or front-desk.")
        String role;

        Add(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            Role r = role(role);
            Optional<StaffMember> admin = acting(context, services, as, spec.commandLine().getErr());
            if (admin.isEmpty() && services.staff().hasStaff()) {
                throw new UsageError("this database has staff: add --as NAME (an administrator)");
            }
            String secret = secret(context, "PHYSIO_KIOSK_NEW_PIN", "New secret for " + name + ": ");
            if (secret == null) {
                throw new UsageError("give the new secret in PHYSIO_KIOSK_NEW_PIN, or run this in a terminal");
            }
            StaffMember added = services.staff().add(admin, name, fullName, r, secret);
            out().println("added " + added.signInName() + " (" + added.role().id() + ")");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List staff: sign-in name, role, full "
            + "name, and whether the account is locked or retired.")
    static final class ListStaff extends IdCommands.Base {
        ListStaff(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            Optional<StaffMember> admin = acting(context, services, as, spec.commandLine().getErr());
            if (services.staff().hasStaff() && (admin.isEmpty() || !admin.get().role().covers(Role.ADMINISTRATOR))) {
                throw new UsageError("only an administrator lists staff: add --as NAME");
            }
            for (StaffMember m : services.staff().all()) {
                out().printf("%-16s %-14s %s%s%n", m.signInName(), m.role().id(), m.fullName(),
                        m.locked() ? "  [locked]" : !m.active() ? "  [retired]" : "");
            }
        }
    }

    /** Shared by retire, unlock and reset-pin: an administrator acts on another account. */
    abstract static class OnAccount extends IdCommands.Base {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The account's sign-in name.")
        String name;

        OnAccount(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            if (as == null) {
                throw new UsageError("add --as NAME: an administrator");
            }
            act(services, acting(context, services, as, spec.commandLine().getErr()).orElseThrow());
        }

        abstract void act(Services services, StaffMember admin);
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, description = "Retire an account: it can no longer "
            + "sign in, and stays in the record.")
    static final class Retire extends OnAccount {
        Retire(Cli.Context context) {
            super(context);
        }

        @Override
        void act(Services services, StaffMember admin) {
            services.staff().retire(admin, name);
            out().println("retired " + name);
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Give another account another role.")
    static final class ChangeRole extends OnAccount {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "administrator, clinician or front-desk.")
        String role;

        ChangeRole(Cli.Context context) {
            super(context);
        }

        @Override
        void act(Services services, StaffMember admin) {
            Role r = role(role);
            services.staff().changeRole(admin, name, r);
            out().println(name + " is now " + r.id());
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Unlock an account locked after wrong "
            + "secrets.")
    static final class Unlock extends OnAccount {
        Unlock(Cli.Context context) {
            super(context);
        }

        @Override
        void act(Services services, StaffMember admin) {
            services.staff().unlock(admin, name);
            out().println("unlocked " + name);
        }
    }

    @Command(name = "reset-pin", mixinStandardHelpOptions = true, description = "Give an account a new secret (from "
            + "PHYSIO_KIOSK_NEW_PIN or the terminal); it is unlocked.")
    static final class ResetPin extends OnAccount {
        ResetPin(Cli.Context context) {
            super(context);
        }

        @Override
        void act(Services services, StaffMember admin) {
            String secret = secret(context, "PHYSIO_KIOSK_NEW_PIN", "New secret for " + name + ": ");
            if (secret == null) {
                throw new UsageError("give the new secret in PHYSIO_KIOSK_NEW_PIN, or run this in a terminal");
            }
            services.staff().resetSecret(admin, name, secret);
            out().println("new secret set for " + name);
        }
    }

    /** A --role as typed; anything else is a usage error. */
    private static Role role(String id) {
        return Role.fromId(id).orElseThrow(() -> new UsageError("--role is administrator, clinician or front-desk"));
    }

    static List<Class<?>> all() {
        return List.of(Add.class, ListStaff.class, ChangeRole.class, Retire.class, Unlock.class, ResetPin.class);
    }
}

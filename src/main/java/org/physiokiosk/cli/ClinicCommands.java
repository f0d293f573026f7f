package org.physiokiosk.cli;

import java.util.List;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumber;
import org.physiokiosk.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The clinic's details every handout prints, from the command line: see them, and (an administrator) set them. */
final class ClinicCommands {

    private ClinicCommands() {
    }

    @Command(name = "clinic", mixinStandardHelpOptions = true,
            description = "The clinic's details printed on every handout: show them, or set them (an administrator).",
            subcommands = {ShowClinic.class, SetClinic.class})
    static final class ClinicCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: clinic show or clinic set (see clinic --help)");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show the clinic's name, address, phone, emergency number and paper, and whether they are "
                    + "set.")
    static final class ShowClinic extends IdCommands.Base {
        ShowClinic(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            ClinicSettings c = services.desks().clinic().settings();
            out().println("name:             " + orNotSet(c.name()));
            out().println("address:          " + orNotSet(c.address()));
            out().println("phone:            " + orNotSet(c.phone()));
            out().println("emergency number: " + orNotSet(c.emergencyNumber()));
            out().println("doctor line:      " + orNotSet(c.doctorLine()));
            out().println("paper:            " + c.paper());
            if (!c.hasDetails()) {
                out().println();
                out().println("The clinic's details are not set: handouts print no clinic name and tell patients to "
                        + "call their local emergency number" + suggestion(services) + ". An administrator sets them:");
                out().println("  physio-kiosk clinic set --name NAME --phone PHONE --emergency NUMBER");
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set the clinic's details printed on every handout (an administrator, with --as when the "
                    + "database has staff). What is not given stays as it is; the logo and the paper are set in the "
                    + "kiosk.")
    static final class SetClinic extends IdCommands.Base {
        @Option(names = "--name", paramLabel = "TEXT", description = "The clinic's name: it heads every handout.")
        String name;

        @Option(names = "--address", paramLabel = "TEXT", description = "The clinic's address (\"\" for none).")
        String address;

        @Option(names = "--phone", paramLabel = "TEXT", description = "The clinic's phone (\"\" for none).")
        String phone;

        @Option(names = "--emergency", paramLabel = "NUMBER",
                description = "The emergency number patients should call, such as 911, 999 or 112.")
        String emergency;

        @Option(names = "--doctor-line", paramLabel = "TEXT",
                description = "The doctor or out-of-hours line printed with \"Call your doctor today\", such as "
                        + "\"111\" or \"your GP surgery, 0113 496 0100\" (\"\" for none).")
        String doctorLine;

        SetClinic(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            if (name == null && address == null && phone == null && emergency == null && doctorLine == null) {
                throw new UsageError("give what to set: --name, --address, --phone, --emergency or --doctor-line "
                        + "(see clinic set --help)");
            }
            ClinicSettings now = services.desks().clinic().settings();
            if ((name != null ? name : now.name()).isBlank()) {
                throw new UsageError("give the clinic's name with --name: it heads every handout");
            }
            if ((emergency != null ? emergency : now.emergencyNumber()).isBlank()) {
                throw new UsageError("give the emergency number patients should call with --emergency"
                        + services.desks().clinic().localEmergency().map(n -> " (in " + n.name() + ": "
                        + n.number() + ")").orElse(" (such as 911, 999 or 112)"));
            }
            ClinicSettings saved = services.desks().clinic().saveDetails(actor(services), name, address, phone,
                    emergency, doctorLine);
            out().println("saved: " + String.join("  \u00b7  ", List.of(saved.name(), orNotSet(saved.address()),
                    orNotSet(saved.phone()), "emergency " + saved.emergencyNumber(),
                    "doctor line " + orNotSet(saved.doctorLine()))));
            out().println("the next handout prints these details");
        }
    }

    private static String orNotSet(String value) {
        return value.isEmpty() ? "(not set)" : value;
    }

    private static String suggestion(Services services) {
        return services.desks().clinic().localEmergency()
                .map((EmergencyNumber n) -> " (in " + n.name() + ": " + n.number() + ")").orElse("");
    }

    static List<Class<?>> all() {
        return List.of(ShowClinic.class, SetClinic.class);
    }
}

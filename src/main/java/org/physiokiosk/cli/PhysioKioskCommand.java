package org.physiokiosk.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The top command. With no arguments at all, the application opens the kiosk instead. Its subcommands are added by
 * {@link Cli} from {@link #COMMANDS}, only the one named when a command is named: building picocli's model of every
 * command took a sixth of a second of each start.
 */
@Command(name = "physio-kiosk", mixinStandardHelpOptions = true, version = "Physio Kiosk 0.1",
        description = "Builds home exercise plans and prints patient handouts.%n"
                + "With no command (or only --db and --full-screen), opens the kiosk window.")
final class PhysioKioskCommand implements Runnable {

    /** Every command, in the order --help lists them. */
    static final List<Class<?>> COMMANDS = List.of(KioskCommand.class, ExportCommand.class, CatalogCommand.class,
            IdCommands.Patients.class, IdCommands.Notes.class, IdCommands.Note.class, IdCommands.Handouts.class,
            IdCommands.Reprint.class, IdCommands.PatientCommand.class, IdCommands.Backup.class,
            IdCommands.Restore.class, MigrateCommand.class, SampleCommand.class, BenchmarkCommand.class,
            PicturesCommand.class,
            ExerciseCommands.ExerciseCommand.class, ExerciseCommands.ExercisesCommand.class,
            ExerciseCommands.TemplateCommand.class, ClinicCommands.ClinicCommand.class, StaffCommands.StaffCommand.class,
            AuditCommands.AuditCommand.class,
            ServerCommands.ServerCommand.class,
            WarmUpCommand.class, EmptyWindowCommand.class);

    /** Commands that open the record (and so the catalogue) as soon as they run: the catalogue is read ahead. */
    static final java.util.Set<Class<?>> OPENS_THE_RECORD = java.util.Set.of(ExportCommand.class,
            IdCommands.Patients.class, IdCommands.Notes.class, IdCommands.Note.class, IdCommands.Handouts.class,
            IdCommands.Reprint.class, IdCommands.PatientCommand.class);

    /**
     * The commands these arguments need: the one they name; none when they hold only the top command's own options
     * (the kiosk); every one for help, for a word that names no command (so picocli can suggest one), and whenever
     * in doubt.
     */
    static List<Class<?>> needed(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            String option = args[i];
            if (option.equals("--full-screen") || option.startsWith("--db=")) {
                i++;
            } else if (option.equals("--db")) {
                i += 2;
            } else {
                return COMMANDS; // -h, --help, -V, --version, or a mistake that the full usage explains
            }
        }
        if (i >= args.length) {
            return List.of();
        }
        for (Class<?> c : COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(args[i]) || List.of(command.aliases()).contains(args[i])) {
                return List.of(c);
            }
        }
        return COMMANDS;
    }

    private final Cli.Context context;

    @Mixin
    DbOption db;

    @Option(names = "--full-screen", description = "Kiosk mode: fill the screen with no window decorations; leaving "
            + "takes an administrator's secret.")
    boolean fullScreen;

    PhysioKioskCommand(Cli.Context context) {
        this.context = context;
    }

    /** {@code physio-kiosk --db FILE}: what a newcomer types to open the kiosk on their own database. */
    @Override
    public void run() {
        context.kioskLauncher().accept(context.paths(db.db), fullScreen);
    }
}

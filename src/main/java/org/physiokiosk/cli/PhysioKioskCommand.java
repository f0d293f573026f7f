package org.physiokiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top command. With no arguments at all, the application opens the kiosk instead. */
@Command(name = "physio-kiosk", mixinStandardHelpOptions = true, version = "Physio Kiosk 0.1",
        description = "Builds home exercise plans and prints patient handouts.%n"
                + "With no command (or only --db and --full-screen), opens the kiosk window.",
        subcommands = {KioskCommand.class, ExportCommand.class, CatalogCommand.class, IdCommands.Patients.class,
            IdCommands.Notes.class, IdCommands.Note.class, IdCommands.Handouts.class, IdCommands.Reprint.class,
            IdCommands.PatientCommand.class, IdCommands.Backup.class, IdCommands.Restore.class, SampleCommand.class,
            BenchmarkCommand.class, PicturesCommand.class, ExerciseCommands.ExerciseCommand.class,
            ExerciseCommands.ExercisesCommand.class, ExerciseCommands.TemplateCommand.class,
            StaffCommands.StaffCommand.class, AuditCommands.AuditCommand.class, WarmUpCommand.class,
            EmptyWindowCommand.class})
final class PhysioKioskCommand implements Runnable {

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

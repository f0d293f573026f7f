package org.physiokiosk.cli;

import picocli.CommandLine.Command;

/** The top command. With no arguments at all, the application opens the kiosk instead. */
@Command(name = "physio-kiosk", mixinStandardHelpOptions = true, version = "Physio Kiosk 0.1",
        description = "Builds home exercise plans and prints patient handouts.%n"
                + "With no command, opens the kiosk window.",
        subcommands = {KioskCommand.class, ExportCommand.class, CatalogCommand.class, IdCommands.Patients.class,
            IdCommands.Notes.class, IdCommands.Note.class, IdCommands.Handouts.class, IdCommands.Reprint.class,
            IdCommands.PatientCommand.class, IdCommands.Backup.class, IdCommands.Restore.class, SampleCommand.class,
            BenchmarkCommand.class, PicturesCommand.class, ExerciseCommands.ExerciseCommand.class,
            ExerciseCommands.ExercisesCommand.class, ExerciseCommands.TemplateCommand.class,
            StaffCommands.StaffCommand.class, AuditCommands.AuditCommand.class})
final class PhysioKioskCommand implements Runnable {

    @Override
    public void run() {
        throw new UsageError("name a command: kiosk, export or catalog (see --help)");
    }
}

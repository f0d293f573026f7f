package org.physiokiosk.cli;

import java.util.List;
import org.physiokiosk.app.Services;
import org.physiokiosk.catalog.ClinicExercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The clinic's own exercises from the command line: copy one, retire one. */
final class ExerciseCommands {

    private ExerciseCommands() {
    }

    @Command(name = "exercise", mixinStandardHelpOptions = true,
            description = "Make the clinic's own exercise from any exercise, or retire one.",
            subcommands = {Copy.class, Retire.class})
    static final class ExerciseCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: exercise copy or exercise retire (see exercise --help)");
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy an exercise into a clinic exercise with a new name. Prints its new id.")
    static final class Copy extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The exercise to copy (see catalog).")
        String id;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The new exercise's name.")
        String name;

        Copy(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            ClinicExercise made = services.clinicExercises().copy(id, name);
            out().println(made.exercise().id());
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Take a clinic exercise out of the library. Plans that use it keep it.")
    static final class Retire extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The clinic exercise to retire.")
        String id;

        Retire(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            services.clinicExercises().retire(id);
            out().println("retired " + id);
        }
    }

    static List<Class<?>> all() {
        return List.of(Copy.class, Retire.class);
    }
}

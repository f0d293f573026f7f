package org.physiokiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.CatalogueAhead;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.store.StoreException;
import picocli.CommandLine;

/**
 * The command line: {@code export}, {@code catalog}, {@code kiosk}, and the record-keeping commands. Usage errors
 * (and anything the store refuses as asked) exit 2 with one line on stderr; faults (disk, database, printer) exit 1
 * with one line.
 */
public final class Cli {

    /**
     * What the commands need from outside: environment, clock, working folder and how to open the kiosk; and, for
     * one run, the catalogue when it is being read ahead.
     */
    public record Context(Map<String, String> env, Clock clock, Path workingDir,
                          java.util.function.BiConsumer<AppPaths, Boolean> kioskLauncher, CatalogueAhead catalogue) {

        public Context(Map<String, String> env, Clock clock, Path workingDir,
                       java.util.function.BiConsumer<AppPaths, Boolean> kioskLauncher) {
            this(env, clock, workingDir, kioskLauncher, CatalogueAhead.none());
        }

        Services open(String dbOption) {
            try {
                // A clinic server's user and password: this program's environment, or the context's (a test's).
                Map<String, String> withEnv = new java.util.HashMap<>(System.getenv());
                withEnv.putAll(env);
                return Services.startForCommand(paths(dbOption), clock, catalogue, withEnv);
            } catch (CatalogueException e) {
                throw new UsageError(e.getMessage());
            }
        }

        AppPaths paths(String dbOption) {
            return AppPaths.resolve(dbOption, env, workingDir);
        }
    }

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Context given) {
        List<Class<?>> needed = PhysioKioskCommand.needed(args);
        Context context = given;
        if (needed.size() == 1 && PhysioKioskCommand.OPENS_THE_RECORD.contains(needed.get(0))) {
            // Read while picocli parses: it is needed as soon as the command runs.
            context = new Context(given.env(), given.clock(), given.workingDir(), given.kioskLauncher(),
                    CatalogueAhead.start(AppPaths.catalogueFolder(given.workingDir())));
        }
        Factory factory = new Factory(context);
        CommandLine cli = new CommandLine(new PhysioKioskCommand(context), factory);
        for (Class<?> command : needed) {
            cli.addSubcommand(new CommandLine(command, factory));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("physio-kiosk: " + oneLine(ex.getMessage()) + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UsageError || ex instanceof StoreException.Refused) {
                err.println("physio-kiosk: " + oneLine(ex.getMessage()));
                return 2;
            }
            err.println("physio-kiosk: " + oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Hands the context to each command it creates. */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExportCommand.class) {
                return cls.cast(new ExportCommand(context));
            }
            if (cls == WarmUpCommand.class) {
                return cls.cast(new WarmUpCommand(context));
            }
            if (cls == CatalogCommand.class) {
                return cls.cast(new CatalogCommand(context));
            }
            if (cls == MigrateCommand.class) {
                return cls.cast(new MigrateCommand(context));
            }
            if (IdCommands.all().contains(cls) && !cls.equals(IdCommands.Note.class)
                    && !cls.equals(IdCommands.PatientCommand.class)) {
                return cls.cast(cls.getDeclaredConstructor(Cli.Context.class).newInstance(context));
            }
            if (ExerciseCommands.all().contains(cls) || StaffCommands.all().contains(cls)
                    || ClinicCommands.all().contains(cls)
                    || AuditCommands.all().contains(cls) || ServerCommands.Setup.class.equals(cls)) {
                return cls.cast(cls.getDeclaredConstructor(Cli.Context.class).newInstance(context));
            }
            if (cls == SampleCommand.class) {
                return cls.cast(new SampleCommand(context));
            }
            if (cls == BenchmarkCommand.class) {
                return cls.cast(new BenchmarkCommand(context));
            }
            if (cls == PicturesCommand.class) {
                return cls.cast(new PicturesCommand(context));
            }
            if (cls == KioskCommand.class) {
                return cls.cast(new KioskCommand(context));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}

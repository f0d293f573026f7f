package org.physiokiosk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.library.ExerciseExchange;
import org.physiokiosk.store.OutputGuard;
import org.physiokiosk.store.Problems;
import org.physiokiosk.catalog.ClinicExercise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The clinic's own exercises from the command line: copy one, retire one. */
final class ExerciseCommands {

    private ExerciseCommands() {
    }

    @Command(name = "exercise", mixinStandardHelpOptions = true,
            description = "Make the clinic's own exercise from any exercise, retire one, or mark one reviewed.",
            subcommands = {Copy.class, Retire.class, Review.class})
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
            ClinicExercise made = services.desks().library().change(actor(services), "exercise copied: " + id,
                    () -> services.clinicExercises().copy(id, name));
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
            services.desks().library().change(actor(services), "exercise retired: " + id, () -> {
                services.clinicExercises().retire(id);
                return null;
            });
            out().println("retired " + id);
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Mark an exercise's text as reviewed by a clinician. Changing the text ends the mark.")
    static final class Review extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The exercise (see catalog).")
        String id;

        @Option(names = "--by", paramLabel = "NAME", description = "The clinician who reviewed it (only on a database "
                + "without staff; with staff, the person named by --as).")
        String by;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day it was reviewed (default: today).")
        java.time.LocalDate on;

        Review(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            Authority.noTypedName(actor(services), by, "--by");
            var e = services.desks().library().review(actor(services), id, by, on);
            out().println("reviewed " + e.id() + " by " + e.reviewedBy() + " on " + e.reviewedOn());
        }
    }

    @Command(name = "exercises", mixinStandardHelpOptions = true,
            description = "Share the clinic's own exercises with another clinic: export them to a file, or import one.",
            subcommands = {Export.class, Import.class})
    static final class ExercisesCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: exercises export or exercises import (see exercises --help)");
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the clinic's own exercises and their pictures into one file (an administrator, with "
                    + "--as when the database has staff). Prints its path.")
    static final class Export extends IdCommands.Base {
        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Where to write it.")
        Path file;

        @Option(names = "--replace", description = "Write over an earlier exercises file of that name.")
        boolean replace;

        Export(Cli.Context context) {
            super(context);
        }

        @Override
        void checkBeforeOpening(OutputGuard guard) {
            guard.check(file, OutputGuard.Kind.JSON, replace);
        }

        @Override
        void run(Services services) {
            var who = actor(services);
            services.desks().library().checkMayExport(who);
            var own = services.clinicExercises().own();
            var ownTemplates = services.clinicTemplates().own();
            Path target = file.toAbsolutePath().normalize();
            services.desks().library().export(who, target.getFileName().toString(), () -> {
                String text = new ExerciseExchange(services.clinicExercises(), services.clinicTemplates())
                        .export(own, ownTemplates);
                try {
                    Files.createDirectories(target.getParent());
                    Path temp = Files.createTempFile(target.getParent(), ".exercises-", ".part");
                    try {
                        Files.writeString(temp, text, StandardCharsets.UTF_8);
                        OutputGuard.place(temp, target, replace);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Could not write " + file + ": " + Problems.explain(e), e);
                }
                return target;
            });
            out().println(target);
            out().println(own.size() + " exercise(s), " + ownTemplates.stream().filter(t -> !t.retired()).count()
                    + " template(s)");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the exercises of an exercises file as this clinic's own. Nothing here is overwritten.")
    static final class Import extends IdCommands.Base {
        @Parameters(paramLabel = "FILE", description = "A file written by exercises export.")
        Path file;

        Import(Cli.Context context) {
            super(context);
        }

        private String text;

        /** The file is read, and refused when it is not an exercises file, before the database is opened. */
        @Override
        public void run() {
            text = read(file);
            super.run();
        }

        @Override
        void run(Services services) {
            var imported = services.desks().library().change(actor(services), "exercises imported from "
                    + file.getFileName(), () -> new ExerciseExchange(services.clinicExercises(),
                    services.clinicTemplates()).importText(text, file.getFileName().toString()));
            for (ExerciseExchange.Imported i : imported) {
                out().println(i.newId().map(id -> "added " + id + "  " + i.name()
                                + (id.equals(i.fileId()) ? "" : "  (was " + i.fileId() + ")"))
                        .orElse("already here " + i.hereId() + "  " + i.name()));
            }
        }
    }

    /**
     * The text of an exercises file. Only an ordinary file is opened: a pipe or a device (a FIFO, /dev/zero) would
     * wait or run on for ever. At most {@link ExerciseExchange#MAX_FILE_BYTES} are read, whatever size the file
     * says it has.
     */
    static String read(Path file) {
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageError("there is no file " + file);
        } catch (IOException e) {
            throw new UsageError("cannot read " + file + ": " + Problems.explain(e));
        }
        if (attributes.isDirectory()) {
            throw new UsageError(file + " is a folder; name the exercises file itself (made by exercises export)");
        }
        if (!attributes.isRegularFile()) {
            throw new UsageError(file + " is not an ordinary file (it is a device, a pipe or a socket); name an "
                    + "exercises file made by exercises export");
        }
        long most = ExerciseExchange.MAX_FILE_BYTES;
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = attributes.size() > most ? null : in.readNBytes((int) most + 1);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file + ": " + Problems.explain(e), e);
        }
        if (bytes == null || bytes.length > most) {
            throw new UsageError(file + " is larger than " + most / 1024 / 1024 + " MB; that is not an exercises file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageError(file + " is not a Physio Kiosk exercises file (it is not text)");
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "The clinic's own templates: copy any template, rename or retire one of the clinic's.",
            subcommands = {TemplateCopy.class, TemplateRename.class, TemplateUpdate.class, TemplateRetire.class})
    static final class TemplateCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: template copy, template rename or template retire "
                    + "(see template --help)");
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Copy a template into one of the clinic's own, to change it. Prints its id.")
    static final class TemplateCopy extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The template to copy (see catalog).")
        String id;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The new template's name.")
        String name;

        TemplateCopy(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            out().println(services.desks().library().change(actor(services), "template copied: " + id,
                    () -> services.clinicTemplates().copy(id, name)).id());
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give one of the clinic's templates a new name.")
    static final class TemplateRename extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The clinic template.")
        String id;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "Its new name.")
        String name;

        TemplateRename(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            out().println("renamed " + services.desks().library().change(actor(services), "template renamed: " + id,
                    () -> services.clinicTemplates().rename(id, name)).id());
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Put the exercises and dosages of a recorded plan into one of the clinic's templates.")
    static final class TemplateUpdate extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The clinic template.")
        String id;

        @Option(names = "--from-plan", required = true, paramLabel = "PLAN", description = "The plan number "
                + "(printed on its handout).")
        long plan;

        TemplateUpdate(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            var recorded = services.desks().patients().plan(actor(services), plan).orElseThrow(() ->
                    new UsageError("there is no plan number " + plan + " (it is printed at the foot of its handout)"));
            var t = services.desks().library().change(actor(services), "template updated: " + id,
                    () -> services.clinicTemplates().replaceExercises(id, recorded.draft().items()));
            out().println("updated " + t.id() + " (" + t.items().size() + " exercises)");
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Stop offering one of the clinic's templates. Plans made from it keep their exercises.")
    static final class TemplateRetire extends IdCommands.Base {
        @Parameters(paramLabel = "ID", description = "The clinic template.")
        String id;

        TemplateRetire(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            services.desks().library().change(actor(services), "template retired: " + id, () -> {
                services.clinicTemplates().retire(id);
                return null;
            });
            out().println("retired " + id);
        }
    }

    static List<Class<?>> all() {
        return List.of(Copy.class, Retire.class, Review.class, Export.class, Import.class, TemplateCopy.class, TemplateRename.class,
                TemplateUpdate.class, TemplateRetire.class);
    }
}

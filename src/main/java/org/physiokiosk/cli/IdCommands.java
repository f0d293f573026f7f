package org.physiokiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.handout.ExportException;
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.record.PatientRecordService;
import org.physiokiosk.plan.LoggedHandout;
import org.physiokiosk.service.ClinicDesk;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.store.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The record-keeping commands: patients, notes and amendments, handouts, reprint, export, erase, backup, restore. */
final class IdCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private IdCommands() {
    }

    /** Shared by the commands below: the context, --db, and output. */
    abstract static class Base implements Runnable {
        final Cli.Context context;

        @Mixin
        DbOption db;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--as", paramLabel = "NAME", description = "Who does this, when the "
                + "database has staff (the secret from PHYSIO_KIOSK_PIN or the terminal).")
        String as;

        Base(Cli.Context context) {
            this.context = context;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        private Actor actor;

        @Override
        public void run() {
            AppPaths paths = context.paths(db.db);
            checkBeforeOpening(OutputGuard.forRecord(paths.database()));
            try (Services services = context.open(db.db)) {
                run(services);
            }
        }

        /** Who acts: asked once (--as and the secret), or the command line on a database without staff. */
        Actor actor(Services services) {
            if (actor == null) {
                actor = Authority.actor(context, services, as, spec.commandLine().getErr());
            }
            return actor;
        }

        /** Refuses, before the database is even opened, a file this command would not write. */
        void checkBeforeOpening(OutputGuard guard) {
        }

        abstract void run(Services services);

        Patient patient(Services services, long id) {
            return services.desks().patients().find(actor(services), id);
        }
    }

    @Command(name = "patients", mixinStandardHelpOptions = true,
            description = "List patients (number, name, date of birth), optionally those matching --find.")
    static final class Patients extends Base {

        @Option(names = "--find", paramLabel = "TEXT", description = "A few letters of the name, or a date of birth.")
        String find;

        Patients(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            for (Patient p : services.desks().patients().list(actor(services), find)) {
                out().printf("%6d  %s  %s%n", p.id(), p.dateOfBirth(), p.name());
            }
        }
    }

    @Command(name = "notes", mixinStandardHelpOptions = true,
            description = "Show a patient's visit notes, each with its amendments.")
    static final class Notes extends Base {


        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Patient number.")
        long patientId;

        Notes(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            patient(services, patientId);
            for (NoteHistory h : services.desks().notes().history(actor(services), patientId)) {
                print(h.original(), "note " + h.original().id());
                for (VisitNote a : h.amendments()) {
                    print(a, "  amendment " + a.id() + " to note " + h.original().id());
                }
            }
        }

        private void print(VisitNote n, String title) {
            out().printf("%s  %s  %s%n", title, WHEN.format(n.writtenAt()), n.author());
            n.text().lines().forEach(line -> out().println("    " + line));
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add a visit note, or amend one.",
            subcommands = {NoteAdd.class, NoteAmend.class})
    static final class Note implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: note add or note amend (see note --help)");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a private visit note for a patient.")
    static final class NoteAdd extends Base {


        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Patient number.")
        long patientId;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note.")
        String text;

        @Option(names = "--author", paramLabel = "NAME", description = "Who writes it (only on a database without "
                + "staff; with staff, the person named by --as).")
        String author;

        NoteAdd(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            patient(services, patientId);
            Authority.noTypedName(actor(services), author, "--author");
            VisitNote n = services.desks().notes().add(actor(services), patientId, text, author);
            out().println("note " + n.id());
        }
    }

    @Command(name = "amend", mixinStandardHelpOptions = true,
            description = "Amend a saved note: the original stays as it was; the amendment is added with its author and time.")
    static final class NoteAmend extends Base {

        @Option(names = "--note", required = true, paramLabel = "ID", description = "Number of the note to amend.")
        long noteId;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The correction.")
        String text;

        @Option(names = "--author", paramLabel = "NAME", description = "Who writes it (only on a database without "
                + "staff; with staff, the person named by --as).")
        String author;

        NoteAmend(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            Authority.noTypedName(actor(services), author, "--author");
            VisitNote n = services.desks().notes().amend(actor(services), noteId, text, author);
            out().println("amendment " + n.id() + " to note " + n.amendsNote());
        }
    }

    @Command(name = "handouts", mixinStandardHelpOptions = true, description = "List a patient's handouts (for reprint).")
    static final class Handouts extends Base {


        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Patient number.")
        long patientId;

        Handouts(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            patient(services, patientId);
            // The record names the file relative to the printables folder: listed where it is on this PC.
            var printables = new org.physiokiosk.plan.PrintablesFolder(services.paths().printables());
            for (LoggedHandout h : services.desks().handouts().list(actor(services), patientId)) {
                out().printf("%6d  plan %d  %s  %s%s%n", h.id(), h.planId(), WHEN.format(h.producedAt()),
                        printables.locate(h.file()),
                        h.printedOn() == null ? "" : "  printed on " + h.printedOn());
            }
        }
    }

    @Command(name = "reprint", mixinStandardHelpOptions = true,
            description = "Write an earlier handout again, exactly as it was printed.")
    static final class Reprint extends Base {

        @Option(names = "--handout", required = true, paramLabel = "ID", description = "Handout number (see handouts).")
        long handoutId;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write it.")
        Path out;

        @Option(names = "--replace", description = "Write over an existing PDF of that name (never over any other file).")
        boolean replace;

        Reprint(Cli.Context context) {
            super(context);
        }

        @Override
        void checkBeforeOpening(OutputGuard guard) {
            guard.check(out, OutputGuard.Kind.PDF, replace);
        }

        @Override
        void run(Services services) {
            try {
                out().println(services.desks().handouts().reprint(actor(services), handoutId, out, replace).file());
            } catch (ExportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    @Command(name = "patient", mixinStandardHelpOptions = true,
            description = "Export everything held about a patient, or erase it.",
            subcommands = {PatientExport.class, PatientErase.class})
    static final class PatientCommand implements Runnable {
        @Override
        public void run() {
            throw new UsageError("name what to do: patient export or patient erase (see patient --help)");
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the patient's whole record as JSON and as a readable PDF into a folder.")
    static final class PatientExport extends Base {


        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Patient number.")
        long patientId;

        @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Folder to write into.")
        Path folder;

        @Option(names = "--replace", description = "Write over this patient's earlier record files in that folder.")
        boolean replace;

        PatientExport(Cli.Context context) {
            super(context);
        }

        @Override
        void checkBeforeOpening(OutputGuard guard) {
            List<Path> files = PatientRecordService.exportFiles(patientId, folder);
            guard.check(files.get(0), OutputGuard.Kind.JSON, replace);
            guard.check(files.get(1), OutputGuard.Kind.PDF, replace);
        }

        @Override
        void run(Services services) {
            patient(services, patientId);
            PatientRecordService.Exported e = services.desks().records().export(actor(services), patientId, folder,
                    replace);
            out().println(e.json());
            out().println(e.pdf());
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Erase everything held about a patient (notes, plans, handout log and files). "
                    + "The erasure log keeps a line with counts only. Backups still hold the data until they rotate out.")
    static final class PatientErase extends Base {


        @Option(names = "--patient", required = true, paramLabel = "ID", description = "Patient number.")
        long patientId;

        @Option(names = "--yes", description = "Confirm: this cannot be undone.")
        boolean yes;

        PatientErase(Cli.Context context) {
            super(context);
        }

        @Override
        void run(Services services) {
            patient(services, patientId);
            if (!yes) {
                throw new UsageError("erasing cannot be undone; add --yes to confirm");
            }
            PatientRecordService.Erased e = services.desks().records().erase(actor(services), patientId);
            out().printf("erased patient %d: %d notes, %d plans, %d handouts, %d handout files%n", patientId,
                    e.notes(), e.plans(), e.handouts(), e.filesDeleted());
            if (!e.wiped()) {
                out().println(context.paths(db.db).onServer()
                        ? "the clinic server keeps older copies of the erased rows in its files until its next VACUUM "
                        + "FULL, which only the user that owns the record may run (README, \"Clinic server\")"
                        : "another program has the database in use: older copies of the erased rows stay in its "
                        + "files until every program using the database file has closed it");
            }
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Back up the database (checked with integrity_check) into data/backups/, or to --to FILE.")
    static final class Backup extends Base {

        @Option(names = "--to", paramLabel = "FILE", description = "A file of your own backup routine.")
        Path to;

        Backup(Cli.Context context) {
            super(context);
        }

        @Override
        void checkBeforeOpening(OutputGuard guard) {
            if (to != null) {
                guard.check(to, OutputGuard.Kind.DATABASE, false);
            }
        }

        @Override
        void run(Services services) {
            Actor who = actor(services);
            out().println(to == null ? services.desks().clinic().backupNow(who)
                    : services.desks().clinic().backupTo(who, to));
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Put a backup in place of the database (close every kiosk first). The current file is kept aside.")
    static final class Restore implements Runnable {
        private final Cli.Context context;

        @Mixin
        DbOption db;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "FILE", description = "The backup (default: the newest good one).")
        Path from;

        @Option(names = "--as", paramLabel = "NAME", description = "An administrator, when the database has staff "
                + "(the secret from PHYSIO_KIOSK_PIN or the terminal).")
        String as;

        private Actor actor;

        Restore(Cli.Context context) {
            this.context = context;
        }

        private Actor actor(Services services) {
            if (actor == null) {
                actor = Authority.actor(context, services, as, spec.commandLine().getErr());
            }
            return actor;
        }

        @Override
        public void run() {
            if (context.paths(db.db).onServer()) {
                throw new UsageError("restore puts back a record file from its backup; a clinic server is restored on "
                        + "the server itself, with pg_restore (README, \"Clinic server\")");
            }
            Path database = context.paths(db.db).database();
            Path backup = from != null ? from : ClinicDesk.newestGoodBackup(database).orElseThrow(() ->
                    new UsageError("no good backup beside " + database + "; name one with --from FILE"));
            // A database that opens and has staff is restored only by an administrator, and the restore is in its
            // trail and the restored one's; one that is missing or cannot be opened has nobody to check against,
            // and restoring it is the way back. Checked without changing the file: a restore keeps the current
            // file aside exactly as it was.
            // One that cannot be read (damaged, or not the record) may still hold staff: the restore then needs an
            // administrator of the backup that comes back, whose trail records it.
            Path aside;
            switch (ClinicDesk.staffOnFile(database)) {
                case SOME -> {
                    Services services = context.open(db.db);
                    try {
                        aside = services.desks().clinic().restore(actor(services), backup, services::close);
                    } finally {
                        services.close();
                    }
                }
                case UNKNOWN -> {
                    if (ClinicDesk.backupHasStaff(backup)) {
                        if (as == null) {
                            throw new UsageError(database + " cannot be read to tell whether it has staff: add --as "
                                    + "NAME, an administrator of the backup, with the secret in PHYSIO_KIOSK_PIN or "
                                    + "typed when asked");
                        }
                        String secret = StaffCommands.secret(context, "PHYSIO_KIOSK_PIN", "Secret for " + as + ": ");
                        if (ClinicDesk.administratorOfBackup(backup, as, secret).isEmpty()) {
                            throw new IllegalStateException(org.physiokiosk.access.StaffAccounts.REFUSED);
                        }
                    }
                    aside = ClinicDesk.restoreUnchecked(backup, database, context.clock());
                }
                default -> aside = ClinicDesk.restoreUnchecked(backup, database, context.clock());
            }
            spec.commandLine().getOut().println("restored " + backup + " to " + database
                    + (aside == null ? "" : "; the previous file is kept as " + aside));
        }
    }

    static List<Class<?>> all() {
        return List.of(Patients.class, Notes.class, Note.class, NoteAdd.class, NoteAmend.class, Handouts.class,
                Reprint.class, PatientCommand.class, PatientExport.class, PatientErase.class, Backup.class,
                Restore.class);
    }
}

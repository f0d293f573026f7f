package org.physiokiosk.wiring;

import java.time.Clock;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.CatalogueLoader;
import org.physiokiosk.catalog.Clinic;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumber;
import org.physiokiosk.clinic.EmergencyNumbers;
import org.physiokiosk.handout.ExportService;
import org.physiokiosk.library.ClinicExercises;
import org.physiokiosk.library.ClinicTemplates;
import org.physiokiosk.store.ClinicTemplateRepository;
import org.physiokiosk.store.ClinicExerciseRepository;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.handout.HandoutWriter;
import org.physiokiosk.record.PatientRecordService;
import org.physiokiosk.store.Backups;
import org.physiokiosk.store.ClinicRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.ExerciseRepository;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.OutputGuard;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.service.AuditDesk;
import org.physiokiosk.service.ClinicDesk;
import org.physiokiosk.service.Gate;
import org.physiokiosk.service.HandoutDesk;
import org.physiokiosk.service.LibraryDesk;
import org.physiokiosk.service.NoteDesk;
import org.physiokiosk.service.PatientDesk;
import org.physiokiosk.service.RecordDesk;

/**
 * All the wiring, in one place: catalogue, database, repositories, fonts and the export service.
 * The clinic's settings are seeded from {@code clinic.yaml} the first time (the shipped file gives no clinic, so a
 * new database is not set up until an administrator gives its details); after that the database holds them.
 */
public record Services(AppPaths paths, Clock clock, Catalogue catalogue, Database database,
                       PatientRepository patients, PlanRepository plans, NoteRepository notes,
                       HandoutRepository handouts, ClinicRepository clinics, HandoutFonts fonts,
                       ExportService export, Backups backups, PatientRecordService records,
                       ClinicExercises clinicExercises, ClinicTemplates clinicTemplates,
                       org.physiokiosk.access.StaffAccounts staff, org.physiokiosk.store.AuditRepository audit,
                       Desks desks)
        implements AutoCloseable {

    /** The use cases the kiosk and the command line call: each checks the role and writes its audit row. */
    public record Desks(PatientDesk patients, NoteDesk notes, HandoutDesk handouts, RecordDesk records,
                        ClinicDesk clinic, AuditDesk audit, org.physiokiosk.access.StaffAccounts staff,
                        LibraryDesk library, ClinicExercises clinicExercises, ClinicTemplates clinicTemplates,
                        java.util.function.Supplier<Catalogue> currentLibrary,
                        org.physiokiosk.service.RecordWatch watch, org.physiokiosk.service.StaffDesk team) {
    }

    /**
     * Loads the catalogue, opens (or creates) the database and copies the catalogue's exercises into it.
     * Never call on the Swing event thread.
     */
    /** {@code value}, worked out once, when first asked for. */
    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> value) {
        return new java.util.function.Supplier<>() {
            private T known;

            @Override
            public synchronized T get() {
                if (known == null) {
                    known = value.get();
                }
                return known;
            }
        };
    }

    public static Services start(AppPaths paths, Clock clock) throws CatalogueException {
        return start(paths, clock, Database.DamageCheck.WHOLE_FILE, CatalogueAhead.none());
    }

    /**
     * As {@link #start(AppPaths, Clock)}, for a command: the whole file is checked for damage only when it was not
     * closed cleanly (see {@link Database.DamageCheck#AFTER_UNCLEAN_CLOSE}); the kiosk's start checks it all.
     */
    public static Services startForCommand(AppPaths paths, Clock clock, CatalogueAhead ahead)
            throws CatalogueException {
        return startForCommand(paths, clock, ahead, System.getenv());
    }

    /** As {@link #startForCommand(AppPaths, Clock, CatalogueAhead)}, a clinic server's credentials from {@code env}. */
    public static Services startForCommand(AppPaths paths, Clock clock, CatalogueAhead ahead,
                                           java.util.Map<String, String> env) throws CatalogueException {
        return start(paths, clock, Database.DamageCheck.AFTER_UNCLEAN_CLOSE, ahead, env);
    }

    private static Services start(AppPaths paths, Clock clock, Database.DamageCheck damageCheck,
                                  CatalogueAhead ahead) throws CatalogueException {
        return start(paths, clock, damageCheck, ahead, System.getenv());
    }

    private static Services start(AppPaths paths, Clock clock, Database.DamageCheck damageCheck,
                                  CatalogueAhead ahead, java.util.Map<String, String> env) throws CatalogueException {
        // The fonts and the colour profile load on the second core while the database opens and the catalogue is read
        // (or read ahead).
        java.util.concurrent.CompletableFuture<HandoutFonts> fontsLoading =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    HandoutWriter.readColourProfile();
                    return HandoutFonts.withFirstFamilyRead();
                });
        // Credentials for a clinic server come from the environment given (PGUSER, PGPASSWORD, PGSSLMODE).
        Database db = paths.onServer() ? Database.onServer(paths.server(), env)
                : Database.open(paths.database(), damageCheck);
        try {
            Catalogue shipped = ahead.take(paths.catalogue());
            new ExerciseRepository(db).sync(shipped.exercises());
            // The clinic's own exercises follow the shipped ones in the library.
            ClinicExerciseRepository clinicExercises = new ClinicExerciseRepository(db, clock);
            org.physiokiosk.store.AuditRepository audit = new org.physiokiosk.store.AuditRepository(db, clock);
            ClinicTemplateRepository clinicTemplates = new ClinicTemplateRepository(db, clock);
            ClinicExercises own = new ClinicExercises(shipped, clinicExercises, clinicTemplates,
                    new org.physiokiosk.store.ExerciseReviewRepository(db, clock), clock);
            Catalogue catalogue = own.library();
            PlanRepository plans = new PlanRepository(db, clock);
            HandoutRepository handouts = new HandoutRepository(db);
            ClinicRepository clinics = new ClinicRepository(db, clock);
            Clinic seed = catalogue.clinic();
            clinics.seed(new ClinicSettings(seed.name(), seed.address(), seed.phone(), seed.emergencyNumber(), null,
                    seed.paper()));
            HandoutFonts fonts = fontsLoading.join();
            PatientRepository patients = new PatientRepository(db, clock);
            NoteRepository notes = new NoteRepository(db, clock);
            org.physiokiosk.plan.PrintablesFolder printables = new org.physiokiosk.plan.PrintablesFolder(
                    paths.printables());
            // Until the clinic gives its own, a handout suggests the emergency number of this computer's country.
            // Looked up when first needed: finding a time zone's country reads ICU's zone data, a noticeable part
            // of a command's start.
            java.util.function.Supplier<java.util.Optional<EmergencyNumber>> localEmergency = memo(() ->
                    EmergencyNumbers.forComputer(java.util.Locale.getDefault(), clock.getZone().getId()));
            ExportService export = ExportService.live(own::library, db, clinics, plans, handouts,
                    new HandoutWriter(fonts), fonts, clock, printables, localEmergency);
            // A clinic server keeps no backups folder on this PC (it is backed up where it runs); a snapshot to a file
            // of the clinic's choosing still works.
            Backups backups = new Backups(db, paths.onServer() ? null : Backups.folderFor(paths.database()),
                    Backups.DEFAULT_KEEP, clock);
            PatientRecordService records = new PatientRecordService(catalogue, patients, plans, notes, handouts,
                    fonts, clock, OutputGuard.forRecord(paths.database()), audit, printables);
            ClinicTemplates templates = new ClinicTemplates(own, clinicTemplates);
            org.physiokiosk.access.StaffAccounts staff = new org.physiokiosk.access.StaffAccounts(
                    new org.physiokiosk.store.StaffRepository(db, clock), Services::pause, audit);
            Gate gate = new Gate(db, audit);
            Desks desks = new Desks(new PatientDesk(gate, patients, plans, own::library), new NoteDesk(gate, notes),
                    new HandoutDesk(gate, export, handouts, plans, own::library), new RecordDesk(gate, records),
                    new ClinicDesk(gate, clinics, backups, paths.database(),
                            paths.onServer() ? paths.server().toString() : null, clock, db, localEmergency),
                    new AuditDesk(gate, audit, clock.getZone(), () -> paths.onServer() ? java.util.List.of()
                            : Backups.possiblyOf(paths.database())), staff, new LibraryDesk(gate, own), own, templates,
                    own::library, new org.physiokiosk.service.RecordWatch(
                            new org.physiokiosk.store.ChangeRepository(db)),
                    new org.physiokiosk.service.StaffDesk(gate, staff));
            return new Services(paths, clock, catalogue, db, patients, plans, notes, handouts, clinics, fonts,
                    export, backups, records, own, templates, staff, audit, desks);
        } catch (CatalogueException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Loads the picture machinery on another thread, for the kiosk, whose first handout comes long after its start.
     * A command does not: it renders at once, and a second thread loading the same classes only competes with it.
     */
    public static void warmUpPictures() {
        java.util.concurrent.CompletableFuture.runAsync(HandoutWriter::warmUp);
    }

    /**
     * The library as {@code catalog} lists it, writing nothing: the shipped catalogue, with the clinic's own
     * exercises, templates and reviews read from the database when it exists and is of today's schema. Empty when the
     * database exists but cannot be read that way (an older schema): then only a normal start can bring it up to date.
     */
    public static java.util.Optional<Catalogue> readCatalogue(AppPaths paths, Clock clock) throws CatalogueException {
        CatalogueLoader loader = new CatalogueLoader();
        Catalogue shipped = paths.catalogue() != null ? loader.load(paths.catalogue()) : loader.loadBundled();
        if (!java.nio.file.Files.exists(paths.database())) {
            return java.util.Optional.of(shipped);
        }
        java.util.Optional<Database> readOnly = Database.openReadOnly(paths.database());
        if (readOnly.isEmpty()) {
            return java.util.Optional.empty();
        }
        try (Database db = readOnly.get()) {
            return java.util.Optional.of(new ClinicExercises(shipped, new ClinicExerciseRepository(db, clock),
                    new ClinicTemplateRepository(db, clock), new org.physiokiosk.store.ExerciseReviewRepository(db,
                    clock), clock).library());
        }
    }

    /** The wait after failed sign-ins: the thread sleeps; an interrupt ends the wait early. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}

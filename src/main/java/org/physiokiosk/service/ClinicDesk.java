package org.physiokiosk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumber;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.Secrets;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.staff.StaffOnFile;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Backups;
import org.physiokiosk.store.ClinicRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.StaffRepository;
import org.physiokiosk.store.StoreException;

/**
 * The clinic's settings, backups and restore. Everyone signed in reads the settings (they head every handout); an
 * administrator changes them, sets how soon the kiosk locks, backs up and restores.
 */
public final class ClinicDesk {

    public static final String SETTINGS_CHANGED = "clinic settings changed";
    public static final String LOCK_TIME_CHANGED = "lock time changed";
    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";

    private final Gate gate;
    private final ClinicRepository clinics;
    private final Backups backups;
    private final Path database;
    private final String server;
    private final Clock clock;
    private final Database record;
    private final java.util.function.Supplier<Optional<EmergencyNumber>> localEmergency;

    /**
     * {@code database} is the record's file, or null with {@code server} naming the clinic server (HOST:PORT/DATABASE):
     * a server is backed up where it runs, and its {@code backups} make snapshots only. {@code localEmergency} is the
     * emergency number of this computer's country (empty: none known), offered until the clinic gives its own.
     */
    public ClinicDesk(Gate gate, ClinicRepository clinics, Backups backups, Path database, String server,
                      Clock clock, Database record,
                      java.util.function.Supplier<Optional<EmergencyNumber>> localEmergency) {
        this.record = record;
        this.localEmergency = localEmergency;
        this.gate = gate;
        this.clinics = clinics;
        this.backups = backups;
        this.database = database;
        this.server = server;
        this.clock = clock;
    }

    public static final String KIOSK_USER = "clinic server: rights given to the PCs' user";

    /**
     * On the clinic server, run as the user that owns the record: gives the PCs' own database user what the kiosk
     * needs and no more (it may only add rows to the audit trail). An administrator's, once the record has staff.
     */
    public void grantKioskUser(Actor who, String role) {
        gate.require(who, Role.ADMINISTRATOR, KIOSK_USER, null);
        record.grantKioskUser(role);
        gate.record(who, KIOSK_USER + " " + role, null, "done");
    }

    /** Whether {@code who} may change the clinic's settings, back up and restore. */
    public static boolean mayChange(Actor who) {
        return who.role().covers(Role.ADMINISTRATOR);
    }

    public ClinicSettings settings() {
        return clinics.load().orElseThrow(() -> new StoreException("The clinic's settings are missing from the "
                + "database; restore a backup."));
    }

    /** Saves the settings; refused, saying what to fix, when they cannot be saved (no name, say). */
    public void save(Actor who, ClinicSettings settings) {
        gate.act(who, Role.ADMINISTRATOR, SETTINGS_CHANGED, null, () -> {
            refuseProblems(settings);
            clinics.save(settings);
            return null;
        });
    }

    /**
     * Sets the clinic's name, address, phone, emergency number and doctor or out-of-hours line; each one given as
     * null stays as it is, and so do the logo and the paper. Refused, saying what to fix, when the result cannot be
     * saved. Returns what was saved.
     */
    public ClinicSettings saveDetails(Actor who, String name, String address, String phone, String emergencyNumber,
            String doctorLine) {
        return gate.act(who, Role.ADMINISTRATOR, SETTINGS_CHANGED, null, () -> {
            ClinicSettings now = settings();
            ClinicSettings next = new ClinicSettings(name != null ? name : now.name(),
                    address != null ? address : now.address(), phone != null ? phone : now.phone(),
                    emergencyNumber != null ? emergencyNumber : now.emergencyNumber(), now.logo(), now.paper(),
                    doctorLine != null ? doctorLine : now.doctorLine());
            refuseProblems(next);
            clinics.save(next);
            return next;
        });
    }

    private static void refuseProblems(ClinicSettings settings) {
        if (!settings.problems().isEmpty()) {
            throw new StoreException.Refused(String.join(" ", settings.problems().values()));
        }
    }

    /** The emergency number of this computer's country, offered until the clinic gives its own; empty if unknown. */
    public Optional<EmergencyNumber> localEmergency() {
        return localEmergency.get();
    }

    /** Minutes idle before the kiosk locks. */
    public int lockMinutes() {
        return clinics.lockMinutes();
    }

    public void saveLockMinutes(Actor who, int minutes) {
        gate.act(who, Role.ADMINISTRATOR, LOCK_TIME_CHANGED + " to " + minutes + " min", null, () -> {
            clinics.saveLockMinutes(minutes);
            return null;
        });
    }

    /** Who the trail names for what the kiosk does by itself; the space keeps it apart from any sign-in name. */
    public static final Actor KIOSK = new Actor("kiosk (routine)", "", Role.FRONT_DESK);

    /**
     * A checked backup into the backups folder, the kiosk's own (at start, daily and on closing); none (null) for a
     * clinic server, which is backed up where it runs.
     */
    public Path routineBackup() {
        if (!backups.routine()) {
            return null;
        }
        Path written = backups.backupNow();
        gate.record(KIOSK, "routine backup", null, "done");
        return written;
    }

    /** Whether a routine backup is due: never on a clinic server, which is backed up where it runs. */
    public boolean backupDue() {
        return backups.due();
    }

    public Path backupNow(Actor who) {
        return gate.actThenRecord(who, Role.ADMINISTRATOR, BACKUP, null, backups::backupNow);
    }

    /** A checked copy in a file of the clinic's choosing; from a clinic server, a SQLite snapshot of its record. */
    public Path backupTo(Actor who, Path file) {
        return gate.actThenRecord(who, Role.ADMINISTRATOR, BACKUP, null, () -> backups.backupTo(file));
    }

    /** Where the records live: the database file, or null for a clinic server (shown on the Clinic settings screen). */
    public Path databaseFile() {
        return database == null ? null : database.toAbsolutePath().normalize();
    }

    /** Where the records live, in words: the database file, or the clinic server's address. */
    public String recordsWhere() {
        return database != null ? databaseFile().toString() : server;
    }

    /** The backups folder beside the database (where the restore chooser opens). */
    public Path backupsFolder() {
        return Backups.folderFor(database);
    }

    /** What is wrong with a file offered as a backup, or empty when it can be restored. Reads the disk. */
    public Optional<String> problemWith(Path backup) {
        return Optional.ofNullable(Backups.problem(backup));
    }

    /**
     * Puts a backup in place of the database: checked first (nothing changes when it is refused), the row written
     * into the current database ("started") and, once restored, into the restored one ("done"). {@code close}
     * closes this program's hold on the database first. Returns where the previous file was kept.
     */
    public Path restore(Actor who, Path backup, Runnable close) {
        String action = RESTORE + " from " + backup.getFileName();
        gate.require(who, Role.ADMINISTRATOR, action, null);
        problemWith(backup).ifPresent(p -> {
            throw new StoreException.Refused(backup + " cannot be restored: " + p);
        });
        gate.record(who, action, null, "started");
        close.run();
        Path aside = Backups.restore(backup, database, clock);
        try (Database restored = Database.open(database)) {
            new AuditRepository(restored, clock).append(who.signInName(), action, null, "done");
        }
        return aside;
    }

    /** Moving the record onto a clinic server is an administrator's: refused, and the refusal in the trail, otherwise. */
    public void checkMayMoveToServer(Actor who) {
        gate.require(who, Role.ADMINISTRATOR, ServerMove.MOVED, null);
    }

    /** Restores a database that has no staff, or cannot be opened to ask (the way back from a damaged file). */
    public static Path restoreUnchecked(Path backup, Path database, Clock clock) {
        return Backups.restore(backup, database, clock);
    }

    /**
     * Whether the database file has staff, read as it stands now (its log included) without changing it: a restore
     * keeps it aside as it was. {@code UNKNOWN} when it cannot be read: then nobody may assume it has none.
     */
    public static StaffOnFile staffOnFile(Path database) {
        return StaffRepository.onFile(database);
    }

    /**
     * The administrator {@code name} of a backup, when {@code secret} is theirs: who may restore it over a database
     * that cannot be read to ask. Reads the backup without changing it; counts no failure (the backup is not the
     * record, and a failure here restores nothing).
     */
    public static Optional<StaffMember> administratorOfBackup(Path backup, String name, String secret) {
        return StaffRepository.accountOnFile(backup, name)
                .filter(a -> a.member().active() && !a.member().locked()
                        && a.member().role().covers(Role.ADMINISTRATOR)
                        && secret != null && Secrets.matches(secret, a.secretHash()))
                .map(StaffRepository.Account::member);
    }

    /** Whether a backup has staff accounts (then restoring it over an unreadable database needs one of them). */
    public static boolean backupHasStaff(Path backup) {
        return StaffRepository.onFile(backup) != StaffOnFile.NONE;
    }


    /** The newest backup that passes its checks, for a database that is damaged or missing. Reads the disk. */
    public static Optional<Path> newestGoodBackup(Path database) {
        return Backups.newestGood(database);
    }

}

package org.physiokiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditProof;

/**
 * The audit trail: append-only rows chained by SHA-256. A row's hash covers its number, time, who, action, patient,
 * outcome and the previous row's hash ({@link #FIRST} for the first row).
 */
public final class AuditRepository {

    /** The "previous hash" of the first row. */
    public static final String FIRST = "0".repeat(64);

    private final Database db;
    private final Clock clock;

    public AuditRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Appends a row, chained to the last one, in its own transaction (or the caller's, when one is open). */
    public AuditEntry append(String staff, String action, Long patientId, String outcome) {
        return db.transaction(c -> append(c, staff, action, patientId, outcome));
    }

    /** Who is named for a name that matches no account: the name as typed never goes into the trail. */
    public static final String UNKNOWN_NAME = "unknown name";
    /** The names of what acts without an account: the command line on a database without staff, the kiosk itself. */
    private static final java.util.Set<String> NOT_AN_ACCOUNT = java.util.Set.of("command line", "kiosk (routine)",
            UNKNOWN_NAME);

    private AuditEntry append(Connection c, String staff, String action, Long patientId, String outcome)
            throws SQLException {
        // Who, as the record knows them: the account's number and its name as stored, never the text as given.
        Long staffId = null;
        String who = NOT_AN_ACCOUNT.contains(staff) ? staff : UNKNOWN_NAME;
        if (staff != null && !NOT_AN_ACCOUNT.contains(staff)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, sign_in_name FROM staff WHERE sign_in_name = ?")) {
                ps.setString(1, staff.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        staffId = rs.getLong(1);
                        who = rs.getString(2);
                    }
                }
            }
        }
        long id = 1;
        String prev = FIRST;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                id = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        Instant at = clock.instant();
        String hash = hash(id, at.toString(), who, action, patientId, outcome, prev, staffId);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit (id, at, staff, action, patient_id, outcome, prev_hash, hash, staff_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            ps.setLong(1, id);
            ps.setString(2, at.toString());
            ps.setString(3, who);
            ps.setString(4, action);
            if (patientId == null) {
                ps.setNull(5, java.sql.Types.INTEGER);
            } else {
                ps.setLong(5, patientId);
            }
            ps.setString(6, outcome);
            ps.setString(7, prev);
            ps.setString(8, hash);
            if (staffId == null) {
                ps.setNull(9, java.sql.Types.INTEGER);
            } else {
                ps.setLong(9, staffId);
            }
            ps.executeUpdate();
        }
        return new AuditEntry(id, at, who, staffId, action, patientId, outcome, prev, hash);
    }

    /** Every row, oldest first. */
    public List<AuditEntry> all() {
        return rows("SELECT * FROM audit ORDER BY id", null);
    }

    /** The rows about one patient, oldest first. */
    public List<AuditEntry> forPatient(long patientId) {
        return rows("SELECT * FROM audit WHERE patient_id = ? ORDER BY id", patientId);
    }

    private List<AuditEntry> rows(String sql, Long onlyPatient) {
        return db.transaction(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = prepared(c, sql, onlyPatient);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long patient = rs.getLong("patient_id");
                    Long patientId = rs.wasNull() ? null : patient;
                    long staffNumber = rs.getLong("staff_id");
                    Long staffId = rs.wasNull() ? null : staffNumber;
                    out.add(new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("staff"),
                            staffId, rs.getString("action"), patientId, rs.getString("outcome"),
                            rs.getString("prev_hash"), rs.getString("hash")));
                }
            }
            return out;
        });
    }

    /**
     * Walks the chain: the first row whose hash does not match its fields, or whose "previous hash" is not the hash
     * of the row before it (a row changed, removed or slipped in), or that cannot be read, with what is wrong; empty
     * when intact.
     */
    public Optional<String> firstBreak() {
        return firstBreakStored(stored());
    }

    /** A row as stored, every field as text: a damaged row is named by its number, never a crash. */
    private record Stored(String id, String at, String staff, String staffId, String action, String patientId,
                          String outcome, String prevHash, String hash) {
    }

    private List<Stored> stored() {
        return db.transaction(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, staff, staff_id, action, patient_id, "
                    + "outcome, prev_hash, hash FROM audit ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        });
    }

    /** The first row of the chain, read as stored, that does not hold; empty when every row does. */
    private static Optional<String> firstBreakStored(List<Stored> rows) {
        String prev = FIRST;
        long expected = 1;
        for (Stored e : rows) {
            Long id = number(e.id());
            if (id == null) {
                return Optional.of("the row after row " + (expected - 1) + " is damaged: its number cannot be read");
            }
            if (id != expected) {
                return Optional.of("row " + id + " follows row " + (expected - 1) + ": a row is missing before it");
            }
            if (!String.valueOf(e.prevHash()).equals(prev)) {
                return Optional.of("row " + id + " does not follow the row before it: a row was removed, added "
                        + "or changed before it");
            }
            Long patient = e.patientId() == null ? null : number(e.patientId());
            Long staffId = e.staffId() == null ? null : number(e.staffId());
            boolean readable = e.at() != null && e.staff() != null && e.action() != null && e.outcome() != null
                    && (e.patientId() == null || patient != null) && (e.staffId() == null || staffId != null)
                    && instant(e.at());
            if (!readable) {
                return Optional.of("row " + id + " is damaged: some of its fields cannot be read");
            }
            if (!hash(id, e.at(), e.staff(), e.action(), patient, e.outcome(), e.prevHash(), staffId)
                    .equals(e.hash())) {
                return Optional.of("row " + id + " was changed after it was written");
            }
            prev = e.hash();
            expected++;
        }
        return Optional.empty();
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean instant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Checks the trail as far as anything can: its own chain; the guards that stop the database changing or deleting
     * a row; and every backup given, each a witness from outside the record of how long the trail was when it was
     * made and what its last row was. Says what that proves and what it cannot.
     */
    public AuditProof verify(List<Path> backups) {
        List<Stored> rows = stored();
        List<String> problems = new ArrayList<>();
        List<String> proven = new ArrayList<>();
        List<String> unproven = new ArrayList<>();
        firstBreakStored(rows).ifPresent(problems::add);
        if (problems.isEmpty()) {
            proven.add("each of the " + rows.size() + " row(s) matches its hash and follows the one before it");
        }
        problems.addAll(guardProblems());
        if (db.dialect() == Database.Dialect.POSTGRESQL) {
            ownerOfTheTrail().ifPresent(unproven::add);
        }
        long vouched = 0;
        String newest = null;
        int witnesses = 0;
        for (Path backup : backups) {
            Optional<BackupWitness> said = BackupWitness.read(backup);
            Optional<BackupWitness> held = trailOf(backup);
            if (said.isPresent() && held.isPresent() && (held.get().auditRows() < said.get().auditRows()
                    || !headAt(backup, said.get().auditRows()).equals(Optional.of(said.get().auditHead())))) {
                problems.add("the backup " + backup.getFileName() + " no longer holds the trail its witness file "
                        + "recorded (" + said.get().auditRows() + " rows): the backup was changed after it was made");
            }
            Optional<BackupWitness> witness = said.isPresent() ? said : held;
            if (witness.isEmpty()) {
                unproven.add("the backup " + backup.getFileName() + " could not be read as a witness");
                continue;
            }
            BackupWitness w = witness.get();
            String made = w.madeAt() == null ? "" : " (made " + w.madeAt() + ")";
            if (w.auditRows() > rows.size()) {
                problems.add("the trail has " + rows.size() + " row(s), but the backup " + backup.getFileName() + made
                        + " holds " + w.auditRows() + ": rows were removed after it was made");
                continue;
            }
            if (w.auditRows() > 0 && !w.auditHead().equals(rows.get((int) w.auditRows() - 1).hash())) {
                problems.add("rows 1 to " + w.auditRows() + " are not the rows the backup " + backup.getFileName()
                        + made + " holds: the trail was rewritten after it was made");
                continue;
            }
            witnesses++;
            if (w.auditRows() >= vouched) {
                vouched = w.auditRows();
                newest = backup.getFileName() + made;
            }
        }
        if (witnesses > 0 && vouched > 0) {
            proven.add("rows 1 to " + vouched + " are the rows " + witnesses + " backup(s) hold, the latest of them "
                    + newest);
        }
        if (rows.size() > vouched) {
            unproven.add((vouched == 0 ? "no backup vouches for any row" : "rows " + (vouched + 1) + " to "
                    + rows.size() + " are newer than every backup")
                    + ": only their own chain vouches for them, and a program that can write the database can "
                    + "write a new chain; a backup made now will vouch for them");
        }
        return new AuditProof(rows.size(), problems, proven, unproven);
    }

    /** The length and last hash of the trail a backup file holds, read without changing it; empty if unreadable. */
    private static Optional<BackupWitness> trailOf(Path backup) {
        try {
            if (!Files.isRegularFile(backup)) {
                return Optional.empty();
            }
            return Optional.of(BackupWitness.taken(backup, "", null));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The hash of row {@code row} of the trail a backup file holds. */
    private static Optional<String> headAt(Path backup, long row) {
        if (row == 0) {
            return Optional.of(FIRST);
        }
        try (Connection c = java.sql.DriverManager.getConnection(SqliteFiles.readUrl(backup));
             PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit WHERE id = ?")) {
            ps.setLong(1, row);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The guards the schema puts on the table, as they must read; a removed or weakened one is a problem. */
    private static final List<String> SQLITE_GUARDS = List.of(
            "CREATE TRIGGER audit_never_changes BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail "
                    + "is never changed'); END",
            "CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail "
                    + "is never deleted'); END");
    private static final List<String> SERVER_GUARDS = List.of(
            "audit_never_changes BEFORE UPDATE FOR EACH ROW refuse_change('the audit trail is never changed')",
            "audit_never_deleted BEFORE DELETE FOR EACH ROW refuse_change('the audit trail is never deleted')",
            "audit_never_truncated BEFORE TRUNCATE FOR EACH STATEMENT refuse_change('the audit trail is never "
                    + "deleted')");

    private List<String> guardProblems() {
        return db.transaction(c -> {
            List<String> found = new ArrayList<>();
            if (db.dialect() == Database.Dialect.SQLITE) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(String.valueOf(rs.getString(1)).replaceAll("\\s+", " ").strip());
                    }
                }
                return SQLITE_GUARDS.stream().filter(g -> !found.contains(g)).map(AuditRepository::guardGone)
                        .toList();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.tgname, t.tgenabled, pg_get_triggerdef(t.oid), p.prosrc
                    FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                    WHERE t.tgrelid = 'audit'::regclass AND NOT t.tgisinternal
                    """);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String def = rs.getString(3).replaceAll("\\s+", " ");
                    boolean enabled = !"D".equals(rs.getString(2));
                    boolean refuses = rs.getString(4).contains("RAISE EXCEPTION");
                    if (enabled && refuses) {
                        found.add(rs.getString(1) + " " + def.replaceAll(".*? (BEFORE \\w+) ON \\S+ (FOR EACH \\w+) "
                                + "EXECUTE FUNCTION (?:\\S+\\.)?", "$1 $2 "));
                    }
                }
            }
            return SERVER_GUARDS.stream().filter(g -> !found.contains(g)).map(AuditRepository::guardGone).toList();
        });
    }

    private static String guardGone(String guard) {
        String name = guard.replaceFirst("^CREATE TRIGGER ", "").split(" ")[0];
        return "the database's guard " + name + " is missing or was changed: rows could have been changed or "
                + "deleted since without a trace in the chain";
    }

    /** On the server: a word when this PC's own database user could remove the guards (it owns the table). */
    private Optional<String> ownerOfTheTrail() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT pg_get_userbyid(relowner), current_user, pg_has_role(current_user, relowner, 'USAGE')
                    FROM pg_class WHERE oid = 'audit'::regclass
                    """);
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(3)) {
                    return Optional.of("this PC's database user " + rs.getString(2) + " owns the audit trail (as "
                            + rs.getString(1) + "), so it could remove the table's guards: give the PCs a user that "
                            + "may only add rows (README, \"Clinic server\")");
                }
                return Optional.<String>empty();
            }
        });
    }

    private static PreparedStatement prepared(Connection c, String sql, Long patientId) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (patientId != null) {
            ps.setLong(1, patientId);
        }
        return ps;
    }

    /** A row's hash: its fields and the row before it; its staff account's number too, when it has one. */
    static String hash(long id, String at, String staff, String action, Long patientId, String outcome,
            String prev, Long staffId) {
        String text = String.join("\u001f", Long.toString(id), at, staff, action,
                patientId == null ? "" : Long.toString(patientId), outcome, prev)
                + (staffId == null ? "" : "\u001f" + staffId);
        return org.physiokiosk.Sha256.hex(text);
    }
}

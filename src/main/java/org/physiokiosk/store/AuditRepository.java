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
import org.physiokiosk.audit.AuditEntry;

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

    private AuditEntry append(Connection c, String staff, String action, Long patientId, String outcome)
            throws SQLException {
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
        String hash = hash(id, at.toString(), staff, action, patientId, outcome, prev);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit (id, at, staff, action, patient_id, outcome, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            ps.setLong(1, id);
            ps.setString(2, at.toString());
            ps.setString(3, staff);
            ps.setString(4, action);
            if (patientId == null) {
                ps.setNull(5, java.sql.Types.INTEGER);
            } else {
                ps.setLong(5, patientId);
            }
            ps.setString(6, outcome);
            ps.setString(7, prev);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(id, at, staff, action, patientId, outcome, prev, hash);
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
                    out.add(new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("staff"),
                            rs.getString("action"), patientId, rs.getString("outcome"), rs.getString("prev_hash"),
                            rs.getString("hash")));
                }
            }
            return out;
        });
    }

    /**
     * Walks the chain: the first row whose hash does not match its fields, or whose "previous hash" is not the hash
     * of the row before it (a row changed, removed or slipped in), with what is wrong; empty when intact.
     */
    public Optional<String> firstBreak() {
        return firstBreak(all());
    }

    /** As {@link #firstBreak()}, over rows already read (oldest first). */
    public static Optional<String> firstBreak(List<AuditEntry> rows) {
        String prev = FIRST;
        long expected = 1;
        for (AuditEntry e : rows) {
            if (e.id() != expected) {
                return Optional.of("row " + e.id() + " follows row " + (expected - 1) + ": a row is missing before it");
            }
            if (!e.prevHash().equals(prev)) {
                return Optional.of("row " + e.id() + " does not follow the row before it: a row was removed, added "
                        + "or changed before it");
            }
            String recomputed = hash(e.id(), e.at().toString(), e.staff(), e.action(), e.patientId(), e.outcome(),
                    e.prevHash());
            if (!recomputed.equals(e.hash())) {
                return Optional.of("row " + e.id() + " was changed after it was written");
            }
            prev = e.hash();
            expected++;
        }
        return Optional.empty();
    }

    private static PreparedStatement prepared(Connection c, String sql, Long patientId) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (patientId != null) {
            ps.setLong(1, patientId);
        }
        return ps;
    }

    static String hash(long id, String at, String staff, String action, Long patientId, String outcome,
            String prev) {
        String text = String.join("\u001f", Long.toString(id), at, staff, action,
                patientId == null ? "" : Long.toString(patientId), outcome, prev);
        return org.physiokiosk.Sha256.hex(text);
    }
}

package org.physiokiosk.store;

import org.physiokiosk.plan.LoggedHandout;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The log of every handout produced: when, which file, and the file's SHA-256. */
public final class HandoutRepository {


    private static final String INSERT = """
            INSERT INTO handout (plan_id, file, sha256, produced_at, snapshot) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String FOR_PLAN = """
            SELECT id, plan_id, file, sha256, produced_at, printed_on FROM handout WHERE plan_id = ? ORDER BY id
            """;

    private final Database db;

    public HandoutRepository(Database db) {
        this.db = db;
    }

    public LoggedHandout log(long planId, String file, String sha256, Instant producedAt) {
        return log(planId, file, sha256, producedAt, null);
    }

    /** Logs a handout with the JSON snapshot of exactly what it printed. */
    public LoggedHandout log(long planId, String file, String sha256, Instant producedAt, String snapshot) {
        long id = db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, planId);
                ps.setString(2, file);
                ps.setString(3, sha256);
                ps.setString(4, producedAt.toString());
                ps.setString(5, snapshot);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new LoggedHandout(id, planId, file, sha256, producedAt, null);
    }

    /** Records that the handout was sent to this printer. */
    public void markPrinted(long handoutId, String printer) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE handout SET printed_on = ? WHERE id = ?")) {
                ps.setString(1, printer);
                ps.setLong(2, handoutId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Stores pictures (SHA-256 to SVG) a handout prints; one already stored is left as it is. */
    public void storePictures(java.util.Map<String, String> bySha) {
        if (bySha.isEmpty()) {
            return;
        }
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO picture (sha256, svg) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                for (var e : bySha.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The stored pictures (SHA-256 to SVG) among {@code shas}. */
    public java.util.Map<String, String> pictures(java.util.Collection<String> shas) {
        return db.transaction(c -> {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT svg FROM picture WHERE sha256 = ?")) {
                for (String sha : shas) {
                    ps.setString(1, sha);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(sha, rs.getString(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The snapshot stored with a handout, if it has one. */
    public java.util.Optional<String> snapshot(long handoutId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT snapshot FROM handout WHERE id = ?")) {
                ps.setLong(1, handoutId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
                }
            }
        });
    }

    public java.util.Optional<LoggedHandout> find(long handoutId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, plan_id, file, sha256, produced_at, printed_on FROM handout WHERE id = ?")) {
                ps.setLong(1, handoutId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(read(rs)) : java.util.Optional.empty();
                }
            }
        });
    }

    /** The patient a handout was made for (for the audit trail), or empty when there is no such handout. */
    public java.util.Optional<Long> patientOf(long handoutId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.patient_id FROM handout h JOIN plan p ON p.id = h.plan_id WHERE h.id = ?")) {
                ps.setLong(1, handoutId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
                }
            }
        });
    }

    /** Every handout made for a patient, oldest first. */
    public List<LoggedHandout> forPatient(long patientId) {
        return db.transaction(c -> {
            List<LoggedHandout> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT h.id, h.plan_id, h.file, h.sha256, h.produced_at, h.printed_on
                    FROM handout h JOIN plan p ON p.id = h.plan_id WHERE p.patient_id = ? ORDER BY h.id
                    """)) {
                ps.setLong(1, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    private static LoggedHandout read(ResultSet rs) throws java.sql.SQLException {
        return new LoggedHandout(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("file"), rs.getString("sha256"),
                Instant.parse(rs.getString("produced_at")), rs.getString("printed_on"));
    }

    public List<LoggedHandout> forPlan(long planId) {
        return db.transaction(c -> {
            List<LoggedHandout> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FOR_PLAN)) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LoggedHandout(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("file"),
                                rs.getString("sha256"), Instant.parse(rs.getString("produced_at")),
                                rs.getString("printed_on")));
                    }
                }
            }
            return out;
        });
    }
}

package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The log of every handout produced: when, which file, and the file's SHA-256. */
public final class HandoutRepository {

    /** One handout produced. */
    public record LoggedHandout(long id, long planId, String file, String sha256, Instant producedAt,
                                String printedOn) {
    }

    private static final String INSERT = """
            INSERT INTO handout (plan_id, file, sha256, produced_at) VALUES (?, ?, ?, ?)
            """;
    private static final String FOR_PLAN = """
            SELECT id, plan_id, file, sha256, produced_at, printed_on FROM handout WHERE plan_id = ? ORDER BY id
            """;

    private final Database db;

    public HandoutRepository(Database db) {
        this.db = db;
    }

    public LoggedHandout log(long planId, String file, String sha256, Instant producedAt) {
        long id = db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, planId);
                ps.setString(2, file);
                ps.setString(3, sha256);
                ps.setString(4, producedAt.toString());
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

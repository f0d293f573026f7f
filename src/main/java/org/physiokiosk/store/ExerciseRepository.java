package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.util.List;
import org.physiokiosk.catalog.Exercise;

/** Keeps the database's copy of the catalogue's exercises current, so plan items can refer to them. */
public final class ExerciseRepository {

    private static final String UPSERT = """
            INSERT INTO exercise (id, name, kind, body_region, reviewed_by, reviewed_on, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, kind = excluded.kind, body_region = excluded.body_region,
                reviewed_by = excluded.reviewed_by, reviewed_on = excluded.reviewed_on, origin = excluded.origin
            """;

    private final Database db;

    public ExerciseRepository(Database db) {
        this.db = db;
    }

    /**
     * Adds or updates every exercise of the catalogue. Exercises no longer listed stay, for old plans. Only rows that
     * differ are written: at most starts nothing has changed, and then nothing is written (no commit to wait for on
     * the disk).
     */
    public void sync(List<Exercise> exercises) {
        db.transaction(c -> {
            java.util.Map<String, String> stored = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, kind, body_region, reviewed_by, reviewed_on, origin FROM exercise");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), String.join("\u0000", rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            List<Exercise> changed = exercises.stream().filter(e -> !row(e).equals(stored.get(e.id()))).toList();
            if (changed.isEmpty()) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                for (Exercise e : changed) {
                    ps.setString(1, e.id());
                    ps.setString(2, e.name());
                    ps.setString(3, e.kind().id());
                    ps.setString(4, e.bodyRegion());
                    // Empty when no clinician has reviewed the text yet (the column predates that state).
                    ps.setString(5, e.reviewed() ? e.reviewedBy() : "");
                    ps.setString(6, e.reviewed() ? e.reviewedOn().toString() : "");
                    ps.setString(7, e.origin().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The columns this repository writes for {@code e}, as {@link #sync} compares them. */
    private static String row(Exercise e) {
        return String.join("\u0000", e.name(), e.kind().id(), e.bodyRegion(), e.reviewed() ? e.reviewedBy() : "",
                e.reviewed() ? e.reviewedOn().toString() : "", e.origin().id());
    }

    public int count() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM exercise");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}

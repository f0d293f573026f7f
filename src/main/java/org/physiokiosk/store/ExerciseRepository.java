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

    /** Adds or updates every exercise of the catalogue. Exercises no longer listed stay, for old plans. */
    public void sync(List<Exercise> exercises) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                for (Exercise e : exercises) {
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

package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;

/** Clinicians' reviews of exercise texts, by the SHA-256 of the text reviewed; never changed. */
public final class ExerciseReviewRepository {

    private final Database db;
    private final Clock clock;

    public ExerciseReviewRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Catalogue.Review> all() {
        return db.transaction(c -> {
            List<Catalogue.Review> out = new ArrayList<>();
            // In the order recorded: SQLite's row ids; on the server, which has none, the time recorded.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT exercise_id, text_sha, reviewed_by, reviewed_on FROM exercise_review ORDER BY "
                    + (db.dialect() == Database.Dialect.POSTGRESQL ? "recorded_at, exercise_id, text_sha" : "rowid"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Catalogue.Review(rs.getString(1), rs.getString(2), rs.getString(3),
                            LocalDate.parse(rs.getString(4))));
                }
            }
            return out;
        });
    }

    /** Records a review of this text; a second review of the same text by the same day is refused. */
    public void add(Catalogue.Review review) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO exercise_review (exercise_id, text_sha, reviewed_by, reviewed_on, recorded_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (exercise_id, text_sha) DO NOTHING
                    """)) {
                ps.setString(1, review.exerciseId());
                ps.setString(2, review.textSha());
                ps.setString(3, review.reviewedBy());
                ps.setString(4, review.reviewedOn().toString());
                ps.setString(5, clock.instant().toString());
                if (ps.executeUpdate() == 0) {
                    throw new StoreException.Refused("This text of '" + review.exerciseId()
                            + "' is already marked reviewed.");
                }
            }
            return null;
        });
    }
}

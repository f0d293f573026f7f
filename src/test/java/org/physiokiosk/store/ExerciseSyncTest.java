package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.testing.Fixtures;

/** Each start copies the catalogue's exercises into the record: only what changed is written. */
class ExerciseSyncTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedCatalogueWritesNothingAndAChangedExerciseIsUpdated() {
        List<Exercise> shipped = Fixtures.catalogue().exercises();
        try (Database db = Fixtures.database(dir)) {
            ExerciseRepository exercises = new ExerciseRepository(db);
            long before = changes(db);
            exercises.sync(shipped);
            assertThat(changes(db)).as("nothing written for an unchanged catalogue").isEqualTo(before);

            List<Exercise> edited = new ArrayList<>(shipped);
            Exercise first = shipped.get(0);
            edited.set(0, new Exercise(first.id(), "Renamed by the clinic", first.kind(), first.bodyRegion(),
                    first.purpose(), first.steps(), first.dosage(), first.takeCare(), first.reviewedBy(),
                    first.reviewedOn(), first.origin(), first.equipment(), first.position(), first.level(),
                    first.aliases(), first.sources(), first.picture(), first.harder(), first.easier(),
                    first.moveOn()));
            exercises.sync(edited);
            assertThat(changes(db)).as("one row written").isEqualTo(before + 1);
            assertThat(name(db, first.id())).isEqualTo("Renamed by the clinic");
            assertThat(exercises.count()).isEqualTo(shipped.size());
        }
    }

    /** Rows this connection has changed since it opened (SQLite's total_changes). */
    private static long changes(Database db) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT total_changes()"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String name(Database db, String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM exercise WHERE id = ?")) {
                ps.setString(1, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}

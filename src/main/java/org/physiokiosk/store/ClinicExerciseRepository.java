package org.physiokiosk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.catalog.ClinicExercise;
import org.physiokiosk.catalog.Exercise;

/**
 * The clinic's own exercises: one row in {@code exercise} each, and every version of its text in
 * {@code clinic_exercise_version} as JSON, never changed (the database refuses). Pictures are kept once each in
 * {@code picture}, by SHA-256, as handouts keep theirs.
 */
public final class ClinicExerciseRepository {

    /** Made when the first row is read or written: a clinic without its own rows never loads Jackson. */
    private static final class LazyJson {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static final String LATEST = """
            SELECT v.exercise_id, v.version, v.definition, v.based_on, e.retired_at, p.svg
            FROM clinic_exercise_version v
            JOIN exercise e ON e.id = v.exercise_id
            LEFT JOIN picture p ON p.sha256 = v.picture_sha
            WHERE v.version = (SELECT max(version) FROM clinic_exercise_version w WHERE w.exercise_id = v.exercise_id)
            """;
    /**
     * In the order they were made: SQLite's row ids; the server has none, so the time of the first version, then the
     * id.
     */
    private static final String IN_ORDER_MADE = " ORDER BY e.rowid";
    private static final String IN_ORDER_MADE_ON_SERVER = " ORDER BY (SELECT min(created_at) "
            + "FROM clinic_exercise_version f WHERE f.exercise_id = v.exercise_id), v.exercise_id";

    private final Database db;
    private final Clock clock;

    public ClinicExerciseRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every clinic exercise at its latest version, retired ones included, in the order they were made. */
    public List<ClinicExercise> all() {
        return db.transaction(c -> {
            List<ClinicExercise> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LATEST + (db.dialect() == Database.Dialect.POSTGRESQL
                    ? IN_ORDER_MADE_ON_SERVER : IN_ORDER_MADE)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClinicExercise(read(rs.getString("definition")), rs.getInt("version"),
                            rs.getString("retired_at") != null, rs.getString("based_on"), rs.getString("svg")));
                }
            }
            return out;
        });
    }

    /** Whether any exercise, shipped or the clinic's, has this id. */
    public boolean idTaken(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM exercise WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Adds a new clinic exercise as version 1, in one transaction: its exercise row, its text and its picture
     * ({@code pictureSvg} may be null).
     */
    public ClinicExercise add(Exercise exercise, String basedOn, String pictureSvg) {
        return add(exercise, basedOn, pictureSvg, null);
    }

    /** As {@link #add(Exercise, String, String)}, with the pose its picture was drawn from (JSON, may be null). */
    public ClinicExercise add(Exercise exercise, String basedOn, String pictureSvg, String poseJson) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO exercise (id, name, kind, body_region, reviewed_by, reviewed_on, origin)
                    VALUES (?, ?, ?, ?, ?, ?, 'clinic')
                    """)) {
                ps.setString(1, exercise.id());
                ps.setString(2, exercise.name());
                ps.setString(3, exercise.kind().id());
                ps.setString(4, exercise.bodyRegion());
                ps.setString(5, exercise.reviewed() ? exercise.reviewedBy() : "");
                ps.setString(6, exercise.reviewed() ? exercise.reviewedOn().toString() : "");
                ps.executeUpdate();
            }
            insertVersion(c, exercise, 1, basedOn, pictureSvg, poseJson);
            return new ClinicExercise(exercise, 1, false, basedOn, pictureSvg);
        });
    }

    /**
     * Adds new clinic exercises, each as version 1 with its picture and retired when it says so, in one transaction:
     * all of them or none.
     */
    public void addAll(List<ClinicExercise> batch) {
        db.transaction(c -> {
            for (ClinicExercise e : batch) {
                add(e.exercise(), e.basedOn(), e.pictureSvg());
                if (e.retired()) {
                    retire(e.exercise().id());
                }
            }
            return null;
        });
    }

    /** Saves {@code exercise} as the next version of its clinic exercise; earlier versions stay as they were. */
    public ClinicExercise addVersion(Exercise exercise, String pictureSvg) {
        return addVersion(exercise, pictureSvg, null);
    }

    /**
     * Saves the next version with the pose its picture was drawn from ({@code poseJson}, may be null) kept beside
     * it, so the picture can be changed again.
     */
    public ClinicExercise addVersion(Exercise exercise, String pictureSvg, String poseJson) {
        return db.transaction(c -> {
            int version;
            String basedOn;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT max(version), min(based_on) FROM clinic_exercise_version WHERE exercise_id = ?
                    """)) {
                ps.setString(1, exercise.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getInt(1) + 1;
                    basedOn = rs.getString(2);
                }
            }
            if (version == 1) {
                throw new StoreException.Refused("'" + exercise.id() + "' is not one of the clinic's own exercises.");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE exercise SET name = ?, kind = ?, body_region = ?, reviewed_by = ?, reviewed_on = ?
                    WHERE id = ?
                    """)) {
                ps.setString(1, exercise.name());
                ps.setString(2, exercise.kind().id());
                ps.setString(3, exercise.bodyRegion());
                ps.setString(4, exercise.reviewed() ? exercise.reviewedBy() : "");
                ps.setString(5, exercise.reviewed() ? exercise.reviewedOn().toString() : "");
                ps.setString(6, exercise.id());
                ps.executeUpdate();
            }
            insertVersion(c, exercise, version, basedOn, pictureSvg, poseJson);
            return new ClinicExercise(exercise, version, false, basedOn, pictureSvg);
        });
    }

    /** Takes a clinic exercise out of the library (old plans still read it); false when it was already retired. */
    public boolean retire(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE exercise SET retired_at = ? WHERE id = ? AND origin = 'clinic' AND retired_at IS NULL")) {
                ps.setString(1, clock.instant().toString());
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * The version of a clinic exercise whose text is exactly {@code exercise} (the one a plan shows), else its
     * latest; empty for an exercise that is not the clinic's own.
     */
    static Optional<Integer> versionOf(Connection c, Exercise exercise) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT coalesce(max(CASE WHEN definition = ? THEN version END), max(version))
                FROM clinic_exercise_version WHERE exercise_id = ?
                """)) {
            ps.setString(1, write(exercise));
            ps.setString(2, exercise.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int version = rs.getInt(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(version);
            }
        }
    }

    /** The text of one version of a clinic exercise, as a plan that used it reads it back. */
    static Optional<Exercise> version(Connection c, String id, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT definition FROM clinic_exercise_version WHERE exercise_id = ? AND version = ?")) {
            ps.setString(1, id);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private void insertVersion(Connection c, Exercise exercise, int version, String basedOn, String pictureSvg,
            String poseJson) throws SQLException {
        String sha = null;
        if (pictureSvg != null) {
            sha = sha256(pictureSvg);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO picture (sha256, svg) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                ps.setString(1, sha);
                ps.setString(2, pictureSvg);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO clinic_exercise_version (exercise_id, version, definition, picture_sha, based_on,
                                                     created_at, pose)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)) {
            ps.setString(1, exercise.id());
            ps.setInt(2, version);
            ps.setString(3, write(exercise));
            ps.setString(4, sha);
            ps.setString(5, basedOn);
            ps.setString(6, clock.instant().toString());
            ps.setString(7, poseJson);
            ps.executeUpdate();
        }
    }

    /** When the clinic saved the text its exercise has now (its latest version); empty for a shipped exercise. */
    public Optional<java.time.Instant> latestVersionSavedAt(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT created_at FROM clinic_exercise_version WHERE exercise_id = ? ORDER BY version DESC LIMIT 1
                    """)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(java.time.Instant.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The pose the latest version's picture was drawn from, as JSON, when the clinic drew it with the sliders. */
    public Optional<String> pose(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT pose FROM clinic_exercise_version WHERE exercise_id = ? ORDER BY version DESC LIMIT 1
                    """)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    static String write(Exercise exercise) {
        try {
            return LazyJson.MAPPER.writeValueAsString(exercise);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the exercise could not be written as JSON", e);
        }
    }

    private static Exercise read(String json) {
        try {
            return LazyJson.MAPPER.readValue(json, Exercise.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("A clinic exercise stored in the database cannot be read ("
                    + e.getOriginalMessage() + ").", e);
        }
    }

    private static String sha256(String text) {
        return org.physiokiosk.Sha256.hex(text);
    }
}

package org.physiokiosk.store;

import org.physiokiosk.plan.StoredPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.plan.PlanChangedException;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/** Plans: the ordered exercises with dosage and instruction chosen for one patient, and the visit note. */
public final class PlanRepository {


    /** [series, version] of the plan a draft is based on, or null for a new series. */
    private static long[] lineage(Connection c, PlanDraft draft) throws SQLException {
        if (draft.basedOnPlan() == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(series_id, id), version, patient_id FROM plan WHERE id = ?")) {
            ps.setLong(1, draft.basedOnPlan());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(3) != draft.patientId()) {
                    throw new StoreException.Refused("Plan " + draft.basedOnPlan() + " is not this patient's plan.");
                }
                long series = rs.getLong(1);
                try (PreparedStatement max = c.prepareStatement(
                        "SELECT max(version) FROM plan WHERE coalesce(series_id, id) = ?")) {
                    max.setLong(1, series);
                    try (ResultSet m = max.executeQuery()) {
                        m.next();
                        return new long[] {series, m.getLong(1)};
                    }
                }
            }
        }
    }

    /** A plan as recorded, read without the catalogue: exercises by the id and name they had when recorded. */
    public record RecordedPlan(long id, long series, int version, Instant createdAt, String therapist,
                               String nextAppointment, String patientInstructions, boolean largePrint,
                               List<RecordedItem> items) {
    }

    /** One exercise of a recorded plan. */
    public record RecordedItem(String exerciseId, String exerciseName, Dosage dosage, String personalInstruction) {
    }

    /**
     * Every plan of a patient, oldest first, from the database alone: an exercise since removed from the catalogue
     * is still named (the database keeps every exercise a plan used), so a patient's record can always be exported.
     */
    public List<RecordedPlan> recorded(long patientId) {
        return db.transaction(c -> {
            List<RecordedPlan> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, therapist, next_appointment, patient_instructions, large_print, created_at,
                           coalesce(series_id, id) AS series, version
                    FROM plan WHERE patient_id = ? ORDER BY id
                    """)) {
                ps.setLong(1, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        out.add(new RecordedPlan(id, rs.getLong("series"), rs.getInt("version"),
                                Instant.parse(rs.getString("created_at")), rs.getString("therapist"),
                                rs.getString("next_appointment"), rs.getString("patient_instructions"),
                                rs.getInt("large_print") == 1, recordedItems(c, id)));
                    }
                }
            }
            return out;
        });
    }

    private static List<RecordedItem> recordedItems(Connection c, long planId) throws SQLException {
        List<RecordedItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT i.exercise_id, coalesce(e.name, i.exercise_id) AS name, i.hold_seconds, i.repetitions, i.sets,
                       i.each_side, i.times_per_day, i.days_per_week, i.personal_instruction
                FROM plan_item i LEFT JOIN exercise e ON e.id = i.exercise_id
                WHERE i.plan_id = ? ORDER BY i.position
                """)) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecordedItem(rs.getString("exercise_id"), rs.getString("name"), dosage(rs),
                            rs.getString("personal_instruction")));
                }
            }
        }
        return out;
    }

    private static Dosage dosage(ResultSet rs) throws SQLException {
        return new Dosage(nullable(rs, "hold_seconds"), nullable(rs, "repetitions"), nullable(rs, "sets"),
                rs.getInt("each_side") == 1, nullable(rs, "times_per_day"), nullable(rs, "days_per_week"));
    }

    /** Every plan of a patient, oldest first. */
    public List<StoredPlan> forPatient(long patientId, Catalogue catalogue) {
        return db.transaction(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM plan WHERE patient_id = ? ORDER BY id")) {
                ps.setLong(1, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<StoredPlan> out = new ArrayList<>();
            for (long id : ids) {
                find(id, catalogue).ifPresent(out::add);
            }
            return out;
        });
    }

    private static final String INSERT_PLAN = """
            INSERT INTO plan (patient_id, therapist, next_appointment, patient_instructions, large_print, created_at,
                              series_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** On the clinic server, with the number reserved for it beforehand ({@link #reserveNumber()}). */
    private static final String INSERT_PLAN_NUMBERED = """
            INSERT INTO plan (patient_id, therapist, next_appointment, patient_instructions, large_print, created_at,
                              series_id, version, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_ITEM = """
            INSERT INTO plan_item (plan_id, position, exercise_id, hold_seconds, repetitions, sets, each_side,
                                   times_per_day, days_per_week, personal_instruction, exercise_version, move_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String SELECT_PLAN = """
            SELECT id, patient_id, therapist, next_appointment, patient_instructions, large_print, created_at,
                   coalesce(series_id, id) AS series, version
            FROM plan WHERE id = ?
            """;
    private static final String SELECT_ITEMS = """
            SELECT exercise_id, hold_seconds, repetitions, sets, each_side, times_per_day, days_per_week,
                   personal_instruction, exercise_version, move_on
            FROM plan_item WHERE plan_id = ? ORDER BY position
            """;
    private static final String SELECT_NOTE = """
            SELECT text FROM visit_note WHERE plan_id = ? AND amends_note_id IS NULL ORDER BY id LIMIT 1
            """;
    private static final String LATEST_FOR_PATIENT = """
            SELECT id FROM plan WHERE patient_id = ? ORDER BY id DESC LIMIT 1
            """;

    private final Database db;
    private final Clock clock;

    public PlanRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The number the next recorded plan will get, read without taking the write lock: a handout is rendered with it
     * before the plan is recorded, and the recording checks it got that number (another kiosk may have been first).
     */
    public long nextNumber() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM plan");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Records the plan, its items and (when not empty) the private visit note, in one transaction.
     * Returns the plan number. A draft that {@link PlanDraft#editsLatest() edits the latest plan} is refused with a
     * {@link PlanChangedException}, writing nothing, when another plan was saved for the patient since: the check and
     * the insert are one transaction, and writers go one at a time on both engines.
     */
    public long record(PlanDraft draft) {
        return record(draft, null);
    }

    /**
     * The number the next plan will get, before it is recorded (its handout is drawn with it). On the clinic server
     * it is taken from the plan numbers' own sequence: no other PC gets it, whatever they record meanwhile, and a plan
     * that is then not recorded leaves its number unused. In a file, where one PC writes, it is the next free number,
     * and {@link #record(PlanDraft, Long)} returns another if a second process took it meanwhile.
     */
    public long reserveNumber() {
        if (db.dialect() != Database.Dialect.POSTGRESQL) {
            return nextNumber();
        }
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval(pg_get_serial_sequence('plan', 'id'))");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * As {@link #record(PlanDraft)}, with the number {@link #reserveNumber() reserved} for it (null: none). Returns
     * the plan's number: the reserved one on the clinic server; in a file, the one it got.
     */
    public long record(PlanDraft draft, Long reserved) {
        boolean numbered = reserved != null && db.dialect() == Database.Dialect.POSTGRESQL;
        Instant now = clock.instant();
        return db.transaction(c -> {
            if (draft.editsLatest()) {
                Optional<Long> latest = latestFor(draft.patientId());
                if (latest.isPresent() && !latest.get().equals(draft.basedOnPlan())) {
                    throw new PlanChangedException(draft.patientId(), draft.basedOnPlan(), latest.get());
                }
            }
            long planId;
            try (PreparedStatement ps = c.prepareStatement(numbered ? INSERT_PLAN_NUMBERED : INSERT_PLAN,
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, draft.patientId());
                ps.setString(2, draft.therapist());
                ps.setString(3, draft.nextAppointment());
                ps.setString(4, draft.patientInstructions());
                ps.setInt(5, draft.largePrint() ? 1 : 0);
                ps.setString(6, now.toString());
                long[] lineage = lineage(c, draft);
                if (lineage == null) {
                    ps.setNull(7, Types.INTEGER);
                    ps.setInt(8, 1);
                } else {
                    ps.setLong(7, lineage[0]);
                    ps.setLong(8, lineage[1] + 1);
                }
                if (numbered) {
                    ps.setLong(9, reserved);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    planId = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_ITEM)) {
                int position = 0;
                for (PlanItem item : draft.items()) {
                    Dosage d = item.dosage();
                    ps.setLong(1, planId);
                    ps.setInt(2, ++position);
                    ps.setString(3, item.exercise().id());
                    setNullable(ps, 4, d.holdSeconds());
                    setNullable(ps, 5, d.repetitions());
                    setNullable(ps, 6, d.sets());
                    ps.setInt(7, d.eachSide() ? 1 : 0);
                    setNullable(ps, 8, d.timesPerDay());
                    setNullable(ps, 9, d.daysPerWeek());
                    ps.setString(10, item.personalInstruction());
                    // A clinic exercise: the version whose text the plan shows, so the plan reads back as it was.
                    Optional<Integer> version = item.exercise().origin() == org.physiokiosk.catalog.Origin.CLINIC
                            ? ClinicExerciseRepository.versionOf(c, item.exercise()) : Optional.empty();
                    if (version.isPresent()) {
                        ps.setInt(11, version.get());
                    } else {
                        ps.setNull(11, java.sql.Types.INTEGER);
                    }
                    ps.setString(12, item.moveOn());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (!draft.privateNote().isEmpty()) {
                String problem = org.physiokiosk.notes.NoteHistory.problem(draft.privateNote(),
                        draft.therapist().isEmpty() ? "unsigned" : draft.therapist());
                if (!problem.isEmpty()) {
                    throw new StoreException.Refused(problem);
                }
                NoteRepository.insert(c, draft.patientId(), planId, draft.privateNote(),
                        draft.therapist().isEmpty() ? "unsigned" : draft.therapist(), now, null);
            }
            return planId;
        });
    }

    /** Reads a recorded plan back; exercises are looked up in {@code catalogue}. */
    public Optional<StoredPlan> find(long planId, Catalogue catalogue) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_PLAN)) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    PlanDraft draft = new PlanDraft(rs.getLong("patient_id"), items(c, planId, catalogue),
                            rs.getString("patient_instructions"), rs.getString("therapist"),
                            rs.getString("next_appointment"), note(c, planId), rs.getInt("large_print") == 1);
                    return Optional.of(new StoredPlan(planId, draft, Instant.parse(rs.getString("created_at")),
                            rs.getLong("series"), rs.getInt("version")));
                }
            }
        });
    }

    public Optional<Long> latestFor(long patientId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(LATEST_FOR_PATIENT)) {
                ps.setLong(1, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    private static List<PlanItem> items(Connection c, long planId, Catalogue catalogue) throws SQLException {
        List<PlanItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_ITEMS)) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("exercise_id");
                    int version = rs.getInt("exercise_version");
                    Optional<Exercise> recorded = rs.wasNull() ? Optional.empty()
                            : ClinicExerciseRepository.version(c, id, version);
                    Exercise exercise = recorded.or(() -> catalogue.exercise(id)).orElseThrow(() -> new StoreException(
                            "Plan " + planId + " uses exercise '" + id + "', which is no longer in the catalogue."));
                    out.add(new PlanItem(exercise, dosage(rs), rs.getString("personal_instruction"),
                            rs.getString("move_on")));
                }
            }
        }
        return out;
    }

    private static String note(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_NOTE)) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static void setNullable(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer nullable(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

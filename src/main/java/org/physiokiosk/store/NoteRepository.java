package org.physiokiosk.store;

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
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.notes.VisitNote;

/**
 * Private visit notes: the clinical record. Never printed, never changed once saved (the database
 * refuses it); a correction is an amendment linked to the original, with its own author and time.
 */
public final class NoteRepository {

    private static final String INSERT = """
            INSERT INTO visit_note (patient_id, plan_id, text, author, written_at, amends_note_id)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String COLUMNS = "id, patient_id, plan_id, text, author, written_at, amends_note_id";
    private static final String FOR_PATIENT = "SELECT " + COLUMNS + " FROM visit_note WHERE patient_id = ? ORDER BY id";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM visit_note WHERE id = ?";

    private final Database db;
    private final Clock clock;

    public NoteRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public VisitNote add(long patientId, Long planId, String text, String author) {
        check(text, author);
        Instant now = clock.instant();
        long id = db.transaction(c -> insert(c, patientId, planId, text, author, now, null));
        return new VisitNote(id, patientId, planId, text, author, now, null);
    }

    /** Adds an amendment to a note (to its original, when the note named is itself an amendment). */
    public VisitNote amend(long noteId, String text, String author) {
        check(text, author);
        Instant now = clock.instant();
        return db.transaction(c -> {
            VisitNote target = find(c, noteId).orElseThrow(() ->
                    new StoreException.Refused("There is no note number " + noteId + "."));
            long original = target.isAmendment() ? target.amendsNote() : target.id();
            long id = insert(c, target.patientId(), target.planId(), text, author, now, original);
            return new VisitNote(id, target.patientId(), target.planId(), text, author, now, original);
        });
    }

    public Optional<VisitNote> find(long noteId) {
        return db.transaction(c -> find(c, noteId));
    }

    /** Every note of a patient, amendments included, in the order written. */
    public List<VisitNote> forPatient(long patientId) {
        return db.transaction(c -> {
            List<VisitNote> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FOR_PATIENT)) {
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

    public List<NoteHistory> history(long patientId) {
        return NoteHistory.of(forPatient(patientId));
    }

    private static Optional<VisitNote> find(Connection c, long noteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setLong(1, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static void check(String text, String author) {
        String problem = NoteHistory.problem(text, author);
        if (!problem.isEmpty()) {
            throw new StoreException.Refused(problem);
        }
    }

    private static VisitNote read(ResultSet rs) throws SQLException {
        long planId = rs.getLong("plan_id");
        Long plan = rs.wasNull() ? null : planId;
        long amends = rs.getLong("amends_note_id");
        Long amendsNote = rs.wasNull() ? null : amends;
        return new VisitNote(rs.getLong("id"), rs.getLong("patient_id"), plan, rs.getString("text"),
                rs.getString("author"), Instant.parse(rs.getString("written_at")), amendsNote);
    }

    static long insert(Connection c, long patientId, Long planId, String text, String author, Instant at,
                       Long amends) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, patientId);
            if (planId == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, planId);
            }
            ps.setString(3, text);
            ps.setString(4, author);
            ps.setString(5, at.toString());
            if (amends == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setLong(6, amends);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

package org.physiokiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.notes.VisitNote;

/** Private visit notes: the clinical record. Never printed. */
public final class NoteRepository {

    private static final String INSERT = """
            INSERT INTO visit_note (patient_id, plan_id, text, author, written_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String FOR_PATIENT = """
            SELECT id, patient_id, plan_id, text, author, written_at
            FROM visit_note WHERE patient_id = ? ORDER BY id
            """;

    private final Database db;
    private final Clock clock;

    public NoteRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public VisitNote add(long patientId, Long planId, String text, String author) {
        Instant now = clock.instant();
        long id = db.transaction(c -> insert(c, patientId, planId, text, author, now));
        return new VisitNote(id, patientId, planId, text, author, now);
    }

    public List<VisitNote> forPatient(long patientId) {
        return db.transaction(c -> {
            List<VisitNote> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FOR_PATIENT)) {
                ps.setLong(1, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long planId = rs.getLong("plan_id");
                        Long plan = rs.wasNull() ? null : planId;
                        out.add(new VisitNote(rs.getLong("id"), rs.getLong("patient_id"), plan,
                                rs.getString("text"), rs.getString("author"),
                                Instant.parse(rs.getString("written_at"))));
                    }
                }
            }
            return out;
        });
    }

    static long insert(Connection c, long patientId, Long planId, String text, String author, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, patientId);
            if (planId == null) {
                ps.setNull(2, java.sql.Types.INTEGER);
            } else {
                ps.setLong(2, planId);
            }
            ps.setString(3, text);
            ps.setString(4, author);
            ps.setString(5, at.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

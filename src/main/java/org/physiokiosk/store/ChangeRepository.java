package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far the record has grown: the newest patient, plan, visit note, handout and erasure. Rows are only ever added
 * (a saved note or plan never changes; an erasure is logged), so comparing two marks tells what another PC did in
 * between. One short read of five index ends: cheap enough to ask every second.
 */
public final class ChangeRepository {

    /** The newest row of each kind (0: none yet). */
    public record Marks(long patients, long plans, long notes, long handouts, long erasures) {
    }

    private static final String MARKS = """
            SELECT (SELECT coalesce(max(id), 0) FROM patient), (SELECT coalesce(max(id), 0) FROM plan),
                   (SELECT coalesce(max(id), 0) FROM visit_note), (SELECT coalesce(max(id), 0) FROM handout),
                   (SELECT coalesce(max(id), 0) FROM erasure_log)
            """;

    private static final String TOUCHED = """
            SELECT patient_id FROM plan WHERE id > ?
            UNION SELECT patient_id FROM visit_note WHERE id > ?
            UNION SELECT p.patient_id FROM handout h JOIN plan p ON p.id = h.plan_id WHERE h.id > ?
            """;

    private final Database db;

    public ChangeRepository(Database db) {
        this.db = db;
    }

    public Marks marks() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(MARKS); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Marks(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        });
    }

    /** The patients with a plan, note or handout added after {@code since}. */
    public Set<Long> patientsTouched(Marks since) {
        return db.transaction(c -> {
            Set<Long> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(TOUCHED)) {
                ps.setLong(1, since.plans());
                ps.setLong(2, since.notes());
                ps.setLong(3, since.handouts());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}

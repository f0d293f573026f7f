package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;

/** Patients: add, find by id, search by a few letters of the name or by date of birth. */
public final class PatientRepository {

    private static final String INSERT = """
            INSERT INTO patient (name, date_of_birth, chart_number, created_at) VALUES (?, ?, ?, ?)
            """;
    private static final String BY_ID = """
            SELECT id, name, date_of_birth, chart_number FROM patient WHERE id = ?
            """;
    private static final String ALL = """
            SELECT id, name, date_of_birth, chart_number FROM patient ORDER BY name COLLATE NOCASE, id
            """;

    private final Database db;
    private final Clock clock;

    public PatientRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Patient add(NewPatient p) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, p.name());
                ps.setString(2, p.dateOfBirth().toString());
                ps.setString(3, p.chartNumber());
                ps.setString(4, clock.instant().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Patient(keys.getLong(1), p.name(), p.dateOfBirth(), p.chartNumber());
                }
            }
        });
    }

    public Optional<Patient> find(long id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Patients whose name contains every word of {@code query} (any case, any script), or whose date of
     * birth or chart number starts with it. An empty query lists everyone. At most {@code limit} rows.
     */
    public List<Patient> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String[] words = q.isEmpty() ? new String[0] : q.split("\\s+");
        return db.transaction(c -> {
            List<Patient> out = new ArrayList<>();
            // SQLite's lower() only folds ASCII, so names are matched here, in Java, for every script.
            try (PreparedStatement ps = c.prepareStatement(ALL); ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    Patient p = read(rs);
                    if (matches(p, q, words)) {
                        out.add(p);
                    }
                }
            }
            return out;
        });
    }

    private static boolean matches(Patient p, String q, String[] words) {
        if (q.isEmpty()) {
            return true;
        }
        if (p.dateOfBirth().toString().startsWith(q)
                || (!p.chartNumber().isEmpty() && p.chartNumber().toLowerCase(Locale.ROOT).startsWith(q))) {
            return true;
        }
        String name = p.name().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!name.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static Patient read(ResultSet rs) throws SQLException {
        return new Patient(rs.getLong("id"), rs.getString("name"), LocalDate.parse(rs.getString("date_of_birth")),
                rs.getString("chart_number"));
    }
}

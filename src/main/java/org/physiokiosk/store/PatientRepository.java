package org.physiokiosk.store;

import org.physiokiosk.patient.AddResult;
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
import org.physiokiosk.patient.PatientName;

/** Patients: add, find by id, search by a few letters of the name or by date of birth. */
public final class PatientRepository {

    private static final String INSERT = """
            INSERT INTO patient (name, date_of_birth, chart_number, created_at, name_key) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String BY_ID = """
            SELECT id, name, date_of_birth, chart_number FROM patient WHERE id = ?
            """;
    private static final String BY_BIRTH = """
            SELECT id, name, date_of_birth, chart_number FROM patient WHERE date_of_birth = ? ORDER BY id
            """;
    private static final String BY_KEY = """
            SELECT id, name, date_of_birth, chart_number FROM patient WHERE name_key = ? ORDER BY id
            """;

    private final Database db;
    private final Clock clock;

    public PatientRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        fillNameKeys();
    }


    /**
     * Adds the patient unless someone with the same name (compared by {@link PatientName#key}) and date of
     * birth is on record; checks and adds in one transaction, so a second kiosk cannot slip a twin in between.
     */
    public AddResult addUnlessOnRecord(NewPatient p) {
        return db.transaction(c -> {
            List<Patient> same = sameNameAndBirth(p.name(), p.dateOfBirth());
            return same.isEmpty() ? new AddResult.Added(add(p)) : new AddResult.AlreadyOnRecord(p, same);
        });
    }

    /**
     * Adds the patient whatever is on record: for a new person with the same name and date of birth as
     * another, once staff have said so. The name is already normalised ({@link NewPatient} does it).
     */
    public Patient add(NewPatient p) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, p.name());
                ps.setString(2, p.dateOfBirth().toString());
                ps.setString(3, p.chartNumber());
                ps.setString(4, clock.instant().toString());
                ps.setString(5, PatientName.key(p.name()));
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
     * When the patient was last seen: the latest visit note or plan written for them, if any. Both are written at a
     * visit, and a plan printed without a note is still a visit.
     */
    public Optional<java.time.Instant> lastVisit(long patientId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT MAX(at) FROM (SELECT written_at AS at FROM visit_note WHERE patient_id = ?
                                         UNION ALL SELECT created_at AS at FROM plan WHERE patient_id = ?) AS seen
                    """)) {
                ps.setLong(1, patientId);
                ps.setLong(2, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    String at = rs.next() ? rs.getString(1) : null;
                    return at == null ? Optional.empty() : Optional.of(java.time.Instant.parse(at));
                }
            }
        });
    }

    /**
     * Patients whose name contains every word of {@code query} (any case, any script, invisible characters
     * and odd spaces set aside on both sides: {@link PatientName#key}), or whose date of birth or chart number
     * starts with it. An empty query, or one with nothing visible, lists everyone. At most {@code limit} rows.
     */
    public List<Patient> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String key = PatientName.key(query);
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        // SQLite finds the candidates in name order (an index) and stops once it has enough; the keys come from
        // PatientName in Java, as SQLite's lower() folds only ASCII. A query of digits and dashes is a date of
        // birth or a chart number: it is looked up by their indexes alone.
        boolean server = db.dialect() == Database.Dialect.POSTGRESQL;
        boolean numeric = !q.isEmpty() && q.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-');
        StringBuilder sql = new StringBuilder("SELECT id, name, date_of_birth, chart_number FROM patient");
        List<String> args = new ArrayList<>();
        if (numeric) {
            // By the indexes on date of birth and chart number (as typed, or in capitals), then in name order.
            sql.append(" WHERE id IN (SELECT id FROM patient WHERE date_of_birth >= ? AND date_of_birth < ?"
                    + " UNION SELECT id FROM patient WHERE chart_number >= ? AND chart_number < ?"
                    + " UNION SELECT id FROM patient WHERE chart_number >= ? AND chart_number < ?)");
            for (String from : new String[] {q, q, q.toUpperCase(Locale.ROOT)}) {
                args.add(from);
                args.add(from + "\uffff");
            }
        } else if (words.length > 0) {
            // A name holding every word, or a chart number starting with the query (letters and digits); both are
            // read from the name-order index itself, so no row is fetched until it matches.
            // LIKE folds ASCII case in SQLite; PostgreSQL's ILIKE does the same there.
            sql.append(server ? " WHERE chart_number ILIKE ? ESCAPE '\\'" : " WHERE chart_number LIKE ? ESCAPE '\\'");
            args.add(likePrefix(q));
            StringBuilder names = new StringBuilder();
            for (String w : words) {
                names.append(names.length() == 0 ? "" : " AND ")
                        .append(server ? "strpos(name_key, ?) > 0" : "instr(name_key, ?) > 0");
                args.add(w);
            }
            sql.append(" OR (").append(names).append(')');
        }
        // Name order regardless of (ASCII) case, read from the index made for it on each engine.
        sql.append(server ? " ORDER BY lower(name), id" : " ORDER BY name COLLATE NOCASE, id");
        return db.transaction(c -> {
            List<Patient> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        Patient p = read(rs);
                        if (matches(p, q, words)) {
                            out.add(p);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** {@code text} as the start of a LIKE pattern, its own % and _ taken literally (LIKE folds ASCII case). */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Fills the comparison key of patients saved before it was kept (after the upgrade to schema 15). */
    private void fillNameKeys() {
        db.transaction(c -> {
            List<Object[]> missing = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM patient WHERE name_key IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE patient SET name_key = ? WHERE id = ?")) {
                for (Object[] row : missing) {
                    ps.setString(1, PatientName.key((String) row[1]));
                    ps.setLong(2, (Long) row[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Patients, oldest first, whose name is the same as {@code name} once compared by {@link PatientName#key}. */
    public List<Patient> sameName(String name) {
        String key = PatientName.key(name);
        return db.transaction(c -> {
            List<Patient> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(BY_KEY)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Patients, oldest first, born on {@code dateOfBirth} whose name compares the same as {@code name}. */
    public List<Patient> sameNameAndBirth(String name, LocalDate dateOfBirth) {
        return withKey(BY_BIRTH, dateOfBirth.toString(), PatientName.key(name));
    }

    private List<Patient> withKey(String sql, String dateOfBirth, String key) {
        return db.transaction(c -> {
            List<Patient> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (dateOfBirth != null) {
                    ps.setString(1, dateOfBirth);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Patient p = read(rs);
                        if (PatientName.key(p.name()).equals(key)) {
                            out.add(p);
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * What erasing a patient removed: the handout files it found in the log, and how many rows. {@code wiped} is
     * false when another program kept the write-ahead log from being emptied, so old copies of the rows may stay in
     * the journal file until it closes.
     */
    public record Erasure(List<HandoutFile> handoutFiles, int notes, int plans, int handouts, boolean wiped) {
    }

    /** A handout file named in the log, with the checksum it had when written. */
    public record HandoutFile(String file, String sha256) {
    }

    /**
     * Removes everything held about a patient (notes and amendments, plans, the handout log, the
     * patient) in one transaction, and logs the erasure with counts only: no patient data. The rows are also
     * cleared from the file's bytes (secure_delete, then the write-ahead log is folded in and truncated).
     */
    public Erasure erase(long patientId) {
        Erasure erased = db.transaction(c -> {
            if (find(patientId).isEmpty()) {
                throw new StoreException.Refused("There is no patient number " + patientId + ".");
            }
            List<HandoutFile> files = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT h.file, h.sha256 FROM handout h JOIN plan p ON p.id = h.plan_id WHERE p.patient_id = ?")) {
                ps.setLong(1, patientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        files.add(new HandoutFile(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            int amendments = delete(c, "DELETE FROM visit_note WHERE patient_id = ? AND amends_note_id IS NOT NULL",
                    patientId);
            int notes = amendments + delete(c, "DELETE FROM visit_note WHERE patient_id = ?", patientId);
            int handouts = delete(c,
                    "DELETE FROM handout WHERE plan_id IN (SELECT id FROM plan WHERE patient_id = ?)", patientId);
            delete(c, "DELETE FROM plan_item WHERE plan_id IN (SELECT id FROM plan WHERE patient_id = ?)", patientId);
            int plans = deletePlans(c, patientId);
            delete(c, "DELETE FROM patient WHERE id = ?", patientId);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO erasure_log (erased_at, notes, plans, handouts) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, clock.instant().toString());
                ps.setInt(2, notes);
                ps.setInt(3, plans);
                ps.setInt(4, handouts);
                ps.executeUpdate();
            }
            return new Erasure(files, notes, plans, handouts, false);
        });
        // secure_delete zeroed the rows in the pages; the log still holds the pages' earlier copies: empty it.
        boolean wiped = db.scrub(false);
        return new Erasure(erased.handoutFiles(), erased.notes(), erased.plans(), erased.handouts(), wiped);
    }

    /** Deletes a patient's plans, later versions first (they point at the first of their series). */
    private static int deletePlans(java.sql.Connection c, long patientId) throws SQLException {
        int first = delete(c, "DELETE FROM plan WHERE patient_id = ? AND series_id IS NOT NULL", patientId);
        return first + delete(c, "DELETE FROM plan WHERE patient_id = ?", patientId);
    }

    private static int delete(java.sql.Connection c, String sql, long patientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, patientId);
            return ps.executeUpdate();
        }
    }

    /** How many erasures the log holds (it holds nothing else). */
    public int erasuresLogged() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM erasure_log");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static boolean matches(Patient p, String q, String[] words) {
        if (words.length == 0) {
            return true;
        }
        if (p.dateOfBirth().toString().startsWith(q)
                || (!p.chartNumber().isEmpty() && p.chartNumber().toLowerCase(Locale.ROOT).startsWith(q))) {
            return true;
        }
        String name = PatientName.key(p.name());
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

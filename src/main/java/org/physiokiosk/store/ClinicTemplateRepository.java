package org.physiokiosk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.ClinicTemplate;

/** The clinic's own templates, each stored whole as JSON; retired ones stay. */
public final class ClinicTemplateRepository {

    /** Made when the first row is read or written: a clinic without its own rows never loads Jackson. */
    private static final class LazyJson {
        static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final Database db;
    private final Clock clock;

    public ClinicTemplateRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every clinic template, retired ones included, in the order they were made. */
    public List<ClinicTemplate> all() {
        return db.transaction(c -> {
            List<ClinicTemplate> out = new ArrayList<>();
            // In the order made: SQLite's row ids; on the server, which has none, the time made, then the id.
            try (PreparedStatement ps = c.prepareStatement("SELECT definition, retired_at FROM clinic_template ORDER BY "
                    + (db.dialect() == Database.Dialect.POSTGRESQL ? "created_at, id" : "rowid"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClinicTemplate t = read(rs.getString(1));
                    out.add(new ClinicTemplate(t.id(), t.name(), t.bodyRegion(), t.note(), t.items(),
                            rs.getString(2) != null));
                }
            }
            return out;
        });
    }

    public boolean idTaken(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM clinic_template WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public void add(ClinicTemplate template) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO clinic_template (id, definition, created_at, changed_at) VALUES (?, ?, ?, ?)
                    """)) {
                String now = clock.instant().toString();
                ps.setString(1, template.id());
                ps.setString(2, write(template));
                ps.setString(3, now);
                ps.setString(4, now);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Adds new templates in one transaction: all of them or none. */
    public void addAll(List<ClinicTemplate> batch) {
        db.transaction(c -> {
            for (ClinicTemplate t : batch) {
                add(t);
            }
            return null;
        });
    }

    /** Saves a changed template (a new name, other exercises) in place; false when there is no such template. */
    public boolean change(ClinicTemplate template) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE clinic_template SET definition = ?, changed_at = ? WHERE id = ?")) {
                ps.setString(1, write(template));
                ps.setString(2, clock.instant().toString());
                ps.setString(3, template.id());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Stops offering a template; false when it was already retired or does not exist. */
    public boolean retire(String id) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE clinic_template SET retired_at = ? WHERE id = ? AND retired_at IS NULL")) {
                ps.setString(1, clock.instant().toString());
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static String write(ClinicTemplate t) {
        try {
            // Retired lives in its own column, not in the text.
            return LazyJson.MAPPER.writeValueAsString(new ClinicTemplate(t.id(), t.name(), t.bodyRegion(), t.note(), t.items(),
                    false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the template could not be written as JSON", e);
        }
    }

    private static ClinicTemplate read(String json) {
        try {
            return LazyJson.MAPPER.readValue(json, ClinicTemplate.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("A clinic template stored in the database cannot be read ("
                    + e.getOriginalMessage() + ").", e);
        }
    }
}

package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;

/** The clinic's settings: one row. */
public final class ClinicRepository {

    private static final String SELECT = """
            SELECT name, address, phone, emergency_number, logo, paper, doctor_line FROM clinic WHERE id = 1
            """;
    private static final String UPSERT = """
            INSERT INTO clinic (id, name, address, phone, emergency_number, logo, paper, updated_at, doctor_line)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, address = excluded.address, phone = excluded.phone,
                emergency_number = excluded.emergency_number, logo = excluded.logo, paper = excluded.paper,
                updated_at = excluded.updated_at, doctor_line = excluded.doctor_line
            """;
    private static final String INSERT_IF_ABSENT = """
            INSERT INTO clinic (id, name, address, phone, emergency_number, logo, paper, updated_at, doctor_line)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """;

    private final Database db;
    private final Clock clock;

    public ClinicRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<ClinicSettings> load() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] logo = rs.getBytes("logo");
                return Optional.of(new ClinicSettings(rs.getString("name"), rs.getString("address"),
                        rs.getString("phone"), rs.getString("emergency_number"), logo,
                        PaperSize.fromId(rs.getString("paper")).orElse(PaperSize.A4), rs.getString("doctor_line")));
            }
        });
    }

    public void save(ClinicSettings settings) {
        write(UPSERT, settings);
    }

    /** Stores {@code seed} only when no settings exist yet; returns the settings in force. */
    public ClinicSettings seed(ClinicSettings seed) {
        write(INSERT_IF_ABSENT, seed);
        return load().orElse(seed);
    }

    private void write(String sql, ClinicSettings s) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, s.name());
                ps.setString(2, s.address());
                ps.setString(3, s.phone());
                ps.setString(4, s.emergencyNumber());
                ps.setBytes(5, s.logo());
                ps.setString(6, s.paper().id());
                ps.setString(7, clock.instant().toString());
                ps.setString(8, s.doctorLine());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Minutes the kiosk waits, idle, before it locks (1 to 30; 5 until an administrator changes it). */
    public int lockMinutes() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT lock_minutes FROM clinic WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : DEFAULT_LOCK_MINUTES;
            }
        });
    }

    public void saveLockMinutes(int minutes) {
        if (minutes < 1 || minutes > 30) {
            throw new StoreException.Refused("The kiosk locks after 1 to 30 minutes idle; " + minutes
                    + " is outside that.");
        }
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE clinic SET lock_minutes = ? WHERE id = 1")) {
                ps.setInt(1, minutes);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public static final int DEFAULT_LOCK_MINUTES = 5;
}

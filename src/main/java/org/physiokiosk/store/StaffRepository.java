package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffOnFile;
import org.physiokiosk.staff.StaffMember;

/** Staff accounts: who may sign in, with what role; secrets only as hashes. */
public final class StaffRepository {

    /** An account with its secret's hash and its failed sign-ins in a row, for checking a sign-in. */
    public record Account(StaffMember member, String secretHash, int failedInARow) {
    }

    private final Database db;
    private final Clock clock;

    public StaffRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Whether the database file has staff accounts, read without changing it (no migration, no lock), through its
     * write-ahead log when one lies beside it: a kiosk stopped by a crash or a power cut leaves its last commits
     * there, the first administrator's among them.
     */
    public static StaffOnFile onFile(java.nio.file.Path file) {
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                return java.nio.file.Files.exists(file) ? StaffOnFile.UNKNOWN : StaffOnFile.NONE;
            }
            if (java.nio.file.Files.size(file) == 0 && !SqliteFiles.hasLog(file)) {
                return StaffOnFile.NONE;
            }
            SqliteFiles.header(file);
        } catch (java.io.IOException | StoreException notARecord) {
            return StaffOnFile.UNKNOWN;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(SqliteFiles.readUrl(file))) {
            try (PreparedStatement table = c.prepareStatement(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'staff'");
                 ResultSet rs = table.executeQuery()) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return StaffOnFile.NONE;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM staff");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0 ? StaffOnFile.SOME : StaffOnFile.NONE;
            }
        } catch (SQLException e) {
            return StaffOnFile.UNKNOWN;
        }
    }

    /** An account as a database file holds it, read as {@link #onFile} reads; empty when it has none such. */
    public static Optional<Account> accountOnFile(java.nio.file.Path file, String signInName) {
        if (onFile(file) != StaffOnFile.SOME || signInName == null) {
            return Optional.empty();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(SqliteFiles.readUrl(file));
             PreparedStatement ps = c.prepareStatement("SELECT * FROM staff WHERE sign_in_name = ?")) {
            ps.setString(1, signInName.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Account(member(rs), rs.getString("secret_hash"),
                        rs.getInt("failed_in_a_row"))) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    public int count() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM staff");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public List<StaffMember> all() {
        return db.transaction(c -> {
            List<StaffMember> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM staff ORDER BY sign_in_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(member(rs));
                }
            }
            return out;
        });
    }

    public Optional<Account> find(String signInName) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM staff WHERE " + sameName())) {
                ps.setString(1, signInName.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Account(member(rs), rs.getString("secret_hash"),
                            rs.getInt("failed_in_a_row"))) : Optional.empty();
                }
            }
        });
    }

    /** Sign-in names are told apart without regard to case: SQLite's column is NOCASE, the server's index lower(). */
    private String sameName() {
        return db.dialect() == Database.Dialect.POSTGRESQL ? "lower(sign_in_name) = lower(?)" : "sign_in_name = ?";
    }

    /**
     * A sign-in about to be checked: the account of that name, if any, and {@code number}, this try's place among the
     * failures in a row, counted before the slow check so that tries sent at once cannot pass {@code limit} between
     * them. 0 when the try may not be checked: no such active account, locked, or {@code limit} tries already counted.
     * The same statements run whether or not the name is known.
     */
    public record Try(Optional<Account> account, int number) {
    }

    public Try reserveTry(String signInName, int limit) {
        return db.transaction(c -> {
            int number = 0;
            // One statement, atomic on both engines: two tries can never take the same place or pass the limit.
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET failed_in_a_row = failed_in_a_row + 1 "
                    + "WHERE " + sameName() + " AND locked = 0 AND retired_at IS NULL AND failed_in_a_row < ? "
                    + "RETURNING failed_in_a_row")) {
                ps.setString(1, signInName.strip());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        number = rs.getInt(1);
                    }
                }
            }
            return new Try(find(signInName), number);
        });
    }

    /**
     * A good sign-in: failures forgotten, a hash made with weaker parameters replaced ({@code rehashed} or null).
     * False, changing nothing, when the account was locked or retired while its secret was being checked.
     */
    public boolean succeeded(long id, String rehashed) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE staff SET failed_in_a_row = 0, "
                    + "secret_hash = coalesce(?, secret_hash) WHERE id = ? AND locked = 0 AND retired_at IS NULL")) {
                ps.setString(1, rehashed);
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * The try counted {@code limit} failed: the account locks, unless a good sign-in forgot the failures meanwhile.
     * Returns whether it is locked now.
     */
    public boolean lockIfStillFailing(long id, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE staff SET locked = 1 WHERE id = ? AND failed_in_a_row >= ?")) {
                ps.setLong(1, id);
                ps.setInt(2, limit);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Runs {@code work} (this repository's calls and the audit row of a sign-in) in one transaction. */
    public <T> T together(java.util.function.Supplier<T> work) {
        return db.transaction(c -> work.get());
    }

    /** Adds an account; a sign-in name already used (in any case) is refused. */
    public StaffMember add(String signInName, String fullName, Role role, String secretHash) {
        return db.transaction(c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM staff WHERE " + sameName())) {
                check.setString(1, signInName);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        throw new StoreException.Refused("There is already a member of staff who signs in as '"
                                + signInName + "'; choose another sign-in name.");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO staff (sign_in_name, full_name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)
                    """, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, signInName);
                ps.setString(2, fullName);
                ps.setString(3, role.id());
                ps.setString(4, secretHash);
                ps.setString(5, clock.instant().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new StaffMember(keys.getLong(1), signInName, fullName, role, true, false);
                }
            }
        });
    }

    /** Retires an account (it stays, to name who did what); false when there is no such active account. */
    public boolean retire(long id) {
        return update("UPDATE staff SET retired_at = ? WHERE id = ? AND retired_at IS NULL", clock.instant().toString(),
                id);
    }

    /** Unlocks an account and forgets its failures. */
    public boolean unlock(long id) {
        return update("UPDATE staff SET locked = 0, failed_in_a_row = 0 WHERE id = ? AND ? IS NOT NULL", id, "");
    }

    /** Gives an active account another role; false when there is no such active account. */
    public boolean changeRole(long id, Role role) {
        return update("UPDATE staff SET role = ? WHERE id = ? AND retired_at IS NULL", role.id(), id);
    }

    /** Gives an account a new secret (its hash), unlocked. */
    public boolean newSecret(long id, String secretHash) {
        return update("UPDATE staff SET secret_hash = ?, locked = 0, failed_in_a_row = 0 WHERE id = ?", secretHash, id);
    }

    private boolean update(String sql, Object first, Object second) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, first);
                ps.setObject(2, second);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static StaffMember member(ResultSet rs) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("sign_in_name"), rs.getString("full_name"),
                Role.fromId(rs.getString("role")).orElseThrow(), rs.getString("retired_at") == null,
                rs.getInt("locked") == 1);
    }
}

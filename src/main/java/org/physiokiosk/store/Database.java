package org.physiokiosk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The clinic's SQLite database: one connection, settings chosen for a medical record (see
 * src/docs/decisions/0002-sqlite-settings.md), numbered migrations applied on open.
 * All access goes through {@link #transaction}, so every write is one transaction.
 */
public final class Database implements AutoCloseable {

    /** Migrations in order; version N is reached by applying the N-th file. */
    static final List<String> MIGRATIONS = List.of("V001__init.sql", "V002__clinic_and_large_print.sql");

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + file
                    + ": check that the folder can be written (" + e.getMessage() + ").", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
            Database db = new Database(file, connection);
            db.migrate();
            return db;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage()
                    + ". Check that it is a Physio Kiosk database and that the folder can be written.", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version this code writes. */
    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    int schemaVersion() {
        return transaction(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                return rs.getInt(1);
            }
        });
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version > latestVersion()) {
            throw new SQLException("it was written by a newer version of Physio Kiosk (schema " + version
                    + ", this version knows up to " + latestVersion() + "); update the kiosk");
        }
        for (int next = version + 1; next <= latestVersion(); next++) {
            String sql = migrationText(MIGRATIONS.get(next - 1));
            int target = next;
            transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : splitStatements(sql)) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    private static String migrationText(String name) {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new StoreException("Migration " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Migration " + name + " cannot be read.", e);
        }
    }

    /** Splits a migration on semicolons at line ends, dropping "--" comment lines. */
    static List<String> splitStatements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .toList();
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("The database could not save or read this (" + e.getMessage()
                    + "). Nothing was changed; try again.", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("The database did not close cleanly: " + e.getMessage(), e);
        }
    }
}

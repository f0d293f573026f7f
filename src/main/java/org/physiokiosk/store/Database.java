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
    static final List<String> MIGRATIONS = List.of("V001__init.sql", "V002__clinic_and_large_print.sql",
            "V003__history.sql");

    private final Path file;
    private final Connection connection;
    private int depth;

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
        // Writers take the write lock when their transaction begins, so two kiosks never deadlock
        // upgrading a read lock; the other waits (busy timeout) instead of failing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            String check = quickCheck(connection);
            if (!"ok".equals(check)) {
                connection.close();
                throw damaged(file, check, null);
            }
            Database db = new Database(file, connection);
            db.migrate();
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            String message = String.valueOf(e.getMessage());
            if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")
                    || message.contains("malformed") || message.contains("not a database")) {
                throw damaged(file, message, e);
            }
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage()
                    + ". Check that it is a Physio Kiosk database and that the folder can be written.", e);
        }
    }

    private static String quickCheck(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** Moves a damaged file (and its WAL) aside, untouched, and says so. */
    private static DamagedDatabaseException damaged(Path file, String problem, Throwable cause) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now()));
        try {
            Files.move(file, aside);
            for (String suffix : List.of("-wal", "-shm")) {
                Path extra = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(extra)) {
                    Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            aside = file;
        }
        return new DamagedDatabaseException(file, aside, problem, cause);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
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

    /**
     * Splits a migration into statements at semicolons that end a line, dropping "--" comment lines.
     * A CREATE TRIGGER statement runs to its END; line (its body holds semicolons of its own).
     */
    static List<String> splitStatements(String sql) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.isEmpty() && trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                String statement = current.toString().strip();
                out.add(inTrigger ? statement.substring(0, statement.length() - 1)
                        : statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Called again from
     * inside {@code work}, it joins the open transaction.
     */
    public synchronized <T> T transaction(Work<T> work) {
        if (depth > 0) {
            // Joined to the transaction already open on this thread: it commits or rolls back as one.
            depth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException("The database could not save or read this (" + e.getMessage()
                        + "). Nothing was changed; try again.", e);
            } finally {
                depth--;
            }
        }
        depth++;
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
            depth = 0;
            throw new StoreException("The database could not save or read this (" + e.getMessage()
                    + "). Nothing was changed; try again.", e);
        } finally {
            depth = 0;
        }
    }

    /** Copies the whole database to {@code file} with SQLite's online backup API. */
    public synchronized void backupTo(Path file) {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("backup to \"" + file.toAbsolutePath().toString().replace("\"", "") + "\"");
        } catch (SQLException e) {
            throw new StoreException("The backup to " + file + " failed: " + e.getMessage(), e);
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

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
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The clinic's record: a SQLite file on this PC (one connection, settings chosen for a medical record, see
 * src/docs/decisions/0002-sqlite-settings.md), or a PostgreSQL clinic server shared by several PCs (a small pool of
 * connections, ADR 0013). Numbered migrations are applied on open. All access goes through {@link #transaction}, so
 * every write is one transaction; the repositories ask {@link #dialect()} where the two engines' SQL differs.
 */
public final class Database implements AutoCloseable {

    /** The engine behind the record. */
    public enum Dialect { SQLITE, POSTGRESQL }

    /**
     * Every transaction on the server first takes this lock (PostgreSQL's advisory lock, held to its commit), so
     * writers follow one another as they do on SQLite: the audit chain, plan versions and "one patient per name" were
     * all written for one writer at a time.
     */
    private static final long ONE_WRITER = 0x50684b69L; // "PhKi", the record's application id

    /** Written into every database's header by V004 ("PhKi"): how a backup is known to be the clinic's record. */
    public static final int APPLICATION_ID = 0x50684b69;

    /** The first schema version opened with secure_delete on; older files may hold erased rows in free pages. */
    private static final int SECURE_DELETE_SINCE = 4;

    private final Path file;
    private final Connection connection;
    private int depth;
    private final javax.sql.DataSource server;
    private final String serverName;
    private final ThreadLocal<Connection> serverTransaction = new ThreadLocal<>();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.server = null;
        this.serverName = null;
    }

    private Database(javax.sql.DataSource server, String serverName) {
        this.file = null;
        this.connection = null;
        this.server = server;
        this.serverName = serverName;
    }

    /**
     * Opens the record on a clinic server: {@code pool} gives connections to its database (the schema they start in
     * holds the record), {@code name} says which server in messages. The schema is brought up to date first; a
     * database written by a newer Physio Kiosk is refused, untouched.
     */
    public static Database onServer(javax.sql.DataSource pool, String name) {
        Database db = new Database(pool, name);
        try {
            int version;
            try (Connection c = pool.getConnection()) {
                version = serverVersion(c);
            }
            if (version > latestVersion()) {
                throw new StoreException.Refused("The clinic server " + name + " holds a record written by a newer "
                        + "Physio Kiosk (schema " + version + "; this version knows up to " + latestVersion()
                        + "): update Physio Kiosk on this PC.");
            }
            if (version < latestVersion()) {
                Migrations.postgresql(pool, latestVersion());
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open the record on the clinic server " + name + ": "
                    + explain(e) + ".", e);
        }
        return db;
    }

    /**
     * Opens the record on the clinic server at {@code address}: a pool of at most four connections, the user from
     * PGUSER (else this PC's user name, as PostgreSQL's own programs do), the password from PGPASSWORD or, without
     * it, ~/.pgpass (read by PostgreSQL's driver), and PGSSLMODE when the address names no sslmode.
     */
    /**
     * PostgreSQL's driver reports through Java's own logging, which prints to the terminal: every failure it meets is
     * already said once, in plain words, by the store. Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    public static Database onServer(ClinicServerAddress address, java.util.Map<String, String> env) {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(address.jdbcUrl(env));
        String user = env.get("PGUSER");
        config.setUsername(user != null && !user.isBlank() ? user : System.getProperty("user.name"));
        String password = env.get("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        // A server that has gone quiet (a network down, not refusing) is given up on after 5 s, not the driver's 10;
        // keep-alives find a connection whose server went away while it was idle.
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.setPoolName("clinic-server");
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof SQLException sql ? explain(sql) : String.valueOf(e.getMessage());
            throw new StoreException("Cannot open the record on the clinic server " + address + ": " + why + ".", e);
        }
        try {
            return onServer(pool, address.toString());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The newest schema version recorded in Flyway's history on the server; 0 for an empty database. */
    private static int serverVersion(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT to_regclass('flyway_schema_history') IS NOT NULL");
             var rs = ps.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (var ps = c.prepareStatement(
                "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success");
             var rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The tables that hold what a patient's erasure deletes. */
    private static final List<String> ERASED_FROM = List.of("patient", "plan", "plan_item", "visit_note", "handout");

    /**
     * On the clinic server, rewrites the tables an erasure deletes from (VACUUM FULL), so the erased rows' old copies
     * leave their files, as SQLite's VACUUM does for a file. False when another session kept a table locked for 5
     * seconds: the rows are still deleted, and the server's next VACUUM clears them.
     */
    private boolean rewriteOnServer() {
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // Only the tables' owner may rewrite them; for anyone else the server skips them with a mere warning.
            try (var rs = s.executeQuery("SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) FROM pg_class "
                    + "WHERE oid IN (" + String.join(", ", ERASED_FROM.stream().map(t -> "'" + t + "'::regclass")
                    .toList()) + ")")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false;
                }
            }
            s.execute("SET lock_timeout = '5s'");
            s.execute("VACUUM FULL " + String.join(", ", ERASED_FROM));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * On the clinic server, run as the database user that owns the record's tables: lets {@code role} (the user the
     * PCs sign in to the server as) read and write the record, but only add rows to the audit trail and only read
     * the schema's history. That user then cannot change, delete or empty the trail, nor drop or switch off its
     * guards, which only the owner may. Run again after an update that adds tables.
     */
    public void grantKioskUser(String role) {
        if (server == null) {
            throw new StoreException.Refused("A database file has no users of its own: this is for the clinic server.");
        }
        if (role == null || !role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new StoreException.Refused("The PCs' database user is written in small letters, digits and _, such "
                    + "as physio_kiosk.");
        }
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String schema;
            String owner;
            try (var rs = s.executeQuery("SELECT current_schema(), pg_get_userbyid(relowner), current_user "
                    + "FROM pg_class WHERE oid = 'audit'::regclass")) {
                rs.next();
                schema = rs.getString(1);
                owner = rs.getString(2);
                if (role.equals(owner) || role.equals(rs.getString(3))) {
                    throw new StoreException.Refused("The PCs' database user must not be the one that owns the "
                            + "record (" + owner + "): make a user of its own for the PCs (README, \"Clinic "
                            + "server\").");
                }
            }
            try (var ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, role);
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException.Refused("There is no database user " + role + " on the clinic "
                                + "server: create it first (README, \"Clinic server\").");
                    }
                }
            }
            String r = "\"" + role + "\"";
            String in = " IN SCHEMA \"" + schema.replace("\"", "\"\"") + "\"";
            s.execute("GRANT USAGE ON SCHEMA \"" + schema.replace("\"", "\"\"") + "\" TO " + r);
            s.execute("REVOKE ALL ON ALL TABLES" + in + " FROM " + r);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES" + in + " TO " + r);
            s.execute("REVOKE INSERT, UPDATE, DELETE ON audit, flyway_schema_history FROM " + r);
            s.execute("GRANT INSERT ON audit TO " + r);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES" + in + " TO " + r);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("The clinic server could not give " + role + " its rights (" + explain(e)
                    + "). Run this as the database user that owns the record.", e);
        }
    }

    /** SQLite (a file on this PC) or PostgreSQL (the clinic server). */
    public Dialect dialect() {
        return server != null ? Dialect.POSTGRESQL : Dialect.SQLITE;
    }

    /**
     * Opens an existing database of today's schema for reading only: nothing is created, migrated or written (for
     * commands that only list, such as {@code catalog}). Empty when there is no such file, or its schema is older
     * or newer than this program's (then only a normal open can say what to do).
     */
    public static Optional<Database> openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // With no write-ahead log beside it, nobody has the file open: read it as it stands and create no side
            // files. With one, a kiosk may be writing: read through its log (its side files are already there).
            boolean inUse = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
            Optional<SqliteFiles.Header> header = SqliteFiles.header(file);
            int version = header.map(SqliteFiles.Header::schemaVersion).orElse(0);
            if (inUse) {
                version = Math.max(version, versionReadOnly(file));
            }
            if (header.isEmpty() || header.get().applicationId() != APPLICATION_ID || version != latestVersion()) {
                return Optional.empty();
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10_000);
            return Optional.of(new Database(file, DriverManager.getConnection(SqliteFiles.readUrl(file),
                    config.toProperties())));
        } catch (SQLException | IOException | StoreException e) {
            return Optional.empty();
        }
    }

    /** How much of the file {@link #open(Path, DamageCheck)} reads for damage before anything else. */
    public enum DamageCheck {
        /** SQLite's quick_check over the whole file: the kiosk's start, and whatever has no reason to skip it. */
        WHOLE_FILE,
        /**
         * The whole file only when its last writer did not close it (a log left behind: a crash, a power cut, or a
         * kiosk open on it now); otherwise the header and the schema, which every open reads. For commands: the
         * whole-file check took 0.4 s of every command on a big clinic's 278 MB, and the kiosk's start, backups
         * (integrity_check) and restores still read every page.
         */
        AFTER_UNCLEAN_CLOSE
    }

    /** Opens (creating if needed) the database at {@code file}, checks all of it, and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, DamageCheck.WHOLE_FILE);
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file, DamageCheck damageCheck) {
        boolean made = prepare(file);
        try {
            return open(file, damageCheck, made);
        } catch (RuntimeException | Error e) {
            if (made) {
                removeHalfMade(file);
            }
            throw e;
        }
    }

    /** A new record whose making failed (a full disk): removed with its side files, so no empty one is left. */
    private static void removeHalfMade(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // what cannot be removed is an empty, unfinished record: the next open makes it again
            }
        }
    }

    private static Database open(Path file, DamageCheck damageCheck, boolean made) {
        boolean unclean = SqliteFiles.hasLog(file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        // Deleted rows are overwritten with zeros, so an erased patient leaves nothing in the file's free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // Writers take the write lock when their transaction begins, so two kiosks never deadlock
        // upgrading a read lock; the other waits (busy timeout) instead of failing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(SqliteFiles.url(file, null), config.toProperties());
            String check = damageCheck == DamageCheck.WHOLE_FILE || unclean ? quickCheck(connection) : headerCheck(connection);
            if (!"ok".equals(check)) {
                connection.close();
                throw damaged(file, check, null);
            }
            Database db = new Database(file, connection);
            db.migrate();
            Backups.removeRestoreLeftovers(file);
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            String message = String.valueOf(e.getMessage());
            if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")
                    || message.contains("malformed") || message.contains("not a database")) {
                throw damaged(file, message, e);
            }
            String why = explain(e);
            if (!why.equals(message)) {
                throw new StoreException("Cannot " + (made ? "make" : "open") + " the database " + file + ": " + why
                        + "." + (made ? " Nothing was made." : " Nothing was changed."), e);
            }
            throw new StoreException("Cannot open the database " + file + ": " + message
                    + ". Check that it is a Physio Kiosk database and that the folder can be written.", e);
        }
    }

    /**
     * Before SQLite touches the file: creates a missing folder and file readable by their owner only, makes an
     * existing record and its side files private, and refuses a database from a newer Physio Kiosk by reading its
     * header, so such a file is left exactly as it was.
     */
    private static boolean prepare(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                SqliteFiles.createPrivateFolder(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + file
                    + ": check that the folder can be written (" + Problems.explain(e) + ").", e);
        }
        try {
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                refuseIfItWentMissing(file);
                SqliteFiles.createPrivateFile(file);
                return true;
            }
            if (!Files.isRegularFile(file)) {
                throw new StoreException.Refused(file + (Files.isDirectory(file) ? " is a folder" : " is not a file (a "
                        + "device or a pipe)") + ", not a Physio Kiosk database. It was not changed: name the clinic's"
                        + " database file, or a new file name to start one.");
            }
            // Only the record is treated as the record: anything else (a letter, a PDF, another program's database)
            // is refused before it is opened, renamed or made private.
            Optional<SqliteFiles.Header> header;
            try {
                header = SqliteFiles.header(file);
            } catch (StoreException.Refused notADatabase) {
                if (!Backups.certainlyOf(file).isEmpty()) {
                    return false; // the record itself, overwritten: opening it reports the damage and keeps it aside
                }
                throw new StoreException.Refused(file + " is not a Physio Kiosk database (it does not start as one "
                        + "does). It was not changed: name the clinic's database file, or a new file name to start "
                        + "one." + (Backups.possiblyOf(file).isEmpty() ? "" : " If it was the clinic's record, it is "
                        + "damaged: restore a backup (physio-kiosk restore)."));
            }
            int version = header.map(SqliteFiles.Header::schemaVersion).orElse(0);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (version <= latestVersion() && Files.exists(wal) && Files.size(wal) > 0) {
                version = Math.max(version, versionReadOnly(file)); // a newer kiosk's last commit may be in the log
            }
            if (version > latestVersion()) {
                throw new StoreException("The database " + file + " was written by a newer version of Physio Kiosk"
                        + " (schema " + version + "; this version knows up to " + latestVersion()
                        + "). It was not changed. Update Physio Kiosk to open it.");
            }
            if (header.isPresent() && !ours(file, header.get())) {
                throw new StoreException.Refused(file + " is another program's database, not a Physio Kiosk one. "
                        + "It was not changed: name a Physio Kiosk database, or a new file name to start one.");
            }
            SqliteFiles.makePrivate(file);
            for (String suffix : SqliteFiles.SIDE_FILES) {
                SqliteFiles.makePrivate(file.resolveSibling(file.getFileName() + suffix));
            }
            return false;
        } catch (IOException e) {
            throw new StoreException("Cannot open the database " + file + " (" + Problems.explain(e)
                    + "). Check that the file and its folder can be read and written.", e);
        }
    }

    /**
     * Whether a file with SQLite's header is the clinic's record: Physio Kiosk's application id (every record since
     * schema 4), or an older record of schema 1 to 3 that holds the kiosk's tables; an SQLite file with nothing in
     * it yet (a new record whose first write was cut short) too.
     */
    private static boolean ours(Path file, SqliteFiles.Header header) {
        if (header.applicationId() == APPLICATION_ID) {
            return true;
        }
        if (header.applicationId() != 0) {
            return false;
        }
        if (header.schemaVersion() == 0) {
            return header.schemaCookie() == 0;
        }
        return header.schemaVersion() < 4 && Backups.hasKioskTables(file);
    }

    /** The schema version as SQLite sees it, log included, read without changing anything; 0 if it cannot tell. */
    private static int versionReadOnly(Path file) {
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(file, "mode=ro"));
             Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * A database that is missing while a damaged copy or backups of it lie beside it went missing: a new empty one
     * would show the clinic no patients and say nothing of where they went.
     */
    private static void refuseIfItWentMissing(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        java.util.List<Path> traces = new java.util.ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (var siblings = Files.list(folder)) {
                siblings.filter(p -> p.getFileName().toString().startsWith(name + ".damaged-")
                        || p.getFileName().toString().startsWith(name + ".before-restore-")).forEach(traces::add);
            }
        }
        // Only backups that say they are of this file, or made before backups said whose they are: another
        // database's backups in the same folder never stop a new one.
        boolean certain = !Backups.certainlyOf(file).isEmpty();
        boolean backups = certain || !Backups.possiblyOf(file).isEmpty();
        if (backups || !traces.isEmpty()) {
            throw new MissingDatabaseException("There is no database at " + file + ", but "
                    + (backups ? (certain ? "backups of it are in " : "backups that may be of it are in ")
                    + Backups.folderFor(file) : "an earlier copy is kept as "
                    + traces.get(0).getFileName()) + ". Restore it (physio-kiosk restore, or answer yes when the kiosk "
                    + "offers a backup), or move those files away to start an empty database. Nothing was created.");
        }
    }

    /** Reads the header and the schema (a file that is not a database fails here, as SQLITE_NOTADB). */
    private static String headerCheck(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() ? "ok" : "no answer";
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

    /** The record's file; null on a clinic server, which has none on this PC. */
    public Path file() {
        return file;
    }

    /** The schema version this code writes. */
    public static int latestVersion() {
        return Migrations.LATEST;
    }

    int schemaVersion() {
        return transaction(c -> {
            if (server != null) {
                return serverVersion(c);
            }
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
        int from = version;
        if (version < latestVersion()) {
            // As SQLite's documentation asks for rebuilding a table: foreign keys off while the schema changes (this
            // cannot be set inside a transaction), every migration then checked with foreign_key_check.
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF");
            }
        }
        try {
            migrateFrom(version);
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
        if (from > 0 && from < SECURE_DELETE_SINCE) {
            // Rows deleted before secure_delete was on may linger in free pages: rewrite the file once.
            scrub(true);
        }
    }

    private void migrateFrom(int version) throws SQLException {
        if (version < latestVersion()) {
            Migrations.sqlite(connection, version, latestVersion());
        }
    }

    /**
     * Clears deleted data from the file's bytes: folds the write-ahead log into the database and truncates it
     * (its old frames hold earlier copies of changed pages), and with {@code vacuum} also rebuilds the file so no
     * free page is left. Returns false when another connection kept the log from being emptied.
     */
    public synchronized boolean scrub(boolean vacuum) {
        if (server != null) {
            return rewriteOnServer();
        }
        try (Statement s = connection.createStatement()) {
            if (vacuum) {
                s.execute("VACUUM");
            }
            try (var rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        } catch (SQLException e) {
            throw new StoreException("The database could not clear deleted data from its file (" + e.getMessage()
                    + "). Close other Physio Kiosk windows and try again.", e);
        }
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
    public <T> T transaction(Work<T> work) {
        return server != null ? onServer(work) : inFile(work);
    }

    private <T> T onServer(Work<T> work) {
        Connection joined = serverTransaction.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException("The clinic server could not save or read this (" + explain(e)
                        + "). Nothing was changed; try again.", e);
            }
        }
        try (Connection c = server.getConnection()) {
            c.setAutoCommit(false);
            serverTransaction.set(c);
            try {
                try (var lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ONE_WRITER);
                    lock.execute();
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable e) {
                try {
                    c.rollback();
                } catch (SQLException alreadyGone) {
                    e.addSuppressed(alreadyGone);
                }
                throw e;
            } finally {
                serverTransaction.remove();
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool replaces a connection that failed
                }
            }
        } catch (SQLException e) {
            throw new StoreException("The clinic server could not save or read this (" + explain(e)
                    + "). Nothing was changed; try again.", e);
        }
    }

    private synchronized <T> T inFile(Work<T> work) {
        if (depth > 0) {
            // Joined to the transaction already open on this thread: it commits or rolls back as one.
            depth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException("The database could not save or read this (" + explain(e)
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
            } catch (Throwable e) {
                // Errors too (out of memory in the middle of an export): nothing half-done is ever committed.
                // A commit that failed (disk full) has already been rolled back by SQLite: keep its reason.
                try {
                    connection.rollback();
                } catch (SQLException alreadyRolledBack) {
                    e.addSuppressed(alreadyRolledBack);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection reports the first failure
                }
            }
        } catch (SQLException e) {
            depth = 0;
            throw new StoreException("The database could not save or read this (" + explain(e)
                    + "). Nothing was changed; try again.", e);
        } finally {
            depth = 0;
        }
    }

    /** SQLite's result in the user's words: the disk is full, another program held the database, ... */
    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") && m.contains("no password was provided")) {
            return "the clinic server asks for a password: set PGPASSWORD, or add a line for it to ~/.pgpass";
        }
        if (m.contains("does not support SSL")) {
            return "the clinic server does not offer TLS, which this address asks for (sslmode): ask the server's "
                    + "administrator to turn it on (README, \"Clinic server\")";
        }
        if (state.startsWith("08") || m.contains("Connection is not available")) {
            return "the clinic server cannot be reached; check the network, and that the server is running";
        }
        if (state.startsWith("57P")) {
            // 57P01 shut down by its administrator, 57P02 crashed, 57P03 starting up or recovering.
            return "the clinic server stopped or is starting again; wait a moment and try again";
        }
        if (state.equals("53100")) {
            return "the clinic server's disk is full; its administrator must free some space";
        }
        if (state.equals("42501")) {
            return "this PC's database user may not do that on the clinic server; if the record needs bringing up "
                    + "to date, the user that owns it runs physio-kiosk server setup (README, \"Clinic server\")";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "the clinic server refused the user name or password (PGUSER and PGPASSWORD, or ~/.pgpass)";
        }
        if (state.equals("23503") || m.contains("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            return "it points at a patient, plan or exercise that is not on record (FOREIGN KEY)";
        }
        if (state.equals("P0001") && e.getMessage() != null) {
            // One of the record's guards, in its own words ("a saved note is never changed: add an amendment").
            return m.replaceFirst("(?s)^ERROR: ", "").replaceFirst("(?s)\\s*Where:.*$", "").strip();
        }
        if (m.contains("SQLITE_FULL") || m.contains("SQLITE_IOERR_SHMSIZE") || m.contains("disk is full")) {
            return "the disk is full; free some space";
        }
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return "another Physio Kiosk window or command kept the database busy for 10 seconds";
        }
        if (m.contains("SQLITE_READONLY_DBMOVED")) {
            return "the database file was replaced (a restore?) while this program had it open; close it and start again";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "the database or its folder is read-only";
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
            return "the database is damaged; restore a backup";
        }
        if (m.contains("SQLITE_IOERR")) {
            return "the disk reported an error";
        }
        return m;
    }

    /**
     * Copies the whole database to {@code file} (an existing empty file, or none) with SQLite's online backup API,
     * called directly so that any character in the path names exactly that file.
     */
    public void backupTo(Path file) {
        if (server != null) {
            // A SQLite record of the same schema, copied from the server in one transaction (every writer waits for
            // it), so it is one consistent moment of the record and opens anywhere with --db FILE.
            RecordMove.snapshot(this, file);
            return;
        }
        // Through a connection of its own that only reads: the copy is one consistent snapshot (write-ahead log),
        // and this program's own saving goes on meanwhile instead of waiting for the copy of a big record.
        try (Connection reader = DriverManager.getConnection(SqliteFiles.url(this.file, "mode=ro"))) {
            int rc = reader.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                    .backup("main", file.toAbsolutePath().toString(), null);
            if (rc != 0) {
                throw new StoreException(switch (rc & 0xff) {
                    case 13 -> "the disk is full";
                    case 10 -> "the disk reported an error";
                    case 14 -> "the file could not be created";
                    case 8 -> "the disk is read-only";
                    case 5, 6 -> "the database was busy; try again";
                    default -> "SQLite reported error " + rc;
                });
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            if (server instanceof AutoCloseable pool) {
                try {
                    pool.close();
                } catch (Exception e) {
                    throw new StoreException("The connections to the clinic server did not close cleanly: "
                            + e.getMessage(), e);
                }
            }
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("The database did not close cleanly: " + e.getMessage(), e);
        }
    }
}

package org.physiokiosk.store;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;

/**
 * Brings a record's schema up to date with Flyway (ADR 0012): the numbered migrations under
 * {@code migrations/sqlite} or {@code migrations/postgresql} (the same numbers), each in its own transaction. A SQLite record also keeps its version in its header
 * ({@code PRAGMA user_version}), as every earlier Physio Kiosk did, so an older program still refuses a newer file
 * before touching it; a record made before Flyway is taken as it is at that version (Flyway's baseline).
 */
final class Migrations {

    /** The schema version this code writes: the highest numbered migration (a test holds the two together). */
    static final int LATEST = 18;

    static final String SQLITE = "classpath:org/physiokiosk/store/migrations/sqlite";
    static final String POSTGRESQL = "classpath:org/physiokiosk/store/migrations/postgresql";

    static {
        // Flyway narrates each step; nothing of it is for staff, and a failure comes back as an exception.
        LogFactory.setLogCreator(source -> new QuietLog(Logger.getLogger(source.getName())));
    }

    private Migrations() {
    }

    /**
     * The database's own error under Flyway's report (its multi-line dump names no cause a person can act on), so
     * the store can say it plainly: the disk is full, the server went away; Flyway's message when there is none.
     */
    private static SQLException firstSqlCause(FlywayException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return new SQLException(e.getMessage(), e);
    }

    /**
     * Migrates the SQLite record on {@code connection}, now at schema {@code version}, to {@code target}. Foreign
     * keys must be off (SQLite's way of rebuilding a table); each migration is checked with foreign_key_check before
     * it is committed.
     */
    static void sqlite(Connection connection, int version, int target) throws SQLException {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(new OneConnection(connection))
                    .locations(SQLITE)
                    .baselineOnMigrate(true)
                    .baselineVersion(Integer.toString(version))
                    .baselineDescription("schema " + version + ", before Flyway")
                    .target(Integer.toString(target))
                    .callbacks(new AfterEachSqliteMigration())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw firstSqlCause(e);
        }
    }

    /**
     * Migrates the clinic server's database behind {@code dataSource} (its current schema) to {@code target}. A
     * server starts empty: its first migration writes the whole record of that version at once.
     */
    static void postgresql(DataSource dataSource, int target) throws SQLException {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(POSTGRESQL)
                    .target(Integer.toString(target))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw firstSqlCause(e);
        }
    }

    /** After each migration, in its transaction: no row left pointing at a missing one, and the header's version. */
    private static final class AfterEachSqliteMigration implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String version = context.getMigrationInfo().getVersion().getVersion();
            try (Statement s = context.getConnection().createStatement()) {
                try (var broken = s.executeQuery("PRAGMA foreign_key_check")) {
                    if (broken.next()) {
                        throw new FlywayException("migration " + version + " left a row of " + broken.getString(1)
                                + " pointing at a missing row");
                    }
                }
                s.execute("PRAGMA user_version = " + Integer.parseInt(version));
            } catch (SQLException e) {
                throw new FlywayException("migration " + version + " could not be checked: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "physio-kiosk-after-each-migration";
        }
    }

    /**
     * The record's one open connection, lent to Flyway: Flyway closes what it takes from a data source, and this
     * connection must stay open (foreign keys off, the program's settings on it).
     */
    private static final class OneConnection implements DataSource {
        private final Connection lent;

        OneConnection(Connection connection) {
            this.lent = (Connection) Proxy.newProxyInstance(Migrations.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection() {
            return lent;
        }

        @Override
        public Connection getConnection(String user, String password) {
            return lent;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // nothing is written
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the connection is already open
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger("org.flywaydb");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /** Flyway's messages at FINE in java.util.logging: out of sight unless someone turns them on to look. */
    private record QuietLog(Logger logger) implements Log {
        @Override
        public boolean isDebugEnabled() {
            return logger.isLoggable(Level.FINEST);
        }

        @Override
        public void debug(String message) {
            logger.finest(message);
        }

        @Override
        public void info(String message) {
            logger.fine(message);
        }

        @Override
        public void warn(String message) {
            logger.fine(message);
        }

        @Override
        public void error(String message) {
            logger.fine(message);
        }

        @Override
        public void error(String message, Exception e) {
            logger.log(Level.FINE, message, e);
        }

        @Override
        public void notice(String message) {
            logger.fine(message);
        }
    }
}

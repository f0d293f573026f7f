package org.physiokiosk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the PostgreSQL suite runs on: {@code .ci/run} starts one and names it in
 * PHYSIO_KIOSK_TEST_PG ({@code postgresql://HOST:PORT/DATABASE}), with PGUSER and PGPASSWORD. Without it the suite is
 * skipped with a line saying how to run it; where PHYSIO_KIOSK_REQUIRE_PG is set (CI), it fails instead.
 */
public final class ClinicServer {

    private ClinicServer() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:" + url(), System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
    }

    /**
     * A new, empty schema of its own on the server, for one test: {@link Schema#dataSource()} connects into it, and
     * closing drops it with everything in it.
     */
    public static Schema freshSchema() throws SQLException {
        String name = "t_" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new Schema(name);
    }

    /** A schema made by {@link #freshSchema()}. */
    public record Schema(String name) implements AutoCloseable {

        public javax.sql.DataSource dataSource() {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL("jdbc:" + url());
            ds.setUser(System.getenv("PGUSER"));
            ds.setPassword(System.getenv("PGPASSWORD"));
            ds.setCurrentSchema(name);
            return ds;
        }

        /** A small pool into this schema, as the program keeps one (closed with the record that holds it). */
        public com.zaxxer.hikari.HikariDataSource pool() {
            com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
            config.setJdbcUrl("jdbc:" + url());
            config.setUsername(System.getenv("PGUSER"));
            config.setPassword(System.getenv("PGPASSWORD"));
            config.setSchema(name);
            config.setMaximumPoolSize(2);
            config.setPoolName("test-" + name);
            return new com.zaxxer.hikari.HikariDataSource(config);
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + name + " CASCADE");
            }
        }
    }

    private static final java.util.Set<String> SAID = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Skips this test, saying why once in the build's output (each skipped test repeats it in its report). */
    public static void skip(String why) {
        if (SAID.add(why)) {
            System.err.println("[physio-kiosk tests] " + why);
        }
        Assumptions.abort(why);
    }

    private static String url() {
        String url = System.getenv("PHYSIO_KIOSK_TEST_PG");
        if (url == null || url.isBlank()) {
            if (System.getenv("PHYSIO_KIOSK_REQUIRE_PG") != null) {
                Assertions.fail("PHYSIO_KIOSK_REQUIRE_PG is set but PHYSIO_KIOSK_TEST_PG is not: no server was started");
            }
            skip("no PostgreSQL server, so the PostgreSQL suite is skipped: set PHYSIO_KIOSK_TEST_PG="
                    + "postgresql://HOST:PORT/DATABASE with PGUSER and PGPASSWORD (.ci/run starts one)");
        }
        return url;
    }
}

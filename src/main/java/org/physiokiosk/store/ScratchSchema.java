package org.physiokiosk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own on a clinic server, made for a measurement ({@code benchmark --server}) and dropped with
 * everything in it afterwards: the clinic's own record, in its usual schema, is never read or written.
 */
public final class ScratchSchema implements AutoCloseable {

    private final ClinicServerAddress server;
    private final Map<String, String> env;
    private final String name = "physio_benchmark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public ScratchSchema(ClinicServerAddress server, Map<String, String> env) {
        this.server = server;
        this.env = env;
        run("CREATE SCHEMA " + name);
    }

    /** The server's address, pointing into this schema. */
    public ClinicServerAddress address() {
        String query = server.query().isEmpty() ? "currentSchema=" + name : server.query() + "&currentSchema=" + name;
        return new ClinicServerAddress(server.host(), server.port(), server.database(), query);
    }

    @Override
    public void close() {
        run("DROP SCHEMA " + name + " CASCADE");
    }

    private void run(String sql) {
        String user = env.get("PGUSER");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(env),
                user != null && !user.isBlank() ? user : System.getProperty("user.name"), env.get("PGPASSWORD"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("The clinic server " + server + " did not take a schema for the measurement ("
                    + Database.explain(e) + "); the user needs CREATE on the database.", e);
        }
    }
}

package org.physiokiosk.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.physiokiosk.store.Database;

/**
 * A schema of its own on the clinic server for each test ({@code @RegisterExtension}), dropped with everything in it
 * afterwards. Without a server the test is skipped, or fails where PHYSIO_KIOSK_REQUIRE_PG is set (see
 * {@link ClinicServer}).
 */
public final class FreshSchema implements BeforeEachCallback, AfterEachCallback {

    private ClinicServer.Schema schema;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        schema = ClinicServer.freshSchema();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (schema != null) {
            schema.close();
            schema = null;
        }
    }

    public ClinicServer.Schema schema() {
        return schema;
    }

    /** The address a command takes with {@code --db}: the test server, in this schema. */
    public String address() {
        return System.getenv("PHYSIO_KIOSK_TEST_PG") + "?currentSchema=" + schema.name();
    }

    /** The record in this schema, as a start leaves it (see {@link Fixtures#serverDatabase}). */
    public Database database() {
        return Fixtures.serverDatabase(schema);
    }
}

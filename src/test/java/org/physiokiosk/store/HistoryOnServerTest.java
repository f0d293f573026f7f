package org.physiokiosk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.physiokiosk.testing.ClinicServer;
import org.physiokiosk.testing.Fixtures;

/** {@link HistoryTest} on the clinic server: amendments, plan versions and the guards, on a real PostgreSQL. */
class HistoryOnServerTest extends HistoryTest {

    private ClinicServer.Schema schema;

    @BeforeEach
    void schema() throws Exception {
        schema = ClinicServer.freshSchema();
    }

    @AfterEach
    void dropSchema() throws Exception {
        schema.close();
    }

    @Override
    Database open() {
        return Fixtures.serverDatabase(schema);
    }
}

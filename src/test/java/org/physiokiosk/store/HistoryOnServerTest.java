package org.physiokiosk.store;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.FreshSchema;

/** {@link HistoryTest} on the clinic server: amendments, plan versions and the guards, on a real PostgreSQL. */
class HistoryOnServerTest extends HistoryTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    Database open() {
        return server.database();
    }
}

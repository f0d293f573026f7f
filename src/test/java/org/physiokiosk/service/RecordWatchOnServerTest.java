package org.physiokiosk.service;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.store.Database;
import org.physiokiosk.testing.FreshSchema;

/** {@link RecordWatchTest} on the clinic server: two PCs, each with its own pool of connections. */
class RecordWatchOnServerTest extends RecordWatchTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    Database open() {
        return server.database();
    }
}

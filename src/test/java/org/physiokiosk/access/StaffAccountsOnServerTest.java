package org.physiokiosk.access;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.store.Database;
import org.physiokiosk.testing.FreshSchema;

/**
 * {@link StaffAccountsTest} on the clinic server (a real PostgreSQL): each PC of a test has its own connections, so
 * tries sent at once from several PCs meet only in the server.
 */
class StaffAccountsOnServerTest extends StaffAccountsTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    Database open() {
        return server.database();
    }
}

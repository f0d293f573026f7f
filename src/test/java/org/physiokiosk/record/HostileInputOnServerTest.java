package org.physiokiosk.record;

import java.io.IOException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.FreshSchema;
import org.physiokiosk.testing.TestClinic;

/** {@link HostileInputTest} with the clinic's record on the clinic server (a real PostgreSQL, a schema of its own). */
class HostileInputOnServerTest extends HostileInputTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    TestClinic clinic() throws IOException {
        return TestClinic.onServer(dir, server);
    }
}

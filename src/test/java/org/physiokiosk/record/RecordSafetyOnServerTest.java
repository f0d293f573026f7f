package org.physiokiosk.record;

import java.io.IOException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.FreshSchema;
import org.physiokiosk.testing.TestClinic;

/**
 * {@link RecordSafetyTest} with the clinic's record on the clinic server. Two of its tests are about the SQLite file
 * itself (its bytes after an erasure, its permissions), so they are left out here; their server counterparts are
 * {@code CliOnServerTest}'s erasure (the tables rewritten) and ADR 0013 (the server's files are its administrator's).
 */
class RecordSafetyOnServerTest extends RecordSafetyTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    TestClinic clinic() throws IOException {
        return TestClinic.onServer(dir, server);
    }

    @Override
    void anErasedPatientLeavesNothingInTheDatabaseFilesBytes() {
        // the SQLite file's own bytes: not on a server (see the class comment)
    }

    @Override
    void theDatabaseItsLogAndBackupsAreReadableByTheirOwnerOnly() {
        // the SQLite file's permissions: not on a server (see the class comment)
    }
}

package org.physiokiosk.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.store.ClinicServerAddress;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.FreshSchema;
import org.physiokiosk.wiring.AppPaths;

/**
 * {@link DesksTest} with the record on the clinic server: roles, staff, settings, the audit chain, export and erase
 * through the same services, on a real PostgreSQL.
 */
class DesksOnServerTest extends DesksTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    AppPaths paths() {
        return new AppPaths(null, Fixtures.CATALOGUE_DIR, dir.resolve("out"), ClinicServerAddress.parse(
                server.address()));
    }

    @Override
    void anAdministratorBacksUp(Actor admin) {
        // No backups folder on a PC for the server's record: the kiosk says how it is backed up instead.
        assertThatThrownBy(() -> desks.clinic().backupNow(admin)).hasMessageContaining("pg_dump");
    }
}

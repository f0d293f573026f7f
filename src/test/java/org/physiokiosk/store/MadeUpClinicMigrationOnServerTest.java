package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.FreshSchema;

/** {@link MadeUpClinicMigrationTest} on the clinic server: a record there at schema version 16 is brought up alike. */
class MadeUpClinicMigrationOnServerTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    private ClinicSettings migrated(String... details) throws Exception {
        Migrations.postgresql(server.schema().dataSource(), 16);
        try (Connection c = server.schema().dataSource().getConnection()) {
            MadeUpClinicMigrationTest.insertClinic(c, details);
        }
        try (Database db = Database.onServer(server.schema().pool(), "the test server")) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            return new ClinicRepository(db, Fixtures.CLOCK).load().orElseThrow();
        }
    }

    @Test
    void aRecordStillHoldingTheMadeUpClinicIsNotSetUp() throws Exception {
        ClinicSettings clinic = migrated(MadeUpClinicMigrationTest.DEMO);
        assertThat(clinic).isEqualTo(new ClinicSettings("", "", "", "", null, null));
        assertThat(clinic.hasDetails()).isFalse();
    }

    @Test
    void whatTheClinicTypedItselfStays() throws Exception {
        assertThat(migrated("Riverside Physio", "1 High Street, Springfield", "555-0100", "911"))
                .isEqualTo(new ClinicSettings("Riverside Physio", "", "", "911", null, null));
    }
}

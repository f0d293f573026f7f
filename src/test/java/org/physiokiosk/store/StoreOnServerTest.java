package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.FreshSchema;
import org.physiokiosk.testing.Fixtures;

/** {@link StoreTest} on the clinic server (a real PostgreSQL, in a schema of its own for each test). */
class StoreOnServerTest extends StoreTest {

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    @Override
    Database open() {
        return server.database();
    }

    @Override
    @Test
    void newDatabaseIsInWalModeAtTheLatestSchemaVersion() {
        // The server's counterpart: a new record is at the latest schema version, with the catalogue's exercises.
        try (Database db = open()) {
            assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
            assertThat(db.schemaVersion()).isEqualTo(Database.latestVersion());
            assertThat(new ExerciseRepository(db).count()).isEqualTo(Fixtures.catalogue().exercises().size());
        }
    }

    @Override
    @Test
    void databaseFromANewerKioskIsRefusedAndLeftAlone() throws Exception {
        try (Connection c = server.schema().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version TEXT, "
                    + "success BOOLEAN)");
            s.execute("INSERT INTO flyway_schema_history VALUES (1, '99', true)");
        }
        assertThatThrownBy(() -> Database.onServer(server.schema().pool(), "the test server"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Physio Kiosk");
        try (Connection c = server.schema().dataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT to_regclass('patient') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("nothing was built").isTrue();
        }
    }

    @Test
    void kiosksWritingAtOnceKeepTheAuditChainWhole() throws Exception {
        // Four PCs at once, each with its own connections: every transaction waits its turn, as on SQLite, so no two
        // rows take the same place in the chain.
        java.util.List<Database> kiosks = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                kiosks.add(open());
            }
            java.util.concurrent.ExecutorService pcs = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (Database kiosk : kiosks) {
                done.add(pcs.submit(() -> {
                    AuditRepository audit = new AuditRepository(kiosk, Fixtures.CLOCK);
                    for (int row = 0; row < 25; row++) {
                        audit.append("kim", "patient viewed", (long) row, "done");
                    }
                }));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            pcs.shutdown();
            AuditRepository audit = new AuditRepository(kiosks.get(0), Fixtures.CLOCK);
            assertThat(audit.all()).hasSize(100);
            assertThat(audit.firstBreak()).isEmpty();
        } finally {
            kiosks.forEach(Database::close);
        }
    }
}

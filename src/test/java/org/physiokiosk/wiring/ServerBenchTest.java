package org.physiokiosk.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.physiokiosk.store.ClinicServerAddress;
import org.physiokiosk.testing.ClinicServer;
import org.physiokiosk.testing.Fixtures;

/** {@code benchmark --server}: two PCs measured on the real server, in a schema of their own that is then gone. */
class ServerBenchTest {

    @Test
    void measuresAChangeSeenOnTheOtherPcAndLeavesNothingBehind() throws Exception {
        try (Connection c = ClinicServer.connect()) {
            ServerBench.Figures f = ServerBench.run(ClinicServerAddress.parse(System.getenv("PHYSIO_KIOSK_TEST_PG")),
                    System.getenv(), Fixtures.CATALOGUE_DIR, Fixtures.CLOCK, 2);

            assertThat(f.seen()).hasSize(2);
            assertThat(f.saves()).hasSize(1);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'physio_benchmark_%'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the measurement's schema is dropped").isZero();
            }
        }
    }
}

package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.testing.FreshSchema;
import org.physiokiosk.testing.Fixtures;

/**
 * A record from every earlier Physio Kiosk (every schema version, made before Flyway) moves onto the clinic server:
 * brought up to date in its file, copied, and checked row for row.
 */
class MoveFromEveryVersionTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final FreshSchema server = new FreshSchema();

    static java.util.stream.IntStream versions() {
        return java.util.stream.IntStream.rangeClosed(1, Database.latestVersion());
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("versions")
    void aRecordOfThisVersionMovesOntoTheServerExactly(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            Migrations.sqlite(c, 0, version);
            s.execute("DROP TABLE flyway_schema_history");
            MigrationTest.oldRows(s);
            s.execute("INSERT INTO handout (plan_id, file, sha256, produced_at) VALUES (1, '/gone/ann.pdf', '"
                    + "ab".repeat(32) + "', '2026-01-01T00:00:00Z')");
        }
        try (Database from = Database.open(file); Database to = server.database()) {
            RecordMove.Report report = RecordMove.copy(from, to, new PrintablesFolder(dir.resolve("printables")));
            assertThat(report.exact()).as(describe(report)).isTrue();
            assertThat(report.rows().get("patient")).containsExactly(1, 1);
            assertThat(report.handouts()).singleElement().satisfies(h -> {
                assertThat(h.sameOnServer()).isTrue();
                assertThat(h.fileMatches()).as("the PDF is not on this PC").isFalse();
            });
            assertThat(new PatientRepository(to, Fixtures.CLOCK).find(1)).get()
                    .satisfies(p -> assertThat(p.name()).isEqualTo("Ann O'Lee"));
            assertThat(new NoteRepository(to, Fixtures.CLOCK).forPatient(1)).singleElement()
                    .satisfies(n -> assertThat(n.text()).isEqualTo("old note"));
        }
    }

    private static String describe(RecordMove.Report report) {
        StringBuilder out = new StringBuilder();
        report.rows().forEach((t, r) -> out.append(t).append(' ').append(r[0]).append('/').append(r[1]).append("; "));
        return out.toString();
    }
}

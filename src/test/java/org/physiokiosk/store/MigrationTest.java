package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Fixtures;

/** A database at every earlier schema version upgrades to the latest, keeping its data. */
class MigrationTest {

    @TempDir
    Path dir;

    static java.util.stream.IntStream earlierVersions() {
        return java.util.stream.IntStream.range(0, Database.latestVersion());
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("earlierVersions")
    void upgradesFromEveryEarlierVersionAndKeepsItsData(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 1; v <= version; v++) {
                for (String statement : Database.splitStatements(migration(v))) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version = " + v);
            }
            if (version >= 1) {
                s.execute("INSERT INTO exercise (id, name, kind, body_region, reviewed_by, reviewed_on, origin) "
                        + "VALUES ('cat-cow', 'Cat and cow', 'stretch', 'low back', 'x', '2026-02-05', 'seed')");
                s.execute("INSERT INTO patient (name, date_of_birth, chart_number, created_at) "
                        + "VALUES ('Ann O''Lee', '1950-01-01', '', '2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO plan (patient_id, created_at) VALUES (1, '2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO plan_item (plan_id, position, exercise_id, repetitions) VALUES (1, 1, 'cat-cow', 5)");
                s.execute("INSERT INTO visit_note (patient_id, plan_id, text, author, written_at) "
                        + "VALUES (1, 1, 'old note', 'Sam', '2026-01-01T00:00:00Z')");
            }
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestVersion());
            if (version >= 1) {
                assertThat(new PatientRepository(db, Fixtures.CLOCK).find(1)).get()
                        .satisfies(p -> assertThat(p.name()).isEqualTo("Ann O'Lee"));
                assertThat(new NoteRepository(db, Fixtures.CLOCK).forPatient(1)).singleElement()
                        .satisfies(n -> assertThat(n.text()).isEqualTo("old note"));
                assertThat(new PlanRepository(db, Fixtures.CLOCK).find(1, Fixtures.catalogue())).get()
                        .satisfies(p -> assertThat(p.version()).isEqualTo(1));
            }
        }
        assertThat(Backups.integrity(file)).isEqualTo("ok");
    }

    private static String migration(int version) throws Exception {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + Database.MIGRATIONS.get(version - 1))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.testing.Fixtures;

/**
 * A record at every earlier schema version upgrades to the latest, keeping its data: one made by a Physio Kiosk
 * from before Flyway (its version only in the file's header) and one made since (Flyway's history table too).
 */
class MigrationTest {

    @TempDir
    Path dir;

    static Stream<Arguments> earlierRecords() {
        return java.util.stream.IntStream.range(0, Database.latestVersion()).boxed()
                .flatMap(v -> Stream.of(Arguments.of(v, true), Arguments.of(v, false)));
    }

    @ParameterizedTest(name = "from schema version {0}, made before Flyway: {1}")
    @MethodSource("earlierRecords")
    void upgradesFromEveryEarlierVersionAndKeepsItsData(int version, boolean beforeFlyway) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            if (version >= 1) {
                Migrations.sqlite(c, 0, version);
                if (beforeFlyway) {
                    // What a Physio Kiosk before Flyway left: the same schema, its version only in the header.
                    s.execute("DROP TABLE flyway_schema_history");
                }
                oldRows(s);
            }
            assertThat(userVersion(s)).isEqualTo(version);
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
            db.transaction(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery(
                        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                    assertThat(rs.getInt(1)).as("Flyway's history reaches the latest version")
                            .isEqualTo(Database.latestVersion());
                }
                return null;
            });
        }
        assertThat(Backups.integrity(file)).isEqualTo("ok");
    }

    @Test
    void theLatestVersionIsTheHighestNumberedMigration() throws Exception {
        Path folder = Path.of(Migrations.class.getResource("migrations/sqlite").toURI());
        int highest;
        try (Stream<Path> files = Files.list(folder)) {
            highest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
        }
        assertThat(Migrations.LATEST).isEqualTo(highest);
    }

    @Test
    void aNewRecordIsMadeByFlywayAndCarriesItsVersionInItsHeader() throws Exception {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.latestVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1")) {
            assertThat(rs.getInt(1)).as("one row per migration").isEqualTo(Database.latestVersion());
        }
    }

    /**
     * A patient with a plan and a note, written with the columns every schema version has, as an older kiosk wrote
     * them (also what {@link MoveFromEveryVersionTest} moves onto the server).
     */
    static void oldRows(Statement s) throws java.sql.SQLException {
        s.execute("INSERT INTO exercise (id, name, kind, body_region, reviewed_by, reviewed_on, origin) "
                + "VALUES ('cat-cow', 'Cat and cow', 'stretch', 'low back', 'x', '2026-02-05', 'seed')");
        s.execute("INSERT INTO patient (name, date_of_birth, chart_number, created_at) "
                + "VALUES ('Ann O''Lee', '1950-01-01', '', '2026-01-01T00:00:00Z')");
        s.execute("INSERT INTO plan (patient_id, created_at) VALUES (1, '2026-01-01T00:00:00Z')");
        s.execute("INSERT INTO plan_item (plan_id, position, exercise_id, repetitions) VALUES (1, 1, 'cat-cow', 5)");
        s.execute("INSERT INTO visit_note (patient_id, plan_id, text, author, written_at) "
                + "VALUES (1, 1, 'old note', 'Sam', '2026-01-01T00:00:00Z')");
    }

    private static int userVersion(Statement s) throws Exception {
        try (var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}

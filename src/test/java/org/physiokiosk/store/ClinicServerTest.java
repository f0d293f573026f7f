package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.ClinicServer;

/**
 * The clinic server the PostgreSQL suite runs on (issue 13): a real server, reached with PostgreSQL's own driver,
 * that keeps a patient's name in any script exactly as typed. The store's own suite follows on it.
 */
class ClinicServerTest {

    private static final List<String> NAMES = List.of("Zoë Łukasiewicz", "Σοφία Παπαδοπούλου", "Дмитрий Иванов",
            "יעל כהן", "فاطمة الزهراء", "प्रिया शर्मा", "王小明", "山田 花子", "김민준");

    @Test
    void theServerKeepsANameInEveryScriptAsTyped() throws Exception {
        try (Connection c = ClinicServer.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE names_check (id serial PRIMARY KEY, name text NOT NULL)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO names_check (name) VALUES (?)")) {
                for (String name : NAMES) {
                    insert.setString(1, name);
                    insert.executeUpdate();
                }
            }
            List<String> back = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM names_check ORDER BY id")) {
                while (rs.next()) {
                    back.add(rs.getString(1));
                }
            }
            assertThat(back).containsExactlyElementsOf(NAMES);
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void datesOfBirthAndChartNumbersCompareInByteOrderWhateverTheDatabasesCollation() throws Exception {
        // A search by "1960-01" reads the range up to "1960-01" and the last character; a clinic's database made with
        // a language's collation (en_US, de_DE) would order those differently, so the columns keep byte order.
        try (ClinicServer.Schema schema = ClinicServer.freshSchema()) {
            Migrations.postgresql(schema.dataSource(), Migrations.LATEST);
            try (Connection c = schema.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT column_name, collation_name FROM information_schema.columns "
                         + "WHERE table_schema = current_schema() AND table_name = 'patient' "
                         + "AND column_name IN ('date_of_birth', 'chart_number') ORDER BY column_name")) {
                List<String> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + rs.getString(2));
                }
                assertThat(found).containsExactly("chart_number C", "date_of_birth C");
            }
        }
    }

    @Test
    void aClinicServerIsBuiltToTheSameSchemaVersionAndGuardsItsRecordAsSqliteDoes() throws Exception {
        try (ClinicServer.Schema schema = ClinicServer.freshSchema()) {
            Migrations.postgresql(schema.dataSource(), Migrations.LATEST);
            try (Connection c = schema.dataSource().getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery(
                        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(Migrations.LATEST);
                }
                assertThat(tables(c)).containsExactlyInAnyOrderElementsOf(sqliteTables());
                s.execute("INSERT INTO patient (name, date_of_birth, created_at) VALUES ('Ann Lee', '1950-01-01', "
                        + "'2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO visit_note (patient_id, text, author, written_at) VALUES "
                        + "(1, 'Knee sore after stairs', 'Sam', '2026-01-01T00:00:00Z')");
                assertThatThrownBy(() -> s.execute("UPDATE visit_note SET text = 'changed'"))
                        .hasMessageContaining("a saved note is never changed: add an amendment");
                s.execute("INSERT INTO audit (at, staff, action, outcome, prev_hash, hash) VALUES "
                        + "('2026-01-01T00:00:00Z', 'Sam', 'patient added', 'done', '', 'x')");
                assertThatThrownBy(() -> s.execute("DELETE FROM audit"))
                        .hasMessageContaining("the audit trail is never deleted");
                assertThatThrownBy(() -> s.execute("TRUNCATE audit"))
                        .hasMessageContaining("the audit trail is never deleted");
                s.execute("INSERT INTO staff (sign_in_name, full_name, role, secret_hash, created_at) VALUES "
                        + "('sam', 'Sam Lee', 'clinician', 'h', '2026-01-01T00:00:00Z')");
                assertThatThrownBy(() -> s.execute("INSERT INTO staff (sign_in_name, full_name, role, secret_hash, "
                        + "created_at) VALUES ('SAM', 'Sam Other', 'clinician', 'h', '2026-01-01T00:00:00Z')"))
                        .as("sign-in names differ by more than case, as in SQLite").hasMessageContaining("staff");
            }
        }
    }

    /** The record's tables in a new SQLite record of today's schema. */
    private static List<String> sqliteTables() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sqlite-tables");
        try (Database db = Database.open(dir.resolve("r.db"))) {
            return db.transaction(c -> tables(c));
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    private static List<String> tables(Connection c) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}

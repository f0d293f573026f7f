package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}

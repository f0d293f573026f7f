package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Fixtures;

/** The audit trail's chain, on a real SQLite file, tampered with as an outside tool would. */
class AuditChainTest {

    @TempDir
    Path dir;

    private Path withRows(int n) {
        Path file = dir.resolve("clinic.db");
        try (Database db = Database.open(file)) {
            AuditRepository audit = new AuditRepository(db, Fixtures.CLOCK);
            for (int i = 1; i <= n; i++) {
                audit.append("kim", "patient viewed", (long) i, "done");
            }
            assertThat(audit.firstBreak()).isEmpty();
            // The database itself refuses to change or remove a row.
            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE audit SET outcome = 'x' WHERE id = 1");
                }
            })).hasMessageContaining("never changed");
            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM audit WHERE id = 1");
                }
            })).hasMessageContaining("never deleted");
        }
        return file;
    }

    /** What someone with sqlite3 could do: drop the triggers, then change the table. */
    private static void tamper(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS audit_never_changes");
            s.execute("DROP TRIGGER IF EXISTS audit_never_deleted");
            s.execute(sql);
        }
    }

    private static String firstBreak(Path file) {
        try (Database db = Database.open(file)) {
            return new AuditRepository(db, Fixtures.CLOCK).firstBreak().orElse("");
        }
    }

    @Test
    void aChangedRowIsNamed() throws Exception {
        Path file = withRows(4);
        tamper(file, "UPDATE audit SET patient_id = 99 WHERE id = 3");
        assertThat(firstBreak(file)).contains("row 3 was changed");
    }

    @Test
    void aRemovedRowIsFoundAtTheRowAfterIt() throws Exception {
        Path file = withRows(4);
        tamper(file, "DELETE FROM audit WHERE id = 2");
        assertThat(firstBreak(file)).contains("row 3").contains("missing");
    }

    @Test
    void aRowSlippedInIsFound() throws Exception {
        Path file = withRows(3);
        tamper(file, "UPDATE audit SET id = id + 10 WHERE id >= 2");
        tamper(file, "INSERT INTO audit (id, at, staff, action, patient_id, outcome, prev_hash, hash) "
                + "SELECT 2, at, 'mallory', 'patient erased', 1, 'done', prev_hash, hash FROM audit WHERE id = 12");
        assertThat(firstBreak(file)).startsWith("row 2");
    }
}

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

    /** A backup of the record as it is now, with its witness, in the backups folder beside it. */
    private static Path backUp(Path file, int minute) {
        try (Database db = Database.open(file)) {
            return new Backups(db, Backups.folderFor(file), 14, java.time.Clock.offset(Fixtures.CLOCK,
                    java.time.Duration.ofMinutes(minute))).backupNow();
        }
    }

    private static org.physiokiosk.audit.AuditProof verify(Path file) {
        try (Database db = Database.open(file)) {
            return new AuditRepository(db, Fixtures.CLOCK).verify(Backups.possiblyOf(file));
        }
    }

    /** What a tool that knows the chain's recipe could do: change a row, then write every hash after it again. */
    private static void rewriteChain(Path file, String change) throws Exception {
        tamper(file, change);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT id, at, staff, action, patient_id, outcome, staff_id FROM audit "
                     + "ORDER BY id")) {
            String prev = AuditRepository.FIRST;
            java.util.List<String> updates = new java.util.ArrayList<>();
            while (rs.next()) {
                long patient = rs.getLong(5);
                Long patientId = rs.wasNull() ? null : patient;
                long staff = rs.getLong(7);
                Long staffId = rs.wasNull() ? null : staff;
                String hash = AuditRepository.hash(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        patientId, rs.getString(6), prev, staffId);
                updates.add("UPDATE audit SET prev_hash = '" + prev + "', hash = '" + hash + "' WHERE id = "
                        + rs.getLong(1));
                prev = hash;
            }
            rs.close();
            for (String u : updates) {
                s.execute(u);
            }
        }
    }

    @Test
    void aRowChangedAndTheChainWrittenAgainIsCaughtByABackupMadeBefore() throws Exception {
        Path file = withRows(5);
        backUp(file, 1);
        try (Database db = Database.open(file)) {
            new AuditRepository(db, Fixtures.CLOCK).append("kim", "patient viewed", 6L, "done");
        }
        assertThat(verify(file).intact()).isTrue();
        rewriteChain(file, "UPDATE audit SET patient_id = 99 WHERE id = 3");
        assertThat(firstBreak(file)).as("the chain alone").isEmpty();
        var proof = verify(file);
        assertThat(proof.intact()).isFalse();
        assertThat(proof.problems()).anySatisfy(p -> assertThat(p).contains("rows 1 to 5 are not the rows the backup",
                "the trail was rewritten after it was made"));
    }

    @Test
    void everyRowDeletedIsCaughtByABackupAndTheMissingGuardsAreNamed() throws Exception {
        Path file = withRows(4);
        backUp(file, 1);
        tamper(file, "DELETE FROM audit");
        assertThat(firstBreak(file)).as("the chain alone: no rows, nothing to break").isEmpty();
        var proof = verify(file);
        assertThat(proof.problems()).anySatisfy(p -> assertThat(p).contains("the trail has 0 row(s), but the backup",
                "holds 4: rows were removed after it was made"));
        assertThat(proof.problems()).anySatisfy(p -> assertThat(p).contains("guard audit_never_changes is missing"));
        assertThat(proof.problems()).anySatisfy(p -> assertThat(p).contains("guard audit_never_deleted is missing"));
    }

    @Test
    void aGuardWeakenedInPlaceIsNamedEvenWithTheChainWhole() throws Exception {
        Path file = withRows(2);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_never_changes");
            s.execute("CREATE TRIGGER audit_never_changes BEFORE UPDATE ON audit WHEN 0 BEGIN "
                    + "SELECT RAISE(ABORT, 'the audit trail is never changed'); END");
        }
        var proof = verify(file);
        assertThat(proof.firstProblem()).hasValueSatisfying(p -> assertThat(p).contains(
                "guard audit_never_changes is missing or was changed"));
    }

    @Test
    void aBackupChangedAfterItWasMadeNoLongerMatchesItsWitness() throws Exception {
        Path file = withRows(3);
        Path backup = backUp(file, 1);
        rewriteChain(backup, "UPDATE audit SET outcome = 'refused' WHERE id = 2");
        assertThat(verify(file).problems()).anySatisfy(p -> assertThat(p).contains("the backup " + backup.getFileName()
                + " no longer holds the trail its witness file recorded"));
    }

    @Test
    void whatTheBackupsCannotVouchForIsSaid() {
        Path file = withRows(3);
        backUp(file, 1);
        try (Database db = Database.open(file)) {
            new AuditRepository(db, Fixtures.CLOCK).append("kim", "patient viewed", 9L, "done");
        }
        var proof = verify(file);
        assertThat(proof.intact()).isTrue();
        assertThat(proof.proven()).anySatisfy(p -> assertThat(p).contains("rows 1 to 3 are the rows 1 backup(s) hold"));
        assertThat(proof.unproven()).anySatisfy(p -> assertThat(p).contains("rows 4 to 4 are newer than every backup"));
    }

    @Test
    void aDamagedRowIsNamedNotACrash() throws Exception {
        Path file = withRows(3);
        tamper(file, "UPDATE audit SET at = 'not a time', patient_id = 'x' WHERE id = 2");
        assertThat(firstBreak(file)).isEqualTo("row 2 is damaged: some of its fields cannot be read");
    }

    @Test
    void theTrailNamesAnAccountByItsNumberAndNeverKeepsTypedText() {
        Path file = dir.resolve("clinic.db");
        try (Database db = Database.open(file)) {
            long kim = new StaffRepository(db, Fixtures.CLOCK).add("kim", "Kim Park",
                    org.physiokiosk.staff.Role.ADMINISTRATOR, "argon2id$m=1,t=1,p=1$AA$AA").id();
            AuditRepository audit = new AuditRepository(db, Fixtures.CLOCK);
            audit.append("KIM", "sign-in", null, "done");
            audit.append("48291573\n     9  2026-11-24T09:30:00Z  kim  patient erased", "sign-in", null, "refused");
            audit.append("command line", "patients listed", null, "done");
            var rows = audit.all();
            assertThat(rows.get(0).staff()).isEqualTo("kim");
            assertThat(rows.get(0).staffId()).isEqualTo(kim);
            assertThat(rows.get(1).staff()).isEqualTo(AuditRepository.UNKNOWN_NAME);
            assertThat(rows.get(1).staffId()).isNull();
            assertThat(rows.get(2).staff()).isEqualTo("command line");
            assertThat(audit.firstBreak()).isEmpty();
        }
    }
}

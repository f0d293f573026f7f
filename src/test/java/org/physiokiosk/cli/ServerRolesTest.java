package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.ClinicServer;

/**
 * On the real clinic server, the PCs sign in as a database user of their own that cannot rewrite the audit trail:
 * the record's owner runs {@code server setup}, after which the kiosk's user does a day's work but may only add rows
 * to the trail, and cannot drop or switch off its guards. README's "Clinic server" steps, as a test.
 */
class ServerRolesTest {

    @TempDir
    Path dir;

    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String owner = "owner_" + tag;
    private final String kiosk = "kiosk_" + tag;
    private final String schema = "s_" + tag;
    private final String password = "pw-" + UUID.randomUUID();

    @BeforeEach
    void roles() throws Exception {
        try (Connection c = ClinicServer.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE ROLE " + kiosk + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + owner);
            s.execute("GRANT CONNECT ON DATABASE " + c.getCatalog() + " TO " + owner + ", " + kiosk);
        }
    }

    @AfterEach
    void drop() throws Exception {
        try (Connection c = ClinicServer.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            for (String role : List.of(kiosk, owner)) {
                s.execute("DROP OWNED BY " + role);
                s.execute("DROP ROLE " + role);
            }
        }
    }

    private String address() {
        return System.getenv("PHYSIO_KIOSK_TEST_PG") + "?currentSchema=" + schema;
    }

    private CliRun as(String user, Map<String, String> more, String... args) {
        Map<String, String> env = new HashMap<>(more);
        env.put("PGUSER", user);
        env.put("PGPASSWORD", password);
        return CliRun.withEnv(env, dir, args);
    }

    private Connection connectAs(String user) throws Exception {
        return DriverManager.getConnection("jdbc:" + address(), user, password);
    }

    @Test
    void thePcsUserWorksTheDayButMayOnlyAddToTheAuditTrail() throws Exception {
        CliRun early = as(kiosk, Map.of(), "patients", "--db", address());
        assertThat(early.code()).as("the PCs' user cannot make the record: %s", early.err()).isEqualTo(1);
        assertThat(early.err()).contains("server setup");

        CliRun same = as(owner, Map.of(), "server", "setup", "--kiosk-user", owner, "--db", address());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("must not be the one that owns the record");
        CliRun setup = as(owner, Map.of(), "server", "setup", "--kiosk-user", kiosk, "--db", address());
        assertThat(setup.code()).as(setup.err()).isZero();

        // A day's work as the PCs' user: staff, a patient, a plan with its handout, a note, an erasure.
        assertThat(as(kiosk, Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", address()).code()).isZero();
        Map<String, String> kim = Map.of("PHYSIO_KIOSK_PIN", "48291573");
        for (String name : List.of("Ann Lee", "Bo Chen")) {
            CliRun export = as(kiosk, kim, "export", "--patient", name, "--dob", "1950-01-01", "--template",
                    "low-back-starter", "--out", dir.resolve(name.replace(' ', '-') + ".pdf").toString(), "--as",
                    "kim", "--db", address());
            assertThat(export.code()).as(export.err()).isZero();
        }
        assertThat(as(kiosk, kim, "note", "add", "--patient", "1", "--text", "Walking further", "--as", "kim",
                "--db", address()).code()).isZero();
        CliRun erase = as(kiosk, kim, "patient", "erase", "--patient", "2", "--yes", "--as", "kim", "--db",
                address());
        assertThat(erase.code()).as(erase.err()).isZero();
        assertThat(erase.out()).as("only the owner rewrites the tables").contains("VACUUM FULL");

        try (Connection c = connectAs(kiosk); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE audit SET outcome = 'done'", "DELETE FROM audit", "TRUNCATE audit",
                    "DROP TRIGGER audit_never_changes ON audit", "ALTER TABLE audit DISABLE TRIGGER ALL",
                    "DROP TABLE audit", "UPDATE flyway_schema_history SET success = false")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
        CliRun verify = as(kiosk, Map.of(), "audit", "verify", "--db", address());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("the audit trail is intact").doesNotContain("owns the audit trail");
        CliRun byOwner = as(owner, Map.of(), "audit", "verify", "--db", address());
        assertThat(byOwner.out()).contains("not proven: this PC's database user " + owner + " owns the audit trail");
    }
}

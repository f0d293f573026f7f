package org.physiokiosk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.StaffRepository;
import org.physiokiosk.testing.Fixtures;

/**
 * Four kiosk processes on one SQLite file send twenty wrong secrets for one account at the same moment: SQLite's
 * write lock between processes is all that keeps their count, and still only ten are checked before it locks.
 */
class SignInAcrossProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twentyWrongSecretsFromFourProcessesAtOnceGetTenChecksAndThenTheRightOneIsRefused() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Database db = Database.open(file)) {
            new StaffAccounts(new StaffRepository(db, Fixtures.CLOCK), millis -> { },
                    new AuditRepository(db, Fixtures.CLOCK)).add(Optional.empty(), "kim", "Kim Park",
                    Role.ADMINISTRATOR, StaffAccountsTest.KIM);
        }
        Path go = dir.resolve("go");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Process> workers = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classpath, SignInWorker.class.getName(), file.toString(), go.toString(), "kim", "5")
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                workers.add(p);
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8));
                outputs.add(out);
            }
            for (BufferedReader out : outputs) {
                assertThat(out.readLine()).isEqualTo("ready");
            }
            Files.createFile(go);
            List<String> said = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                assertThat(workers.get(i).waitFor(3, TimeUnit.MINUTES)).isTrue();
                assertThat(workers.get(i).exitValue()).isZero();
                outputs.get(i).lines().forEach(said::add);
            }
            assertThat(said).hasSize(20).doesNotContain("SIGNED IN");
            assertThat(said.stream().filter("checked"::equals)).as("secrets checked against Kim's").hasSize(10);
        } finally {
            workers.forEach(Process::destroyForcibly);
        }
        try (Database db = Database.open(file)) {
            StaffRepository repo = new StaffRepository(db, Fixtures.CLOCK);
            assertThat(repo.find("kim").orElseThrow().member().locked()).isTrue();
            assertThat(repo.find("kim").orElseThrow().failedInARow()).isEqualTo(10);
            StaffAccounts staff = new StaffAccounts(repo, millis -> { }, new AuditRepository(db, Fixtures.CLOCK));
            assertThat(staff.signIn("kim", StaffAccountsTest.KIM)).as("the right secret, once locked").isEmpty();
        }
    }
}

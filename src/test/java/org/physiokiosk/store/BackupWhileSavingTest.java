package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.testing.Fixtures;

/**
 * The kiosk's backup reads through a connection of its own: it is written while the program is in the middle of
 * saving (the save is not held up, and the backup does not wait for it), and it holds what was committed before it.
 */
class BackupWhileSavingTest {

    @TempDir
    Path dir;

    @Test
    void aBackupIsWrittenWhileASaveIsUnderWayAndHoldsWhatWasCommittedBefore() throws Exception {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            PatientRepository patients = new PatientRepository(db, Fixtures.CLOCK);
            patients.add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            CountDownLatch saving = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> save = CompletableFuture.runAsync(() -> db.transaction(c -> {
                patients.add(new NewPatient("Bob Ray", LocalDate.of(1960, 2, 2), ""));
                saving.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(saving.await(10, TimeUnit.SECONDS)).isTrue();
            Path backup = dir.resolve("backup.db");
            CompletableFuture<Void> copy = CompletableFuture.runAsync(() -> db.backupTo(backup));
            copy.get(20, TimeUnit.SECONDS); // before the save ends: it did not wait for it
            assertThat(save).as("the save is still under way").isNotDone();
            release.countDown();
            save.get(20, TimeUnit.SECONDS);

            try (Database copyDb = Database.open(backup)) {
                assertThat(new PatientRepository(copyDb, Fixtures.CLOCK).search("", 10))
                        .extracting(p -> p.name()).containsExactly("Ann Lee");
            }
            assertThat(patients.search("", 10)).hasSize(2);
        }
    }
}

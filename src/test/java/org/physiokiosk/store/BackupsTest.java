package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.testing.Fixtures;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void backupIsACheckedCopyAndOnlyTheNewestAreKept() throws Exception {
        Path file = dir.resolve("data").resolve("clinic.db");
        try (Database db = Database.open(file)) {
            new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            for (int i = 0; i < 5; i++) {
                Clock later = Clock.offset(Fixtures.CLOCK, Duration.ofMinutes(i));
                new Backups(db, Backups.folderFor(file), 3, later).backupNow();
            }
            var backups = new Backups(db, Backups.folderFor(file), 3, Fixtures.CLOCK).list();
            assertThat(backups).hasSize(3);
            assertThat(backups.get(0).getParent()).isEqualTo(dir.resolve("data").resolve("backups").toAbsolutePath());
            backups.forEach(b -> assertThat(Backups.integrity(b)).isEqualTo("ok"));
            try (var files = Files.list(Backups.folderFor(file))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("each backup is one file and its witness: no -wal, -shm or .part beside it")
                        .hasSize(6).allMatch(n -> n.endsWith(".db") || n.endsWith(".db.witness.json"));
            }
            try (Database copy = Database.open(backups.get(0))) {
                assertThat(new PatientRepository(copy, Fixtures.CLOCK).search("Ann", 5)).hasSize(1);
            }
        }
    }

    @Test
    void backupToAChosenFileRefusesToOverwrite() throws Exception {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            Backups backups = new Backups(db, dir.resolve("backups"), 14, Fixtures.CLOCK);
            Path mine = backups.backupTo(dir.resolve("mine").resolve("copy.db"));
            assertThat(Backups.integrity(mine)).isEqualTo("ok");
            assertThatThrownBy(() -> backups.backupTo(mine)).hasMessageContaining("already exists");
        }
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheCurrentFileAside() throws Exception {
        Path file = dir.resolve("clinic.db");
        Path backup;
        try (Database db = Database.open(file)) {
            new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Before", LocalDate.of(1950, 1, 1), ""));
            backup = new Backups(db, Backups.folderFor(file), 14, Fixtures.CLOCK).backupNow();
            new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("After", LocalDate.of(1950, 1, 1), ""));
        }
        Path aside = Backups.restore(backup, file, Fixtures.CLOCK);
        assertThat(aside).exists();
        try (Database db = Database.open(file)) {
            assertThat(new PatientRepository(db, Fixtures.CLOCK).search("", 10)).extracting(p -> p.name())
                    .containsExactly("Before");
        }
        try (Database old = Database.open(aside)) {
            assertThat(new PatientRepository(old, Fixtures.CLOCK).search("", 10)).hasSize(2);
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideUntouchedAndTheNewestGoodBackupIsFound() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Database db = Database.open(file)) {
            new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            new Backups(db, Backups.folderFor(file), 14, Fixtures.CLOCK).backupNow();
        }
        byte[] garbage = "this is not a database, it was hit by a power cut".repeat(200).getBytes();
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("kept aside")
                .satisfies(e -> {
                    Path kept = ((DamagedDatabaseException) e).keptAs();
                    assertThat(kept).isNotEqualTo(file);
                    assertThat(Files.readAllBytes(kept)).isEqualTo(garbage);
                });
        assertThat(file).doesNotExist();
        Path good = Backups.newestGood(file).orElseThrow();
        Backups.restore(good, file, Fixtures.CLOCK);
        try (Database db = Database.open(file)) {
            assertThat(new PatientRepository(db, Fixtures.CLOCK).search("Ann", 5)).hasSize(1);
        }
    }

    @Test
    void aBackupIsDueWhenNoneIsFromTheLastDay() {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            Backups backups = new Backups(db, dir.resolve("backups"), 14, Clock.systemUTC());
            assertThat(backups.due()).isTrue();
            backups.backupNow();
            assertThat(backups.due()).isFalse();
            Backups tomorrow = new Backups(db, dir.resolve("backups"), 14,
                    Clock.offset(Clock.systemUTC(), Duration.ofHours(25)));
            assertThat(tomorrow.due()).isTrue();
        }
    }
}

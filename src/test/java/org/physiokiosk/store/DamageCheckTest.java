package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.testing.Fixtures;

/**
 * The kiosk's start reads every page for damage; a command reads every page only when the file was not closed
 * cleanly, since on a big clinic's record the whole-file check took 0.4 s of each command. Real SQLite files, with
 * one page in the middle overwritten as a failing disk would.
 */
class DamageCheckTest {

    @TempDir
    Path dir;

    @Test
    void theKiosksOpenFindsAPageDamagedInTheMiddle() throws Exception {
        Path file = damagedInTheMiddle();
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aCommandAfterACleanCloseReadsOnlyTheHeaderAndSchema() throws Exception {
        Path file = damagedInTheMiddle();
        try (Database db = Database.open(file, Database.DamageCheck.AFTER_UNCLEAN_CLOSE)) {
            assertThat(db.file()).isEqualTo(file);
        }
        assertThat(file).exists(); // not moved aside: nothing said it was damaged
    }

    @Test
    void aCommandAfterAnUncleanCloseChecksTheWholeFile() throws Exception {
        Path file = damagedInTheMiddle();
        // What a crash leaves: a log beside the database (its content does not matter to the decision).
        Files.write(file.resolveSibling(file.getFileName() + "-wal"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> Database.open(file, Database.DamageCheck.AFTER_UNCLEAN_CLOSE))
                .isInstanceOf(DamagedDatabaseException.class).hasMessageContaining("is damaged");
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedEvenWithoutTheWholeFileCheck() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Database db = Database.open(file)) {
            new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
        }
        Files.writeString(file, "garbage ".repeat(2000));
        // Nothing says this was the record (no backup of it): refused as it is, never renamed.
        assertThatThrownBy(() -> Database.open(file, Database.DamageCheck.AFTER_UNCLEAN_CLOSE))
                .isInstanceOf(StoreException.Refused.class).hasMessageContaining("is not a Physio Kiosk database");
        assertThat(Files.readString(file)).isEqualTo("garbage ".repeat(2000));
        try (Database db = Database.open(dir.resolve("other.db"))) {
            new Backups(db, Backups.folderFor(file), 14, Fixtures.CLOCK).backupNow();
        }
        // Another database's backup in the same folder says nothing of this file either.
        assertThatThrownBy(() -> Database.open(file, Database.DamageCheck.AFTER_UNCLEAN_CLOSE))
                .isInstanceOf(StoreException.Refused.class);
        // With a backup that says it is a copy of this file, it was the record: damaged, kept aside.
        Files.move(file, dir.resolve("aside"));
        try (Database db = Database.open(file)) {
            new Backups(db, Backups.folderFor(file), 14, java.time.Clock.offset(Fixtures.CLOCK,
                    java.time.Duration.ofMinutes(1))).backupNow();
        }
        Files.move(dir.resolve("aside"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> Database.open(file, Database.DamageCheck.AFTER_UNCLEAN_CLOSE))
                .isInstanceOf(DamagedDatabaseException.class);
    }

    /** A closed database of 3,000 patients whose middle page was overwritten with noise. */
    private Path damagedInTheMiddle() throws Exception {
        Path file = dir.resolve("clinic.db");
        try (Database db = Database.open(file)) {
            PatientRepository patients = new PatientRepository(db, Fixtures.CLOCK);
            db.transaction(c -> {
                for (int i = 0; i < 3000; i++) {
                    patients.add(new NewPatient("Patient Number " + i, LocalDate.of(1950, 1, 1).plusDays(i), ""));
                }
                return null;
            });
        }
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist(); // closed cleanly
        long pages = Files.size(file) / 4096;
        assertThat(pages).isGreaterThan(20);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(4096 * (pages / 2));
            byte[] noise = new byte[4096];
            new java.util.Random(7).nextBytes(noise);
            raw.write(noise);
        }
        return file;
    }
}

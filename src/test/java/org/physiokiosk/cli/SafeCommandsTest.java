package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.store.Backups;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.NoteWriter;

/**
 * The clinic's own commands, tried as a hostile but ordinary user would: none of them may write over the record,
 * restore half a backup, or leave a partial file. Where a command fails, the database is byte-for-byte as it was.
 */
class SafeCommandsTest {

    /** A small tmpfs that .ci/run mounts, to run out of disk space for real. */
    private static final String SMALL_DISK = System.getenv("PHYSIO_KIOSK_TEST_SMALL_DISK");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    private CliRun ok(String... args) {
        return CliRun.ok(dir, args);
    }

    private Path db() {
        return dir.resolve("data").resolve("clinic.db");
    }

    private void exportFor(String name, Path pdf) {
        ok("export", "--patient", name, "--dob", "1950-01-01", "--template", "low-back-starter", "--out",
                pdf.toString(), "--db", db().toString());
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The database file and its side files, by name, with their checksums. */
    private List<String> recordState() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(db().getParent())) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f)) {
                    out.add(f.getFileName() + " " + sha(f));
                }
            }
        }
        return out;
    }

    private int patients(Path database) throws Exception {
        return ok("patients", "--db", database.toString()).out().strip().split("\\R").length;
    }

    @Test
    void reprintAndExportNeverWriteOverTheDatabaseOrItsWorkingFiles() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        List<String> before = recordState();
        for (String target : List.of(db().toString(), db() + "-wal", db() + "-shm", db() + "-journal")) {
            CliRun reprint = run("reprint", "--handout", "1", "--out", target, "--replace", "--db", db().toString());
            assertThat(reprint.code()).as(target).isEqualTo(2);
            assertThat(reprint.err()).contains("is the clinic's database", "Nothing was written");
        }
        Path renamed = dir.resolve("clinic.pdf");
        Files.copy(db(), renamed);
        CliRun export = run("export", "--patient", "Ann Lee", "--template", "low-back-starter", "--out",
                renamed.toString(), "--replace", "--db", db().toString());
        assertThat(export.code()).isEqualTo(2);
        assertThat(export.err()).contains("is not a PDF", "never replaced");
        CliRun underAFile = run("export", "--patient", "Ann Lee", "--template", "low-back-starter", "--out",
                dir.resolve("ann.pdf").resolve("init.pdf").toString(), "--db", db().toString());
        assertThat(underAFile.code()).isEqualTo(2);
        assertThat(underAFile.err()).contains("ann.pdf is a file, not a folder");
        assertThat(recordState()).as("the record is byte-for-byte as it was").isEqualTo(before);
        assertThat(Files.readAllBytes(renamed)).isEqualTo(Files.readAllBytes(db()));
        assertThat(patients(db())).isEqualTo(1);
    }

    @Test
    void anotherPatientsHandoutIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path shared = dir.resolve("a.pdf");
        exportFor("Ann Lee", shared);
        String annsHandout = sha(shared);
        CliRun second = run("export", "--patient", "Bob Roe", "--dob", "1960-02-02", "--template", "low-back-starter",
                "--out", shared.toString(), "--db", db().toString());
        assertThat(second.code()).isEqualTo(2);
        assertThat(second.err()).contains("already exists", "--replace");
        assertThat(sha(shared)).isEqualTo(annsHandout);
        assertThat(run("patients", "--find", "Bob", "--db", db().toString()).out())
                .as("a refused export records nobody").isBlank();

        ok("export", "--patient", "Bob Roe", "--dob", "1960-02-02", "--template", "low-back-starter", "--out",
                shared.toString(), "--replace", "--db", db().toString());
        assertThat(sha(shared)).isNotEqualTo(annsHandout);

        Path reprint = dir.resolve("r.pdf");
        ok("reprint", "--handout", "1", "--out", reprint.toString(), "--db", db().toString());
        assertThat(run("reprint", "--handout", "1", "--out", reprint.toString(), "--db", db().toString()).code())
                .isEqualTo(2);
        ok("reprint", "--handout", "1", "--out", reprint.toString(), "--replace", "--db", db().toString());
    }

    @Test
    void patientExportKeepsEarlierFilesUnlessReplaced() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path folder = dir.resolve("out");
        ok("patient", "export", "--patient", "1", "--out", folder.toString(), "--db", db().toString());
        Path json = folder.resolve("patient-1-record.json");
        String first = sha(json);
        CliRun again = run("patient", "export", "--patient", "1", "--out", folder.toString(), "--db", db().toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(sha(json)).isEqualTo(first);
        ok("patient", "export", "--patient", "1", "--out", folder.toString(), "--replace", "--db", db().toString());
    }

    @Test
    void backupsTakeAnyLegalFileNameAndAreCheckedCopies() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        for (String name : List.of("bk\"q.db", "a?b#c%20d.db", "it's here & there.db", "ünï cødé.db")) {
            Path target = dir.resolve("mine").resolve(name);
            assertThat(ok("backup", "--to", target.toString(), "--db", db().toString()).out().strip())
                    .isEqualTo(target.toString());
            assertThat(Files.size(target)).as(name).isGreaterThan(0);
            assertThat(Backups.problem(target)).as(name).isNull();
            assertThat(patients(target)).as("the backup %s holds the patient", name).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir.resolve("mine"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no partial file").noneMatch(n -> n.endsWith(".part"));
        }
        CliRun existing = run("backup", "--to", dir.resolve("mine").resolve("bk\"q.db").toString(), "--db", db().toString());
        assertThat(existing.code()).isEqualTo(2);
        assertThat(existing.err()).contains("already exists");
        CliRun onTheRecord = run("backup", "--to", db().toString(), "--db", db().toString());
        assertThat(onTheRecord.code()).isEqualTo(2);
    }

    @Test
    void restoreRefusesWhatIsNotAGoodBackupAndChangesNothing() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path good = dir.resolve("good.db");
        ok("backup", "--to", good.toString(), "--db", db().toString());

        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO photos (name) VALUES ('holiday')");
        }
        Path newer = dir.resolve("newer.db");
        Files.copy(good, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Database.latestVersion() + 5));
        }
        Path damaged = dir.resolve("damaged.db");
        byte[] bytes = Files.readAllBytes(good);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(damaged, bytes);

        List<String> before = recordState();
        Map<Path, String> expected = Map.of(empty, "the file is empty", other, "not a Physio Kiosk one",
                newer, "newer version of Physio Kiosk", damaged, "damaged", db(), "is the database itself",
                dir.resolve("missing.db"), "no such file");
        for (var e : expected.entrySet()) {
            CliRun r = run("restore", "--from", e.getKey().toString(), "--db", db().toString());
            assertThat(r.code()).as(e.getKey().toString()).isEqualTo(2);
            assertThat(r.err()).as(e.getKey().toString()).contains(e.getValue())
                    .contains("Nothing was changed: the current database is as it was");
            assertThat(recordState()).as("after restoring %s", e.getKey()).isEqualTo(before);
        }
        assertThat(patients(db())).isEqualTo(1);
    }

    @Test
    void restoreSwapsInTheBackupAndKeepsTheCurrentFileAside() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path backup = dir.resolve("one.db");
        ok("backup", "--to", backup.toString(), "--db", db().toString());
        exportFor("Bob Roe", dir.resolve("bob.pdf"));
        String out = ok("restore", "--from", backup.toString(), "--db", db().toString()).out();
        assertThat(out).contains("the previous file is kept as");
        Path aside = Path.of(out.substring(out.indexOf("kept as ") + 8).strip());
        assertThat(patients(db())).isEqualTo(1);
        assertThat(Backups.problem(aside)).isNull();
        assertThat(patients(aside)).as("the file kept aside is the whole record as it was").isEqualTo(2);
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessIsSavingNotes() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path backup = dir.resolve("one.db");
        ok("backup", "--to", backup.toString(), "--db", db().toString());
        Process writer = NoteWriter.process(db(), 1, 1_000_000, "w").start();
        List<String> acked = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (int i = 0; i < 20; i++) {
                acked.add(lines.readLine().substring(4));
            }
            CliRun r = run("restore", "--from", backup.toString(), "--db", db().toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("Another program has the database", "open", "close it",
                    "Nothing was changed");
            for (int i = 0; i < 20; i++) {
                acked.add(lines.readLine().substring(4));
            }
        } finally {
            writer.destroy();
            writer.waitFor(20, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.list(db().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
        try (Database database = Database.open(db())) {
            List<String> saved = new NoteRepository(database, Fixtures.CLOCK).forPatient(1).stream()
                    .map(n -> n.text()).toList();
            assertThat(saved).as("every note the other process was told was saved is in the database")
                    .containsAll(acked);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedWithoutBeingChanged() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Database.latestVersion() + 1));
            s.execute("PRAGMA journal_mode = DELETE");
        }
        List<String> before = recordState();
        CliRun r = run("patients", "--db", db().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("newer version of Physio Kiosk", "was not changed", "Update Physio Kiosk");
        assertThat(recordState()).isEqualTo(before);
    }

    @Test
    void aNoteOnAFullDiskSaysTheDiskIsFullExitsOneAndKeepsEveryNoteAlreadySaved() throws Exception {
        assumeTrue(SMALL_DISK != null, "needs PHYSIO_KIOSK_TEST_SMALL_DISK (a small tmpfs; .ci/run mounts one)");
        Path disk = Path.of(SMALL_DISK);
        // A folder of its own on the small disk, removed afterwards: the disk is shared with the other cases.
        Path clinic = Files.createTempDirectory(disk, "notes-clinic-");
        Path small = clinic.resolve("clinic.db");
        Path filler = Files.createTempFile(disk, "filler-", ".bin");
        try {
            ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                    dir.resolve("a.pdf").toString(), "--db", small.toString());
            long room = Files.getFileStore(disk).getUsableSpace();
            Files.write(filler, new byte[(int) Math.max(0, room - 300_000)]);
            String text = "Seen today. ".repeat(1_500);
            int saved = 0;
            CliRun full = null;
            for (int i = 0; i < 60 && full == null; i++) {
                CliRun r = run("note", "add", "--patient", "1", "--text", text + i, "--author", "Sam Lee", "--db",
                        small.toString());
                if (r.code() == 0) {
                    saved++;
                } else {
                    full = r;
                }
            }
            assertThat(full).as("the disk filled up").isNotNull();
            assertThat(full.code()).as("a disk fault exits 1").isEqualTo(1);
            assertThat(full.err()).contains("the disk is full").doesNotContain("SQLITE_");
            Files.delete(filler);
            CliRun notes = run("notes", "--patient", "1", "--db", small.toString());
            assertThat(notes.out().split("\\R")).filteredOn(line -> line.startsWith("note "))
                    .as("every note that was acknowledged is kept").hasSize(saved);
        } finally {
            Files.deleteIfExists(filler);
            try (Stream<Path> files = Files.walk(clinic)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    void aFullDiskLeavesNoPartialBackupAndRestoreKeepsTheCurrentDatabase() throws Exception {
        assumeTrue(SMALL_DISK != null, "needs PHYSIO_KIOSK_TEST_SMALL_DISK (a small tmpfs; .ci/run mounts one)");
        Path disk = Path.of(SMALL_DISK);
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        // Fill the small disk so that a backup of this database cannot fit.
        Path filler = Files.createTempFile(disk, "filler-", ".bin");
        try {
            long room = Files.getFileStore(disk).getUsableSpace();
            Files.write(filler, new byte[(int) Math.max(0, room - Files.size(db()) / 2)]);
            Path target = disk.resolve("backup.db");
            CliRun backup = run("backup", "--to", target.toString(), "--db", db().toString());
            assertThat(backup.code()).as("a disk fault exits 1").isEqualTo(1);
            assertThat(backup.err()).contains("disk is full", "No backup file was left behind");
            try (Stream<Path> files = Files.list(disk)) {
                assertThat(files).as("no partial backup").containsExactly(filler);
            }
        } finally {
            Files.delete(filler);
        }

        // The database on the small disk, a backup too big to copy beside it.
        Path clinic = disk.resolve("clinic");
        Files.createDirectories(clinic);
        Path small = clinic.resolve("clinic.db");
        try {
            ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                    clinic.resolve("a.pdf").toString(), "--db", small.toString());
            Path big = dir.resolve("big.db");
            ok("backup", "--to", big.toString(), "--db", small.toString());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + big); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE padding (x BLOB)");
                long room = Files.getFileStore(disk).getUsableSpace();
                s.execute("INSERT INTO padding VALUES (zeroblob(" + (room + 100_000) + "))");
                s.execute("PRAGMA journal_mode = DELETE");
            }
            String before = sha(small);
            CliRun restore = run("restore", "--from", big.toString(), "--db", small.toString());
            assertThat(restore.code()).isEqualTo(1);
            assertThat(restore.err()).contains("disk is full", "Nothing was changed: the current database is as it was");
            assertThat(sha(small)).isEqualTo(before);
            try (Stream<Path> files = Files.list(clinic)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring")
                        || n.contains("before-restore"));
            }
            assertThat(patients(small)).isEqualTo(1);
        } finally {
            try (Stream<Path> files = Files.walk(clinic)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void linksDoNotLetOutputLandOnTheDatabasesJournalName() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path here = Files.createSymbolicLink(dir.resolve("here"), db().getParent());
        CliRun backup = run("backup", "--to", here.resolve("clinic.db-journal").toString(), "--db", db().toString());
        assertThat(backup.code()).isEqualTo(2);
        assertThat(backup.err()).contains("is the clinic's database");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db());
        CliRun reprint = run("reprint", "--handout", "1", "--out", db() + "-journal", "--db", link.toString());
        assertThat(reprint.code()).isEqualTo(2);
        assertThat(db().resolveSibling("clinic.db-journal")).doesNotExist();
        assertThat(patients(db())).isEqualTo(1);
    }

    @Test
    void restoreThroughALinkRestoresTheRealDatabaseAndKeepsItAside() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path backup = dir.resolve("one.db");
        ok("backup", "--to", backup.toString(), "--db", db().toString());
        exportFor("Bob Roe", dir.resolve("bob.pdf"));
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db());
        String out = ok("restore", "--from", backup.toString(), "--db", link.toString()).out();
        assertThat(Files.isSymbolicLink(link)).as("the link still points at the record").isTrue();
        assertThat(patients(db())).as("the real database was restored").isEqualTo(1);
        Path aside = Path.of(out.substring(out.indexOf("kept as ") + 8).strip());
        assertThat(Files.isSymbolicLink(aside)).isFalse();
        assertThat(patients(aside)).as("the file kept aside is the record as it was").isEqualTo(2);
    }

    @Test
    void aBackupWithItsOwnLogIsRestoredWholeAndNothingIsLeftBesideEither() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path copy = usb.resolve("copy.db");
        // A copy taken while a kiosk was writing: the last patient is only in the copy's log.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("INSERT INTO patient (name, date_of_birth, chart_number, created_at) "
                    + "VALUES ('Wally Walton', '1940-01-01', '', '2026-11-24T09:00:00Z')");
            Files.copy(db(), copy);
            Files.copy(db().resolveSibling("clinic.db-wal"), usb.resolve("copy.db-wal"));
        }
        ok("restore", "--from", copy.toString(), "--db", db().toString());
        assertThat(run("patients", "--find", "Wally", "--db", db().toString()).out()).contains("Wally Walton");
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("copy.db", "copy.db-wal");
        }
        try (Stream<Path> files = Files.list(db().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    @Test
    void aNewerVersionsLastCommitInTheLogIsRefusedWithoutChangingAByte() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        Path newer = dir.resolve("newer");
        Files.createDirectories(newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("PRAGMA user_version = " + (Database.latestVersion() + 3));
            Files.copy(db(), newer.resolve("clinic.db"));
            Files.copy(db().resolveSibling("clinic.db-wal"), newer.resolve("clinic.db-wal"));
        }
        Path file = newer.resolve("clinic.db");
        String before = sha(file) + sha(newer.resolve("clinic.db-wal"));
        CliRun r = run("patients", "--db", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("newer version of Physio Kiosk", "It was not changed");
        assertThat(sha(file) + sha(newer.resolve("clinic.db-wal"))).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsNeverTurnedIntoARecord() throws Exception {
        Path other = dir.resolve("accounts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, secret TEXT)");
            s.execute("PRAGMA application_id = 42");
        }
        String before = sha(other);
        CliRun r = run("patients", "--db", other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("another program's database", "It was not changed");
        assertThat(sha(other)).isEqualTo(before);
    }

    @Test
    void aMissingDatabaseBesideItsBackupsIsNotReplacedByAnEmptyOne() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        ok("backup", "--db", db().toString());
        Files.delete(db());
        CliRun r = run("patients", "--db", db().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("There is no database at", "backups of it are in", "Nothing was created");
        assertThat(db()).doesNotExist();
        ok("restore", "--db", db().toString());
        assertThat(patients(db())).isEqualTo(1);
    }

    @Test
    void anotherDatabasesBackupsInTheSameFolderNeverStopANewOneNorAreRotatedAway() throws Exception {
        exportFor("Ann Lee", dir.resolve("ann.pdf"));
        ok("backup", "--db", db().toString());
        Path training = db().resolveSibling("training.db");
        CliRun r = run("patients", "--db", training.toString());
        assertThat(r.code()).as("a new database beside another's backups: %s", r.err()).isZero();
        assertThat(training).exists();
        // The training database's own backups, more than are kept, leave the clinic's alone.
        for (int i = 1; i <= Backups.DEFAULT_KEEP + 2; i++) {
            java.time.Clock later = java.time.Clock.offset(Fixtures.CLOCK, java.time.Duration.ofHours(i));
            int code = Cli.run(new String[] {"backup", "--db", training.toString()},
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(System.err),
                    new Cli.Context(Map.of(), later, dir, (paths, fullScreen) -> { }));
            assertThat(code).isZero();
        }
        assertThat(Backups.certainlyOf(db())).hasSize(1);
        assertThat(Backups.certainlyOf(training)).hasSize(Backups.DEFAULT_KEEP);
        // A backup from before backups said whose they are may be of any database beside it: it still stops one.
        Path old = Backups.certainlyOf(db()).get(0);
        Files.delete(org.physiokiosk.store.BackupWitness.fileFor(old));
        CliRun third = run("patients", "--db", db().resolveSibling("third.db").toString());
        assertThat(third.code()).isEqualTo(1);
        assertThat(third.err()).contains("backups that may be of it are in");
    }

    @Test
    void aFullDiskIsSaidInOneLineWhenADatabaseIsMadeOrOpenedOrAHandoutWrittenAndNothingHalfMadeIsLeft()
            throws Exception {
        assumeTrue(SMALL_DISK != null, "needs PHYSIO_KIOSK_TEST_SMALL_DISK (a small tmpfs; .ci/run mounts one)");
        Path disk = Path.of(SMALL_DISK);
        Path clinic = Files.createTempDirectory(disk, "full-clinic-");
        Path existing = clinic.resolve("clinic.db");
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                dir.resolve("a.pdf").toString(), "--db", existing.toString());
        Path filler = Files.createTempFile(disk, "filler-", ".bin");
        try {
            for (long room : new long[] {8_000, 40_000, 100_000}) {
                long free = Files.getFileStore(disk).getUsableSpace();
                Files.write(filler, new byte[(int) Math.max(0, free + Files.size(filler) - room)]);
                Path fresh = clinic.resolve("new-" + room).resolve("clinic.db");
                CliRun made = run("patients", "--db", fresh.toString());
                assertThat(made.code()).as("room %d: %s", room, made.err()).isEqualTo(1);
                assertThat(made.err().lines().toList()).as("one line").singleElement().asString()
                        .contains("the disk is full", "Nothing was made").doesNotContain("SQL State", "Flyway",
                                "Check that it is a Physio Kiosk database");
                try (Stream<Path> left = Files.list(fresh.getParent())) {
                    assertThat(left).as("no half-made database").isEmpty();
                }
                CliRun handout = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template",
                        "low-back-starter", "--out",
                        clinic.resolve("b.pdf").toString(), "--db", dir.resolve("elsewhere.db").toString());
                assertThat(handout.code()).as("a handout of more than %d bytes", room).isEqualTo(1);
                assertThat(handout.err().lines().toList()).singleElement().asString()
                        .contains("the disk is full", "Nothing was recorded").doesNotContain("java.io", "Exception");
                assertThat(clinic.resolve("b.pdf")).doesNotExist();
            }
            Files.write(filler, new byte[(int) (Files.getFileStore(disk).getUsableSpace() + Files.size(filler)
                    - 4_000)]);
            Files.deleteIfExists(existing.resolveSibling("clinic.db-shm"));
            CliRun opened = run("patients", "--db", existing.toString());
            assertThat(opened.code()).as(opened.out()).isEqualTo(1);
            assertThat(opened.err().lines().toList()).singleElement().asString()
                    .contains("the disk is full", "Nothing was changed");
        } finally {
            Files.deleteIfExists(filler);
            try (Stream<Path> files = Files.walk(clinic)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}

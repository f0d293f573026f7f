package org.physiokiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Online backups with SQLite's backup API into {@code data/backups/} (beside the database), each checked
 * with {@code integrity_check}, the newest {@link #DEFAULT_KEEP} kept. Restore puts a backup in place
 * and keeps the current file aside.
 */
public final class Backups {

    public static final int DEFAULT_KEEP = 14;
    private static final String PREFIX = "physio-kiosk-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Database db;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    public Backups(Database db, Path folder, int keep, Clock clock) {
        this.db = db;
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    /** The backups folder for a database file: {@code backups/} beside it. */
    public static Path folderFor(Path database) {
        Path parent = database.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    /**
     * Whether this record has a backups folder of its own: a file's does; a clinic server is backed up where it runs
     * (its {@code folder} is null), though {@link #backupTo} still writes a SQLite snapshot of it.
     */
    public boolean routine() {
        return folder != null;
    }

    /** Backs up into the backups folder, checks the copy and removes the oldest beyond the number kept. */
    public Path backupNow() {
        if (folder == null) {
            throw new StoreException.Refused("The record is on the clinic server: name a file with backup --to FILE "
                    + "for a SQLite snapshot of it; the server itself is backed up where it runs, with pg_dump "
                    + "(README, \"Clinic server\"). Nothing was written.");
        }
        Path file = folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".db");
        try {
            SqliteFiles.createPrivateFolder(folder);
            SqliteFiles.makePrivate(folder);
        } catch (IOException e) {
            throw new StoreException("Could not make the backups folder " + folder + ": " + Problems.explain(e)
                    + ". Check the folder can be written.", e);
        }
        write(file);
        rotate();
        return file;
    }

    /**
     * Backs up to a file the clinic chose (its own backup routine). Any legal file name works; the copy is made
     * beside it under a temporary name, checked as a restore would check it, then put in place without replacing
     * anything. A failed backup leaves no file behind.
     */
    public Path backupTo(Path file) {
        new OutputGuard(db.file(), folder).check(file, OutputGuard.Kind.DATABASE, false);
        return write(file);
    }

    private Path write(Path file) {
        Path temp = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            SqliteFiles.createPrivateFolder(parent);
            temp = Files.createTempFile(parent, ".backup-", ".part");
            db.backupTo(temp);
            String problem = standalone(temp);
            if (problem != null) {
                throw new StoreException("The backup to " + file + " failed its check (" + problem
                        + "). No backup file was left behind; try again.");
            }
            BackupWitness witness = BackupWitness.taken(temp, recordName(), clock.instant());
            OutputGuard.place(temp, file, false);
            temp = null;
            try {
                witness.writeBeside(file);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new StoreException("Could not write the backup " + file + ": " + Problems.explain(e)
                    + ". No backup file was left behind; free some space or choose another folder.", e);
        } catch (StoreException.Refused e) {
            throw e;
        } catch (StoreException e) {
            if (e.getMessage().startsWith("The backup to")) {
                throw e;
            }
            throw new StoreException("Could not write the backup " + file + ": " + e.getMessage()
                    + ". No backup file was left behind; free some space or choose another folder.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a hidden .part file that cannot be removed; the next backup uses another name
                }
            }
        }
    }

    /** This record's backups in its folder, newest first (with any made before backups said whose they are). */
    public List<Path> list() {
        return db.file() == null ? list(folder) : possiblyOf(db.file());
    }

    /** What a backup's witness calls the record it copies: its file's name, or the clinic server. */
    private String recordName() {
        return db.file() == null ? "clinic server" : db.file().getFileName().toString();
    }

    /** The backups beside {@code database} that say they are copies of it, newest first. */
    public static List<Path> certainlyOf(Path database) {
        String name = database.getFileName().toString();
        return list(folderFor(database)).stream()
                .filter(b -> BackupWitness.read(b).map(w -> w.database().equals(name)).orElse(false)).toList();
    }

    /**
     * The backups beside {@code database} that may be copies of it, newest first: those that say so, and those made
     * before backups said whose they are. Another database's backups in the same folder are left out.
     */
    public static List<Path> possiblyOf(Path database) {
        String name = database.getFileName().toString();
        return list(folderFor(database)).stream()
                .filter(b -> BackupWitness.read(b).map(w -> w.database().equals(name)).orElse(true)).toList();
    }

    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest backup of {@code database} (see {@link #possiblyOf}) that passes integrity_check. */
    public static Optional<Path> newestGood(Path database) {
        return possiblyOf(database).stream().filter(p -> problem(p) == null).findFirst();
    }

    /** True when there is no backup from the last 24 hours. */
    public boolean due() {
        if (folder == null) {
            return false;
        }
        List<Path> all = list();
        if (all.isEmpty()) {
            return true;
        }
        try {
            Instant last = Files.getLastModifiedTime(all.get(0)).toInstant();
            return Duration.between(last, clock.instant()).compareTo(Duration.ofHours(24)) >= 0;
        } catch (IOException e) {
            return true;
        }
    }

    private void rotate() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                Files.deleteIfExists(BackupWitness.fileFor(old));
            } catch (IOException e) {
                // an old backup that cannot be removed stays; the next rotation tries again
            }
        }
    }

    /**
     * Makes a fresh backup a single self-contained file (rollback journal instead of WAL, so no -wal or
     * -shm files appear beside it when it is read) and checks it; null when it is good.
     */
    private static String standalone(Path file) {
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(file, null));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            return e.getMessage();
        }
        return problem(file);
    }

    /** "ok", or what SQLite's integrity_check (or opening the file) reports. Reads the file; never changes it. */
    public static String integrity(Path file) {
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(file, READ_ONLY));
             Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return String.join("; ", lines);
        } catch (SQLException e) {
            return Database.explain(e);
        }
    }

    /**
     * Opens a file to read it without writing anything beside it: immutable, so SQLite creates no -shm or -wal next to
     * a backup on someone's USB stick (and works on read-only media).
     */
    private static final String READ_ONLY = "mode=ro&immutable=1";

    /** Tables every Physio Kiosk database has had since its first version. */
    private static final List<String> TABLES = List.of("patient", "plan", "plan_item", "visit_note", "handout",
            "exercise");

    /** Whether an SQLite file holds the tables every Physio Kiosk record has had; read as it stands, never changed. */
    static boolean hasKioskTables(Path file) {
        try (Connection c = DriverManager.getConnection(SqliteFiles.readUrl(file));
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return tables.containsAll(TABLES);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * What the file's header alone says is wrong with it as a backup (missing, empty, not a database, newer, another
     * program's), or null. Reads 100 bytes; SQLite never opens the file.
     */
    public static String headerProblem(Path file) {
        if (!Files.isRegularFile(file)) {
            return Files.isDirectory(file) ? "it is a folder, not a backup file" : "there is no such file";
        }
        SqliteFiles.Header header;
        try {
            var read = SqliteFiles.header(file);
            if (read.isEmpty()) {
                return "the file is empty";
            }
            header = read.get();
        } catch (StoreException.Refused e) {
            return "it is not a database file";
        } catch (IOException e) {
            return "it cannot be read (" + Problems.explain(e) + ")";
        }
        if (header.schemaVersion() > Database.latestVersion()) {
            return "it was made by a newer version of Physio Kiosk (schema " + header.schemaVersion()
                    + "; this version knows up to " + Database.latestVersion() + "): update Physio Kiosk first";
        }
        if (header.schemaVersion() < 1 || (header.applicationId() != 0
                && header.applicationId() != Database.APPLICATION_ID)) {
            return "it is a database, but not a Physio Kiosk one";
        }
        return null;
    }

    /**
     * Why {@code file} cannot be restored, in plain words, or null when it is a good Physio Kiosk backup: an SQLite
     * file of a schema this version knows, holding the kiosk's tables, passing integrity_check and
     * foreign_key_check. Reads the file; never changes it.
     */
    public static String problem(Path file) {
        String early = headerProblem(file);
        if (early != null) {
            return early;
        }
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(file, READ_ONLY));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.containsAll(TABLES)) {
                return "it is a database, but not a Physio Kiosk one";
            }
            String integrity = integrity(file);
            if (!"ok".equals(integrity)) {
                return "it is damaged (" + integrity + ")";
            }
            try (var rs = s.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) {
                    return "some of its rows point at rows that are missing (table " + rs.getString(1) + ")";
                }
            }
            return null;
        } catch (SQLException e) {
            return "it cannot be opened (" + Database.explain(e) + ")";
        }
    }

    /**
     * Puts {@code backup} in place of {@code database}, all or nothing. The backup is checked fully, copied beside
     * the database and checked again; then, holding the database exclusively (refused while any other program has
     * it open), the current file is kept as {@code <name>.before-restore-<time>} and the copy is swapped in with one
     * atomic rename. If anything fails, the current database stays where and as it was. Returns where the previous
     * file is kept, or null when there was none.
     */
    public static Path restore(Path backup, Path databaseAsNamed, Clock clock) {
        String unchanged = " Nothing was changed: the current database is as it was.";
        // The real file, not a link to it: other kiosks open the real one.
        Path database = OutputGuard.real(databaseAsNamed);
        Path realBackup = OutputGuard.real(backup);
        if (realBackup.equals(database) || SqliteFiles.sameFile(backup, database) || SqliteFiles.SIDE_FILES.stream()
                .anyMatch(s -> realBackup.equals(database.resolveSibling(database.getFileName() + s)))) {
            throw new StoreException.Refused(backup + " is the database itself, not a backup: name a backup file."
                    + unchanged);
        }
        String early = headerProblem(backup);
        if (early != null) {
            throw new StoreException.Refused("The backup " + backup + " cannot be restored: " + early + "." + unchanged);
        }
        String stamp = STAMP.format(clock.instant());
        Path temp = database.resolveSibling(database.getFileName() + ".restoring-" + stamp);
        Path aside = null;
        try (Exclusive lock = Exclusive.take(database, unchanged)) {
            SqliteFiles.createPrivateFolder(database.toAbsolutePath().getParent());
            // Copy first, the backup's own log too, and check only the copy: the backup is never opened, so nothing
            // appears beside it and a backup on read-only media restores.
            copy(backup, temp);
            Path backupWal = backup.resolveSibling(backup.getFileName() + "-wal");
            if (Files.isRegularFile(backupWal) && Files.size(backupWal) > 0) {
                copy(backupWal, temp.resolveSibling(temp.getFileName() + "-wal"));
            }
            String problem = settle(temp);
            if (problem == null) {
                problem = problem(temp);
            }
            if (problem != null) {
                throw new StoreException.Refused("The backup " + backup + " cannot be restored: " + problem + "."
                        + unchanged);
            }
            if (Files.exists(database)) {
                aside = database.resolveSibling(database.getFileName() + ".before-restore-" + stamp);
                boolean whole = lock.selfContained();
                keepAside(database, aside);
                if (!whole) {
                    // A damaged file's log cannot be folded into it: it goes aside with it, never beside the backup.
                    for (String suffix : SqliteFiles.SIDE_FILES) {
                        Path side = database.resolveSibling(database.getFileName() + suffix);
                        if (Files.exists(side)) {
                            Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                        }
                    }
                }
            }
            Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            lock.swapped();
            return aside;
        } catch (IOException e) {
            undo(aside);
            throw new StoreException("Could not restore " + backup + ": " + Problems.explain(e)
                    + (Problems.explain(e).contains("full") ? "; free some space and try again." : ".") + unchanged, e);
        } catch (RuntimeException | Error e) {
            undo(aside);
            throw e;
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
                } catch (IOException ignored) {
                    // a leftover .restoring file is never opened; the next restore uses another name
                }
            }
        }
    }

    /**
     * Removes what a restore cut short (a kill, a power cut) left beside the database: its {@code .restoring-} copy
     * of the backup and that copy's side files. Called once the database is open: a restore holds it exclusively
     * while it copies, so none is under way; a copy written to in the last minute is left (a restore into a missing
     * database holds no lock).
     */
    static void removeRestoreLeftovers(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        String prefix = database.getFileName() + ".restoring-";
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Instant recent = Instant.now().minus(Duration.ofMinutes(1));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                try {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(p).toInstant().isBefore(recent)) {
                        Files.delete(p);
                    }
                } catch (IOException e) {
                    // left for the next start
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: nothing to do now
        }
    }

    /**
     * Folds a copied backup's log into it and makes it one self-contained file (rollback journal), so the file
     * swapped in is exactly what was checked. Null when that worked, else what SQLite said, in plain words.
     */
    private static String settle(Path copy) {
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(copy, null));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            return null;
        } catch (SQLException e) {
            return "it is damaged (" + Database.explain(e) + ")";
        }
    }

    private static void undo(Path aside) {
        if (aside != null) {
            try {
                Files.deleteIfExists(aside); // only the second name of the untouched current file
            } catch (IOException ignored) {
                // the current file stays in place either way
            }
        }
    }

    /** Copies the backup into a new private file and forces it to disk. */
    private static void copy(Path from, Path to) throws IOException {
        SqliteFiles.createPrivateFile(to);
        try (var in = Files.newInputStream(from);
             var out = java.nio.channels.FileChannel.open(to, java.nio.file.StandardOpenOption.WRITE)) {
            in.transferTo(java.nio.channels.Channels.newOutputStream(out));
            out.force(true);
        }
    }

    /** A second name for the current file (a hard link), or a copy where links are not supported. */
    private static void keepAside(Path database, Path aside) throws IOException {
        try {
            Files.createLink(aside, database);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                throw (IOException) e;
            }
            copy(database, aside);
        }
    }

    /**
     * Holds the database exclusively for a restore: SQLite's own locks, so any other connection, in this process
     * or another, makes the restore refuse instead of leaving that program writing into the file kept aside.
     */
    private static final class Exclusive implements AutoCloseable {
        private final Connection connection;
        private boolean converted;
        private boolean swapped;

        private Exclusive(Connection connection) {
            this.connection = connection;
        }

        static Exclusive take(Path database, String unchanged) {
            if (!Files.exists(database)) {
                return new Exclusive(null);
            }
            Connection c = null;
            try {
                c = DriverManager.getConnection(SqliteFiles.url(database, null));
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 2000");
                    s.execute("PRAGMA locking_mode = EXCLUSIVE");
                    s.execute("BEGIN EXCLUSIVE");
                    s.execute("COMMIT");
                }
                return new Exclusive(c);
            } catch (SQLException e) {
                closeQuietly(c);
                String message = String.valueOf(e.getMessage());
                if (message.contains("SQLITE_BUSY") || message.contains("locked")) {
                    throw new StoreException.Refused("Another program has the database " + database + " open (a Physio"
                            + " Kiosk window or command, on this PC or another): close it, then restore again."
                            + unchanged);
                }
                return new Exclusive(null); // a damaged current file: it is kept aside, as it is
            }
        }

        /**
         * Folds the write-ahead log into the file, so the file kept aside is the whole record. False when the file is
         * damaged and cannot be: then it and its side files are kept aside as they are.
         */
        boolean selfContained() throws IOException {
            if (connection == null) {
                return false;
            }
            try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
                converted = rs.next() && "delete".equalsIgnoreCase(rs.getString(1));
                if (!converted) {
                    throw new IOException("the database's journal could not be folded into it");
                }
                return true;
            } catch (SQLException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")) {
                    return false;
                }
                throw new IOException("the database could not be prepared (" + e.getMessage() + ")", e);
            }
        }

        void swapped() {
            swapped = true;
        }

        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            if (converted && !swapped) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL"); // as it was
                } catch (SQLException ignored) {
                    // the next open sets WAL again
                }
            }
            closeQuietly(connection);
        }

        private static void closeQuietly(Connection c) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing more to release
                }
            }
        }
    }
}

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

    /** Backs up into the backups folder, checks the copy and removes the oldest beyond the number kept. */
    public Path backupNow() {
        Path file = folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".db");
        backupTo(file);
        rotate();
        return file;
    }

    /** Backs up to a file the clinic chose (its own backup routine); the copy is checked. */
    public Path backupTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                throw new StoreException("The backup file " + file + " already exists: choose a new name.");
            }
            Path temp = file.resolveSibling(file.getFileName() + ".part");
            Files.deleteIfExists(temp);
            db.backupTo(temp);
            String check = standalone(temp);
            if (!"ok".equals(check)) {
                Files.deleteIfExists(temp);
                throw new StoreException("The backup to " + file + " failed its check (" + check + "); try again.");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new StoreException("Could not write the backup " + file + " (" + e.getMessage()
                    + "). Check the folder can be written and has free space.", e);
        }
    }

    /** Backups in the folder, newest first. */
    public List<Path> list() {
        return list(folder);
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

    /** The newest backup in {@code folder} that passes integrity_check. */
    public static Optional<Path> newestGood(Path folder) {
        return list(folder).stream().filter(p -> "ok".equals(integrity(p))).findFirst();
    }

    /** True when there is no backup from the last 24 hours. */
    public boolean due() {
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
            } catch (IOException e) {
                // an old backup that cannot be removed stays; the next rotation tries again
            }
        }
    }

    /**
     * Makes a fresh backup a single self-contained file (rollback journal instead of WAL, so no -wal or
     * -shm files appear beside it when it is read) and checks it.
     */
    private static String standalone(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            return e.getMessage();
        }
        return integrity(file);
    }

    /** "ok", or what SQLite's integrity_check (or opening the file) reports. */
    public static String integrity(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return String.join("; ", lines);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /**
     * Puts {@code backup} in place of {@code database} (which must not be open), keeping the current
     * file and its WAL aside as {@code <name>.before-restore-<time>}. Returns where the current file went,
     * or null when there was none.
     */
    public static Path restore(Path backup, Path database, Clock clock) {
        String check = integrity(backup);
        if (!"ok".equals(check)) {
            throw new StoreException("The backup " + backup + " is not usable (" + check + "); choose another.");
        }
        try {
            Path aside = null;
            if (Files.exists(database)) {
                aside = database.resolveSibling(database.getFileName() + ".before-restore-"
                        + STAMP.format(clock.instant()));
                Files.move(database, aside);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path extra = database.resolveSibling(database.getFileName() + suffix);
                    if (Files.exists(extra)) {
                        Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
            }
            Files.createDirectories(database.toAbsolutePath().getParent());
            Path temp = database.resolveSibling(database.getFileName() + ".restoring");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + " to " + database + " (" + e.getMessage() + ").", e);
        }
    }
}

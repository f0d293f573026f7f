package org.physiokiosk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Keeps every file the kiosk writes (handouts, reprints, record exports, backups) off what matters: never the
 * database or its side files, never inside the backups folder, never over an existing file unless the user said
 * so (--replace, or yes in the kiosk), and even then only over a file of the same kind.
 */
public final class OutputGuard {

    /** What is being written, known by how such a file starts. */
    public enum Kind {
        PDF("a PDF", "%PDF-"),
        JSON("a JSON file", "{"),
        DATABASE("a database", "SQLite format 3");

        private final String described;
        private final byte[] start;

        Kind(String described, String start) {
            this.described = described;
            this.start = start.getBytes(StandardCharsets.US_ASCII);
        }

        /** True when {@code file} starts as a file of this kind does. */
        boolean matches(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(64);
                int i = 0;
                while (this == JSON && i < head.length && (Character.isWhitespace(head[i]) || head[i] < 0)) {
                    i++; // whitespace or a byte-order mark before the brace
                }
                return head.length - i >= start.length
                        && Arrays.equals(Arrays.copyOfRange(head, i, i + start.length), start);
            } catch (IOException e) {
                return false;
            }
        }
    }

    private final Path database;
    private final Path backups;

    /**
     * The guard for this database: never over it, its working files, or its backups folder. A null database is a
     * record on the clinic server, which has no file here: then only the other rules hold.
     */
    public static OutputGuard forRecord(Path database) {
        return database == null ? new OutputGuard(null, null) : new OutputGuard(database, Backups.folderFor(database));
    }

    public OutputGuard(Path database, Path backupsFolder) {
        this.database = database == null ? null : database.toAbsolutePath().normalize();
        this.backups = backupsFolder == null ? null : backupsFolder.toAbsolutePath().normalize();
    }

    /**
     * Refuses, before anything is written, a target that is the record or one of its side files, lies in the
     * backups folder, is a folder, or already exists (unless {@code replace}, and then only a file of {@code kind}).
     */
    public void check(Path target, Kind kind, boolean replace) {
        Path t = target.toAbsolutePath().normalize();
        if (database != null) {
            checkNotTheRecord(target, t, kind);
        }
        checkAWritableFile(target, t, kind, replace);
    }

    private void checkNotTheRecord(Path target, Path t, Kind kind) {
        Path real = real(t);
        Path realDb = real(database);
        // By real path and name, whether or not a side file exists yet: SQLite would take a file named like its
        // journal for its own, and delete it.
        boolean record = real.equals(realDb) || SqliteFiles.sameFile(t, database)
                || SqliteFiles.SIDE_FILES.stream().anyMatch(s -> real.equals(realDb.resolveSibling(realDb.getFileName() + s))
                        || SqliteFiles.sameFile(t, database.resolveSibling(database.getFileName() + s)));
        if (record) {
            throw new StoreException.Refused(target + " is the clinic's database (or one of its working files): "
                    + "choose another file name. Nothing was written.");
        }
        if (kind != Kind.DATABASE && inside(t, backups)) {
            throw new StoreException.Refused(target + " is in the backups folder " + backups
                    + ", which holds only backups: choose another folder. Nothing was written.");
        }
    }

    private static void checkAWritableFile(Path target, Path t, Kind kind, boolean replace) {
        for (Path up = t.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new StoreException.Refused(up + " is a file, not a folder: choose a file inside a folder. "
                        + "Nothing was written.");
            }
        }
        if (Files.isDirectory(t)) {
            throw new StoreException.Refused(target + " is a folder: name a file inside it. Nothing was written.");
        }
        if (Files.exists(t) && !Files.isRegularFile(t)) {
            throw new StoreException.Refused(target + " is not a file (a device or a pipe): name a file. Nothing was "
                    + "written.");
        }
        if (Files.exists(t)) {
            if (kind == Kind.DATABASE) {
                throw new StoreException.Refused(target + " already exists: a backup never replaces a file; choose a "
                        + "new name. Nothing was written.");
            }
            if (!replace) {
                throw new StoreException.Refused(target + " already exists: choose a new name (or another folder), "
                        + "or add --replace to write over it. Nothing was written.");
            }
            if (kind == Kind.DATABASE || !kind.matches(t)) {
                throw new StoreException.Refused(target + " is not " + kind.described
                        + " written by Physio Kiosk, so it is never replaced: choose another name. Nothing was written.");
            }
        }
    }

    /**
     * Moves a finished temporary file to {@code target}: atomically over an existing file when {@code replace},
     * otherwise only if no file of that name exists (a hard link, which fails rather than replace).
     */
    public static void place(Path temp, Path target, boolean replace) throws IOException {
        if (replace) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException.Refused(target + " already exists: choose a new name. Nothing was written.");
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target)) {
                throw new StoreException.Refused(target + " already exists: choose a new name. Nothing was written.");
            }
            Files.move(temp, target); // a file system without hard links: no atomic no-replace move exists
            return;
        }
        Files.delete(temp);
    }

    /**
     * Puts a finished file in place so that it can be taken back: when the transaction that records it fails, the new
     * file is removed and a file it replaced is put back as it was.
     */
    public static final class Placement {
        private final Path target;
        private final boolean replace;
        private Path kept;
        private boolean placed;

        public Placement(Path target, boolean replace) {
            this.target = target;
            this.replace = replace;
        }

        /** Places {@code temp} at the target, keeping a second name for a file it replaces. */
        public void place(Path temp) throws IOException {
            if (replace && Files.exists(target)) {
                kept = target.resolveSibling("." + target.getFileName() + ".replaced-" + System.nanoTime());
                Files.createLink(kept, target);
            }
            OutputGuard.place(temp, target, replace);
            placed = true;
        }

        /** The record is committed: the replaced file's second name goes. */
        public void done() {
            deleteQuietly(kept);
            kept = null;
        }

        /** The record was not committed: the new file goes, and a replaced file comes back. */
        public void undo() {
            if (!placed) {
                deleteQuietly(kept);
                return;
            }
            try {
                if (kept != null) {
                    Files.move(kept, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                // nothing more can be done; the message about the failure stands
            }
        }

        private static void deleteQuietly(Path p) {
            if (p != null) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a hidden leftover name of the same file
                }
            }
        }
    }

    /** {@code file} if no such file exists, otherwise the first free {@code name-2.ext}, {@code name-3.ext}, ... */
    public static Path free(Path file) {
        if (!Files.exists(file)) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            Path candidate = file.resolveSibling(stem + "-" + n + ext);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * The path with every link resolved, as SQLite and the file system see it: the file's real path when it exists,
     * else its folder's real path and its name.
     */
    static Path real(Path path) {
        Path p = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(p)) {
                return p.toRealPath();
            }
            Path parent = p.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(p.getFileName());
            }
        } catch (IOException e) {
            // fall back to the path as written
        }
        return p;
    }

    private static boolean inside(Path file, Path folder) {
        try {
            Path realFolder = Files.exists(folder) ? folder.toRealPath() : folder;
            Path parent = file.getParent();
            Path realParent = parent != null && Files.exists(parent) ? parent.toRealPath() : parent;
            return realParent != null && realParent.startsWith(realFolder);
        } catch (IOException e) {
            return file.startsWith(folder);
        }
    }
}

package org.physiokiosk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the store names and protects SQLite files: JDBC addresses that open exactly the file named (whatever
 * characters its path holds), the file header read without opening the database, and owner-only
 * permissions for the record and its backups.
 */
public final class SqliteFiles {

    /** The files SQLite keeps beside a database: write-ahead log, shared memory index, rollback journal. */
    public static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private SqliteFiles() {
    }

    /**
     * The JDBC address of {@code file}, as a percent-encoded {@code file:} URI so that '?', '#', '%' and quotes
     * in the path name this file and no other. {@code query} (such as {@code mode=ro}) may be null.
     */
    public static String url(Path file, String query) {
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        return "jdbc:sqlite:" + uri + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The JDBC address that reads {@code file} as it stands now without writing it: through its write-ahead log when
     * one lies beside it (a kiosk open on it, or one stopped by a crash or a power cut, keeps its last commits there),
     * else immutable, so nothing is made beside a file nobody has open.
     */
    public static String readUrl(Path file) {
        boolean log = SIDE_FILES.stream().anyMatch(s -> Files.exists(file.resolveSibling(file.getFileName() + s)));
        return url(file, log ? "mode=ro" : "mode=ro&immutable=1");
    }

    /** What a database file's header says, read straight from the file: nothing is opened or changed. */
    public record Header(int schemaVersion, int applicationId, int schemaCookie) {
    }

    /**
     * Reads the 100-byte SQLite header of {@code file}. Empty when the file is empty (SQLite treats it as a new
     * database). Throws a StoreException when the file is not an SQLite database at all.
     */
    public static Optional<Header> header(Path file) throws IOException {
        byte[] head = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (read < head.length || head[i] != MAGIC[i]) {
                throw new StoreException.Refused(file + " is not a database file (it does not start as an SQLite "
                        + "database does).");
            }
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        return Optional.of(new Header(b.getInt(60), b.getInt(68), b.getInt(40)));
    }

    /** Creates {@code folder} (and its parents) if missing; a folder this creates is readable by its owner only. */
    public static void createPrivateFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (POSIX) {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
        } else {
            Files.createDirectory(absolute);
        }
    }

    /** Creates an empty file readable by its owner only (SQLite then gives its WAL the same permissions). */
    public static void createPrivateFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(file);
        }
    }

    /** Makes an existing file (or folder) readable by its owner only, where the file system has permissions. */
    public static void makePrivate(Path path) throws IOException {
        if (POSIX && Files.exists(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_FOLDER : OWNER_FILE);
        }
    }

    /** True when the two paths name the same file (or both are missing and spelled the same). */
    /**
     * True when a write-ahead log or rollback journal with content lies beside the database: its last writer did not
     * close it (SQLite removes the log on a clean close), or one has it open now.
     */
    static boolean hasLog(Path file) {
        for (String suffix : List.of("-wal", "-journal")) {
            Path log = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(log) && Files.size(log) > 0) {
                    return true;
                }
            } catch (IOException unreadable) {
                return true; // cannot tell: check the whole file
            }
        }
        return false;
    }

    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}

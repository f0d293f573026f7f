package org.physiokiosk.store;

import java.nio.file.Path;

/** The database file is damaged. It has been moved aside (never overwritten) to {@link #keptAs()}. */
public class DamagedDatabaseException extends StoreException {

    private final Path file;
    private final Path keptAs;

    public DamagedDatabaseException(Path file, Path keptAs, String problem, Throwable cause) {
        super("The database " + file + " is damaged (" + problem + "). It was kept aside, untouched, as " + keptAs
                + ". Restore the newest good backup from " + Backups.folderFor(file) + ".", cause);
        this.file = file;
        this.keptAs = keptAs;
    }

    public Path file() {
        return file;
    }

    public Path keptAs() {
        return keptAs;
    }
}

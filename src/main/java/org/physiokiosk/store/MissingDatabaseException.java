package org.physiokiosk.store;

/**
 * The database is missing while backups or an earlier copy of it lie beside it: it went missing, and a new empty
 * database would hide where the clinic's records are. The kiosk offers the newest good backup, as for a damaged file.
 */
public class MissingDatabaseException extends StoreException {

    public MissingDatabaseException(String message) {
        super(message);
    }
}

package org.physiokiosk.store;

/**
 * The database could not do what was asked: a fault (disk, database), or, as {@link Refused}, a request the
 * store will not carry out as given. The message says what to do; it never holds patient data.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * Refused as asked (a file that is not a backup, a name that would overwrite the record, a patient who is
     * not on record): the user can fix it by asking differently. Nothing was changed. The command line exits 2.
     */
    public static class Refused extends StoreException {
        public Refused(String message) {
            super(message);
        }
    }
}

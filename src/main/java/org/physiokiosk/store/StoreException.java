package org.physiokiosk.store;

/** The database could not do what was asked. The message says what to do; it never holds patient data. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

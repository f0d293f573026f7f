package org.physiokiosk.catalog;

/** A catalogue file is missing, malformed or incomplete. The message names file, entry and field. */
public class CatalogueException extends Exception {

    public CatalogueException(String message) {
        super(message);
    }
}

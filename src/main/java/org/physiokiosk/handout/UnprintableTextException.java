package org.physiokiosk.handout;

/** Typed text holds a character no shipped font can print. Nothing was recorded or written. */
public class UnprintableTextException extends ExportException {

    public UnprintableTextException(String message) {
        super(message, null);
    }
}

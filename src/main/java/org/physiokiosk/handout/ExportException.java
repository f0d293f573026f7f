package org.physiokiosk.handout;

/** The handout could not be written. The message names the file or folder and what to do. */
public class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}

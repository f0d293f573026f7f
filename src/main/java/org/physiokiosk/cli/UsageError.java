package org.physiokiosk.cli;

/** The command line asked for something that cannot be done as given; exit code 2. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}

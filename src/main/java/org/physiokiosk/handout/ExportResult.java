package org.physiokiosk.handout;

import java.nio.file.Path;

/** What an export produced: the plan number recorded, the handout file and its SHA-256. */
public record ExportResult(long planNumber, Path file, String sha256) {
}

package org.physiokiosk.handout;

import java.nio.file.Path;

/** What an export produced: the plan number recorded, the handout's log entry, its file and SHA-256. */
public record ExportResult(long planNumber, long handoutId, Path file, String sha256) {
}

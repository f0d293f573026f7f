package org.physiokiosk.notes;

import java.time.Instant;

/** A private visit note: part of the clinical record, never printed on a handout. */
public record VisitNote(long id, long patientId, Long planId, String text, String author, Instant writtenAt) {
}

package org.physiokiosk.notes;

import java.time.Instant;

/**
 * A private visit note: part of the clinical record, never printed on a handout, never changed once
 * saved. A correction is an amendment: a note of its own whose {@code amendsNote} is the original's id.
 */
public record VisitNote(long id, long patientId, Long planId, String text, String author, Instant writtenAt,
                        Long amendsNote) {

    /** Longest note accepted, in characters (about 2 MB of text). */
    public static final int MAX_TEXT = 2_000_000;
    public static final int MAX_AUTHOR = 200;

    public boolean isAmendment() {
        return amendsNote != null;
    }
}

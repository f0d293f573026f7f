package org.physiokiosk.plan;

import java.time.Instant;

/** A handout made for a plan: its number, file, SHA-256, when it was made, and the printer it went to (or null). */
public record LoggedHandout(long id, long planId, String file, String sha256, Instant producedAt, String printedOn) {
}

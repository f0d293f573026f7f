package org.physiokiosk.plan;

import java.time.Instant;

/** A recorded plan: its number, what it holds, when it was made, and its place in its series (version 1, 2 ...). */
public record StoredPlan(long id, PlanDraft draft, Instant createdAt, long series, int version) {
}

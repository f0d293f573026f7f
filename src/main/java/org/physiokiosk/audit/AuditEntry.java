package org.physiokiosk.audit;

import java.time.Instant;

/**
 * One row of the audit trail: when, who (a sign-in name, or "command line"), what, which patient (null when none),
 * the outcome, and the chain: the previous row's hash and this row's.
 */
public record AuditEntry(long id, Instant at, String staff, String action, Long patientId, String outcome,
                         String prevHash, String hash) {
}

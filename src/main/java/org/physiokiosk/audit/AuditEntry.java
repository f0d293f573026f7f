package org.physiokiosk.audit;

import java.time.Instant;

/**
 * One row of the audit trail: when, who (the account's sign-in name and number as the record holds them; "command
 * line", "kiosk (routine)" or "unknown name", with no number, for what no account did), what, which patient (null
 * when none), the outcome, and the chain: the previous row's hash and this row's.
 */
public record AuditEntry(long id, Instant at, String staff, Long staffId, String action, Long patientId,
                         String outcome, String prevHash, String hash) {
}

package org.physiokiosk.staff;

/**
 * A member of staff: a short sign-in name, the full name printed as therapist and signing notes, a role, and
 * whether the account is active (retired accounts stay, so the audit trail can name them).
 */
public record StaffMember(long id, String signInName, String fullName, Role role, boolean active, boolean locked) {
}

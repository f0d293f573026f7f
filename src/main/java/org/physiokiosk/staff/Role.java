package org.physiokiosk.staff;

import java.util.Arrays;
import java.util.Optional;

/** What a member of staff may do: each role may do all that the one before it may, and more. */
public enum Role {
    /** Find and add patients, see plans and handouts, reprint; never visit notes. */
    FRONT_DESK("front-desk"),
    /** All of that, plus plans, notes, amendments and marking exercises reviewed. */
    CLINICIAN("clinician"),
    /** All of that, plus staff, clinic settings, backup, restore, erasing a patient and the audit trail. */
    ADMINISTRATOR("administrator");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean covers(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}

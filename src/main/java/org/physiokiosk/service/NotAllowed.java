package org.physiokiosk.service;

import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.StoreException;

/** The acting person's role does not cover what they asked; nothing was done, and the refusal is in the trail. */
public final class NotAllowed extends StoreException.Refused {

    NotAllowed(Actor who, Role needed, String action) {
        super(who.signInName() + " is " + words(who.role()) + "; " + action + " needs " + words(needed)
                + " or above. Ask someone who is to sign in.");
    }

    /** "a front desk", "a clinician", "an administrator". */
    public static String words(Role role) {
        return (role == Role.ADMINISTRATOR ? "an " : "a ") + role.id().replace('-', ' ');
    }
}

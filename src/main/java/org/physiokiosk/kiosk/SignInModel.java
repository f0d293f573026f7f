package org.physiokiosk.kiosk;

import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;

/**
 * The sign-in form and the lock screen, without a window: what was typed, what is wrong with it, and whether the
 * person who signed in may unlock a window whose work belongs to someone else (only its owner or an administrator).
 */
final class SignInModel {

    /** What the person asked for: unlock the window in front, or work in their own window. */
    enum Intent { UNLOCK, SWITCH }

    private String message = "";
    private boolean busy;
    private final Listeners changed = new Listeners();

    /** A problem with what was typed before anything is checked (empty when it may be tried). */
    static Optional<String> problem(String name, char[] secret) {
        if (name == null || name.isBlank()) {
            return Optional.of(Messages.get("signIn.needName"));
        }
        if (secret == null || secret.length == 0) {
            return Optional.of(Messages.get("signIn.needSecret"));
        }
        return Optional.empty();
    }

    /** Whether {@code who} may unlock the window of {@code owner}: the owner, or an administrator. */
    static boolean mayUnlock(Actor who, Actor owner) {
        return who.signInName().equalsIgnoreCase(owner.signInName()) || who.role().covers(Role.ADMINISTRATOR);
    }

    String message() {
        return message;
    }

    boolean busy() {
        return busy;
    }

    void trying() {
        busy = true;
        message = Messages.get("signIn.checking");
        changed.fire();
    }

    void refused(String why) {
        busy = false;
        message = why;
        changed.fire();
    }

    void reset() {
        busy = false;
        message = "";
        changed.fire();
    }

    void onChanged(Runnable listener) {
        changed.add(listener);
    }
}

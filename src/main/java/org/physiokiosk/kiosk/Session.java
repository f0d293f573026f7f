package org.physiokiosk.kiosk;

import javax.swing.SwingUtilities;
import org.physiokiosk.staff.Actor;

/**
 * Who is working in one kiosk window: the owner whose work it holds, and the person acting now (the owner, or an
 * administrator who unlocked it). Every service call passes {@link #actor()}, read on the event thread.
 */
final class Session {

    private final Actor owner;
    private Actor actor;
    private final Listeners changed = new Listeners();

    Session(Actor owner) {
        this.owner = owner;
        this.actor = owner;
    }

    Actor owner() {
        return owner;
    }

    Actor actor() {
        assert SwingUtilities.isEventDispatchThread();
        return actor;
    }

    /** An administrator (or the owner) goes on with this window's work: what follows is theirs in the trail. */
    void actingNow(Actor who) {
        assert SwingUtilities.isEventDispatchThread();
        actor = who;
        changed.fire();
    }

    void onChanged(Runnable listener) {
        changed.add(listener);
    }
}

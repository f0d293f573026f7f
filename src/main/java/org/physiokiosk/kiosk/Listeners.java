package org.physiokiosk.kiosk;

import java.util.ArrayList;
import java.util.List;

/** Plain change listeners for the view models. */
final class Listeners {

    private final List<Runnable> listeners = new ArrayList<>();

    void add(Runnable listener) {
        listeners.add(listener);
    }

    void fire() {
        listeners.forEach(Runnable::run);
    }
}

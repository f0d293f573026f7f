package org.physiokiosk.testing;

import java.util.function.BooleanSupplier;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Waits, in window tests, for what the kiosk does in the background: up to 20 seconds, then fails naming it. */
public final class GuiWait {

    private GuiWait() {
    }

    public static void waitFor(String what, BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, Timeout.timeout(20_000));
    }
}

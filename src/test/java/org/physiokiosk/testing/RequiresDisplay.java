package org.physiokiosk.testing;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Stops a window test with one clear line when there is no display, instead of HeadlessExceptions. */
public final class RequiresDisplay implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("No display for the GUI tests: run them under xvfb-run -a, "
                    + "for example: xvfb-run -a mvn -B verify");
        }
    }
}

package org.physiokiosk.testing;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Stops a window test with one clear line when there is no display, instead of HeadlessExceptions. */
public final class RequiresDisplay implements BeforeAllCallback {

    private static final String COMMAND = "xvfb-run -a -s \"-screen 0 1366x768x24\" mvn -B verify";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("No display for the GUI tests: run them under xvfb-run -a, "
                    + "for example: " + COMMAND);
        }
        java.awt.Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (screen.width < 1280 || screen.height < 740) {
            throw new IllegalStateException("The GUI tests need a screen of at least 1280x740 (this one is "
                    + screen.width + "x" + screen.height + "): " + COMMAND);
        }
    }
}

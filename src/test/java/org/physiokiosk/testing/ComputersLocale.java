package org.physiokiosk.testing;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The computer's locale for one test ({@code @RegisterExtension}): set before each test, as it was again after it. A
 * test may set another meanwhile ({@link Locale#setDefault}); it is put back all the same.
 */
public final class ComputersLocale implements BeforeEachCallback, AfterEachCallback {

    private final Locale during;
    private Locale before;

    public ComputersLocale(Locale during) {
        this.during = during;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = Locale.getDefault();
        Locale.setDefault(during);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(before);
    }
}

package org.physiokiosk.kiosk;

import java.util.Optional;

/** For window tests that print nothing: no printer remembered, and none saved. */
final class NoPrinter implements PrinterPreference {

    static final PrinterPreference INSTANCE = new NoPrinter();

    @Override
    public Optional<String> load() {
        return Optional.empty();
    }

    @Override
    public void save(String printerName) {
    }
}

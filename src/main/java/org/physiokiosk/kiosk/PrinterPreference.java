package org.physiokiosk.kiosk;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The printer staff chose on this kiosk, remembered on this computer (not in the shared database).
 * Both methods read or write the preferences store: call them off the Swing event thread.
 */
public interface PrinterPreference {

    Optional<String> load();

    void save(String printerName);

    /** Kept in Java's per-user preferences of this computer; nothing is read until first used. */
    static PrinterPreference onThisComputer() {
        return new PrinterPreference() {
            private Preferences node() {
                return Preferences.userRoot().node("org/physiokiosk/kiosk");
            }

            @Override
            public Optional<String> load() {
                return Optional.ofNullable(node().get("printer", null));
            }

            @Override
            public void save(String printerName) {
                Preferences node = node();
                node.put("printer", printerName);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // the choice holds for this session; it is asked again next time
                }
            }
        };
    }
}

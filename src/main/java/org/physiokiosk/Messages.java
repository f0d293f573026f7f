package org.physiokiosk;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every text a user sees (kiosk, handout, command line) lives in one bundle: messages.properties. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.physiokiosk.messages", Locale.ROOT);

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}

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
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}

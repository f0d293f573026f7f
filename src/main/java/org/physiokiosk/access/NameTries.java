package org.physiokiosk.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.physiokiosk.Sha256;

/**
 * Failed tries in a row for names that have no account that can sign in (unknown or retired), so that they wait and
 * stop as an account's do and the answer's timing never tells a name apart. Kept in this program only: the names are
 * typed text (a PIN typed into the wrong field, perhaps), so only a salted digest of each is held, and none is ever
 * written anywhere. The oldest names are forgotten beyond a thousand.
 */
final class NameTries {

    private static final int KEPT = 1000;

    private final String salt;
    private final Map<String, Integer> counts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > KEPT;
        }
    };

    NameTries() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        salt = HexFormat.of().formatHex(random);
    }

    /** This try's place among the name's failures in a row, as an account counts it; past {@code limit}, 0. */
    synchronized int next(String typedName, int limit) {
        String key = key(typedName);
        int before = counts.getOrDefault(key, 0);
        if (before >= limit) {
            return 0;
        }
        counts.put(key, before + 1);
        return before + 1;
    }

    private String key(String typedName) {
        return Sha256.hex(salt + typedName.strip().toLowerCase(Locale.ROOT));
    }
}

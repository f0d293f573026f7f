package org.physiokiosk.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Ids for what a clinic makes: "clinic-" and the name in lower-case letters, digits and dashes. */
final class ClinicIds {

    private ClinicIds() {
    }

    /**
     * "clinic-" and {@code name} plainly spelt (accents dropped, at most 40 characters), with "-2", "-3" ... when
     * {@code taken}; {@code fallback} when the name has no letters or digits at all.
     */
    static String free(String name, String fallback, Predicate<String> taken) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-+$", "");
        }
        String base = plain.isEmpty() ? fallback : "clinic-" + plain;
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

package org.physiokiosk.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Ids for what a clinic makes: "clinic-" and the name in lower-case letters, digits and dashes. */
final class ClinicIds {

    /** The longest id from another clinic's file that is kept as it is; a longer one is made afresh from the name. */
    static final int MAX_KEPT = 60;

    private ClinicIds() {
    }

    /**
     * "clinic-" and {@code name} plainly spelt (accents dropped, at most 40 characters), with "-2", "-3" ... when
     * {@code taken}; {@code fallback} when the name has no letters or digits at all.
     */
    static String free(String name, String fallback, Predicate<String> taken) {
        return new Sequence(taken).free(name, fallback);
    }

    /**
     * Free ids handed out one after another (an import of many): each base remembers the last number it gave, so a
     * thousand names spelt alike do not each try every number before theirs.
     */
    static final class Sequence {
        private final Predicate<String> taken;
        private final java.util.Map<String, Integer> next = new java.util.HashMap<>();
        private final java.util.Set<String> given = new java.util.HashSet<>();

        /** {@code taken}: ids already used before this sequence; the ones it gives are never given twice. */
        Sequence(Predicate<String> taken) {
            this.taken = taken;
        }

        String free(String name, String fallback) {
            String base = base(name, fallback);
            int n = next.getOrDefault(base, 1);
            String id = n == 1 ? base : base + "-" + n;
            while (given.contains(id) || taken.test(id)) {
                n++;
                id = base + "-" + n;
            }
            next.put(base, n + 1);
            given.add(id);
            return id;
        }

        /** Gives {@code id} itself when it is free (neither used before nor given by this sequence): true; else false. */
        boolean keepIfFree(String id) {
            if (given.contains(id) || taken.test(id)) {
                return false;
            }
            given.add(id);
            return true;
        }
    }

    /**
     * The name a clinic's thing gets here when another of that name is here: " (imported)", " (imported 2)" ...,
     * the name cut short when that would make it longer than {@code most}.
     */
    static String importedName(String name, int n, int most) {
        String mark = n == 1 ? " (imported)" : " (imported " + n + ")";
        String base = name.length() + mark.length() <= most ? name : name.substring(0, most - mark.length()).strip();
        return base + mark;
    }

    private static String base(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : "clinic-" + plain;
    }
}

package org.physiokiosk.patient;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;

/**
 * One person, one record: a name typed with an invisible character must not become a second patient
 * who looks the same on screen. This holds the two forms of a name.
 *
 * <p><b>The stored form</b> ({@link #normalise}) is what is saved and printed:
 * <ul>
 * <li>every kind of space (Unicode Zs, such as the no-break space U+00A0 and the ideographic space
 *     U+3000; the line and paragraph separators Zl, Zp; tab, line feed, carriage return, vertical tab,
 *     form feed and next line U+0085) becomes one ordinary space; runs become one space; the ends are
 *     stripped;</li>
 * <li>format characters (Unicode Cf) are removed: zero-width space U+200B, the direction marks,
 *     embeddings, overrides (U+202E) and isolates, the byte order mark U+FEFF, the soft hyphen U+00AD,
 *     the word joiner, tag characters. They change nothing a reader sees, or worse, reorder what they
 *     see, so removing them is safe;</li>
 * <li>except ZERO WIDTH NON-JOINER and JOINER (U+200C, U+200D) between two letters or marks (Unicode L or
 *     M, so also after a virama): there they are correct spelling, for example in Persian
 *     {@code حسین‌زاده} or a Devanagari half form, and change how the name is written. Anywhere else
 *     (at an end, next to a space, doubled) they are removed. A run of joiners keeps its first;</li>
 * <li>the result is in Unicode NFC, so a name typed with a combining diaeresis ("Zoe" + U+0308) is the
 *     same text as one typed with "ë".</li>
 * </ul>
 * Other control characters (a bell, an escape) are left in place here: they are not harmless (removing
 * an escape from a pasted terminal sequence leaves "[31m" in the name), so {@link PatientForm} refuses
 * them and staff type the name again.
 *
 * <p><b>The comparison key</b> ({@link #key}) decides whether two names are the same name: the stored
 * form, then ICU's NFKC_Casefold (compatibility forms such as full-width letters become plain letters,
 * full case folding in every script, so "STRAUSS" and "Strauß", "ΣΟΦΊΑ" and "Σοφία" compare equal, and
 * every default-ignorable character goes, including the joiners kept above, variation selectors and the
 * Hangul fillers), and no control characters. The key is only ever compared, never shown or stored; a
 * name whose key is empty has nothing visible in it.
 */
public final class PatientName {

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private PatientName() {
    }

    /** The form of {@code raw} to store and show; "" for null. Idempotent. */
    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Spaces become ' ', format characters go; joiners are decided once their neighbours are known.
        int[] kept = raw.codePoints()
                .map(c -> isSpace(c) ? ' ' : c)
                .filter(c -> c == ZWNJ || c == ZWJ || Character.getType(c) != Character.FORMAT)
                .toArray();
        StringBuilder out = new StringBuilder(raw.length());
        int previous = -1;
        for (int i = 0; i < kept.length; i++) {
            int c = kept[i];
            if (c == ZWNJ || c == ZWJ) {
                if (!isLetterOrMark(previous) || !isLetterOrMark(nextNonJoiner(kept, i + 1))) {
                    continue;
                }
            } else if (c == ' ' && (previous == ' ' || previous == -1)) {
                continue;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        if (previous == ' ') {
            out.setLength(out.length() - 1);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** What two names are compared by: equal keys are the same name. Never shown or stored. */
    public static String key(String raw) {
        String folded = Normalizer2.getNFKCCasefoldInstance().normalize(normalise(raw));
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> Character.getType(c) != Character.CONTROL || isSpace(c)).forEach(c -> {
            int shown = isSpace(c) ? ' ' : c;
            boolean skip = shown == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ');
            if (!skip) {
                out.appendCodePoint(shown);
            }
        });
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** True when the two names are the same name once invisible characters, spaces and case are set aside. */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * True when {@code text} holds a control character (a bell, an escape) or half of a broken character (a lone
     * surrogate). In a {@link #normalise normalised} name every kind of space is already a space, so what is left is
     * refused: type it again.
     */
    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE);
    }

    /** True when a name holds something to read: not empty and not only invisible characters. */
    public static boolean hasVisibleText(String raw) {
        return !key(raw).isEmpty();
    }

    private static boolean isSpace(int c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85;
        };
    }

    private static int nextNonJoiner(int[] codePoints, int from) {
        for (int i = from; i < codePoints.length; i++) {
            if (codePoints[i] != ZWNJ && codePoints[i] != ZWJ) {
                return codePoints[i];
            }
        }
        return -1;
    }

    private static boolean isLetterOrMark(int c) {
        return c >= 0 && (Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        });
    }
}

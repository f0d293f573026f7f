package org.physiokiosk.catalog;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.patient.PatientName;

/**
 * The name of a clinic's own exercise or template. A therapist picks an exercise by its name and a patient reads it
 * on the handout, so two names that look the same must not both be in the library, and a name must not hide
 * anything. The name is tidied and checked as a patient's name is ({@link PatientName}: every kind of space becomes
 * one space, invisible format characters such as a zero-width space go, NFC; a control character is refused), and
 * two more rules keep out what looks like another name:
 * <ul>
 * <li>no word mixes letters of alphabets that are told apart only by a careful reader (a Cyrillic "К" in "Кnee"; Unicode's
 *     restriction levels, UTS #39, per word, so a name in two languages is fine and Japanese mixes its scripts
 *     as it always does);</li>
 * <li>two names are the same name when their {@linkplain PatientName#key keys} are equal, and look alike when they
 *     are, or when their Unicode confusable skeletons (UTS #39: "ΚΝΕΕ" in Greek capitals and "KNEE", "сосо" in
 *     Cyrillic and "coco", "Wall sit 1" and "Wall sit l") are equal once case is set aside.</li>
 * </ul>
 */
public final class LibraryName {

    private LibraryName() {
    }

    /** Made on first use: the confusables data is read only by a command that names something. */
    private static final class Unicode {
        static final SpoofChecker ONE_SCRIPT_A_WORD = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE).build();
        static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    }

    /** The form to store and show: as a patient's name is kept. */
    public static String clean(String raw) {
        return PatientName.normalise(raw);
    }

    /**
     * Why a {@linkplain #clean cleaned} name cannot be used, as the end of a sentence that starts with what is named
     * ("the name is ..."), or empty. {@code most}: its longest length.
     */
    public static Optional<String> problem(String name, int most) {
        if (name == null || !PatientName.hasVisibleText(name)) {
            return Optional.of("the name is missing");
        }
        if (name.length() > most) {
            return Optional.of("the name is " + name.length() + " characters long; keep it to " + most);
        }
        if (PatientName.hasControlCharacters(name)) {
            return Optional.of("the name holds a hidden control character; type it again");
        }
        return mixedWord(name).map(word -> "the name mixes letters of different alphabets in the word '" + word
                + "', so it can be mistaken for another name; type it again in one alphabet");
    }

    /** The first word of {@code name} that mixes alphabets a reader could mistake for each other, if any. */
    static Optional<String> mixedWord(String name) {
        for (String word : name.split("[^\\p{L}\\p{M}\\p{Nd}\\u200C\\u200D]+")) {
            if (!word.isEmpty() && Unicode.ONE_SCRIPT_A_WORD.failsChecks(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** True when the two names are the same name, case and invisible characters set aside. */
    public static boolean sameName(String a, String b) {
        return PatientName.sameName(a, b);
    }

    /** True when a reader could take one name for the other: the same name, or the same look. */
    public static boolean looksAlike(String a, String b) {
        return keys(a).stream().anyMatch(keys(b)::contains);
    }

    /** What names are compared by: the key, and the skeleton with case set aside; each marked, so neither meets the other. */
    private static List<String> keys(String name) {
        String skeleton = Normalizer2.getNFKCCasefoldInstance().normalize(
                Unicode.SKELETONS.getSkeleton(PatientName.normalise(name)));
        return List.of("name " + PatientName.key(name), "look " + skeleton);
    }

    /**
     * Names already taken, to ask of each new one whether it looks like one of them, in time that does not grow
     * with how many there are.
     */
    public static final class Taken<T> {
        private final Map<String, T> byKey = new HashMap<>();

        /** Adds a name and what it names; a name that looks like one already here keeps the first. */
        public void add(String name, T what) {
            for (String key : keys(name)) {
                byKey.putIfAbsent(key, what);
            }
        }

        /** What has a name that looks like {@code name}, if anything. */
        public Optional<T> lookingLike(String name) {
            for (String key : keys(name)) {
                T found = byKey.get(key);
                if (found != null) {
                    return Optional.of(found);
                }
            }
            return Optional.empty();
        }
    }
}

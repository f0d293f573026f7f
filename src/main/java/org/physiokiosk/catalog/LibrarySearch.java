package org.physiokiosk.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search as you type over the library: every word typed must match a word of the exercise's name, aliases, id or
 * body region (or a body-part word of that region: "calf" finds the ankle and foot), as a prefix ("hamstrin") or
 * with a typo or two ("brige", "sholder"). Filters narrow by region, kind, equipment, position and level. Built
 * once per catalogue; each search touches the vocabulary once per typed word, not every exercise.
 */
public final class LibrarySearch {

    /** What to narrow by; a null field does not narrow. */
    public record Filter(String region, ExerciseKind kind, String equipment, String position, Integer level) {

        public static final Filter NONE = new Filter(null, null, null, null, null);

        public Filter withKind(ExerciseKind value) {
            return new Filter(region, value, equipment, position, level);
        }

        boolean accepts(Exercise e) {
            return (region == null || region.equals(e.bodyRegion())) && (kind == null || kind == e.kind())
                    && (equipment == null || e.equipment().contains(equipment))
                    && (position == null || position.equals(e.position()))
                    && (level == null || level == e.level());
        }
    }

    /** Words people use for each region's body parts. */
    private static final Map<String, List<String>> BODY_WORDS = Map.of(
            "neck", List.of("neck", "cervical", "head"),
            "shoulder", List.of("shoulder", "arm", "rotator", "cuff"),
            "elbow, wrist and hand", List.of("elbow", "wrist", "hand", "finger", "fingers", "thumb", "forearm", "grip"),
            "upper back", List.of("upper", "thoracic", "posture", "chest", "blade"),
            "low back", List.of("back", "lower", "lumbar", "spine", "core"),
            "hip", List.of("hip", "groin", "buttock", "bottom", "glute", "glutes"),
            "knee", List.of("knee", "kneecap", "patella", "thigh"),
            "ankle and foot", List.of("ankle", "foot", "feet", "heel", "calf", "achilles", "toe", "toes", "sprain"),
            "balance and falls prevention", List.of("balance", "falls", "fall", "steady", "dizzy", "wobbly"));

    private final List<Exercise> exercises;
    private final Map<String, BitSet> byWord = new HashMap<>();
    private final Map<String, BitSet> byNameWord = new HashMap<>();
    private final String[] vocabulary;
    /** Each exercise's searchable words, in library order: for the nearest names when a search finds nothing. */
    private final List<Set<String>> wordsOf = new ArrayList<>();
    private final List<Set<String>> nameWordsOf = new ArrayList<>();

    public LibrarySearch(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
        for (int i = 0; i < this.exercises.size(); i++) {
            Exercise e = this.exercises.get(i);
            Set<String> words = new LinkedHashSet<>(words(e.name()));
            for (String w : words) {
                byNameWord.computeIfAbsent(w, k -> new BitSet()).set(i);
            }
            for (String alias : e.aliases()) {
                words.addAll(words(alias));
            }
            words.addAll(words(e.id().replace('-', ' ')));
            words.addAll(words(e.bodyRegion()));
            words.addAll(BODY_WORDS.getOrDefault(e.bodyRegion(), List.of()));
            words.add(e.kind().id());
            for (String w : words) {
                byWord.computeIfAbsent(w, k -> new BitSet()).set(i);
            }
            wordsOf.add(words);
            nameWordsOf.add(new LinkedHashSet<>(words(e.name())));
        }
        vocabulary = byWord.keySet().toArray(String[]::new);
    }

    /** Exercises matching every typed word and the filter, best matches first, then in library order. */
    public List<Exercise> find(String query, Filter filter) {
        List<String> typed = words(query == null ? "" : query);
        int n = exercises.size();
        int[] cost = new int[n];
        BitSet all = new BitSet(n);
        all.set(0, n);
        for (String word : typed) {
            BitSet matched = new BitSet(n);
            int[] best = new int[n];
            java.util.Arrays.fill(best, Integer.MAX_VALUE);
            int allowed = word.length() >= 7 ? 2 : word.length() >= 4 ? 1 : 0;
            for (String candidate : vocabulary) {
                int d = distance(word, candidate, allowed);
                if (d < 0) {
                    continue;
                }
                BitSet hits = byWord.get(candidate);
                BitSet inName = byNameWord.get(candidate);
                for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                    int c = d * 10 + (inName != null && inName.get(i) ? 0 : 3);
                    if (c < best[i]) {
                        best[i] = c;
                    }
                }
                matched.or(hits);
            }
            all.and(matched);
            for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
                cost[i] += best[i];
            }
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
            if (filter == null || filter.accepts(exercises.get(i))) {
                hits.add(i);
            }
        }
        hits.sort(Comparator.comparingInt((Integer i) -> cost[i]).thenComparingInt(i -> i));
        return hits.stream().map(exercises::get).toList();
    }

    /**
     * The exercises nearest to a search that found none, at most {@code most}, nearest first: for each typed word, how
     * few letters would have to change to reach a word of the exercise (a word it shares costs nothing, a word of its
     * name less than one of its other names), summed over the words typed; ties in library order. Only those the filter accepts, and only those within reach of at least
     * one typed word, so a string of nonsense suggests nothing.
     */
    public List<Exercise> nearest(String query, Filter filter, int most) {
        List<String> typed = words(query == null ? "" : query);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<int[]> scored = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            if (filter != null && !filter.accepts(exercises.get(i))) {
                continue;
            }
            int total = 0;
            boolean near = false;
            for (String word : typed) {
                int reach = Math.max(1, word.length() / 2);
                // As in a search: letters to change, ten to a letter, and a word of the name before any other.
                int best = (reach + 1) * 10 + 3;
                for (String candidate : wordsOf.get(i)) {
                    int d = distance(word, candidate, reach);
                    if (d >= 0) {
                        best = Math.min(best, d * 10 + (nameWordsOf.get(i).contains(candidate) ? 0 : 3));
                        near = true;
                    }
                }
                total += best;
            }
            if (near) {
                scored.add(new int[] {total, i});
            }
        }
        scored.sort(Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> x[1]));
        return scored.stream().limit(most).map(x -> exercises.get(x[1])).toList();
    }

    /** Lower-case words of letters and digits, accents folded, so "Zoë's" is "zoe" and "s". */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * How far {@code typed} is from {@code word}: 0 when it is the word or its beginning, else the fewest single-letter
     * edits (insert, delete, change, swap two neighbours) to turn it into the word or a beginning of it; -1 beyond
     * {@code max}. A typed word of three letters or fewer must be a beginning.
     */
    static int distance(String typed, String word, int max) {
        if (word.startsWith(typed)) {
            return 0;
        }
        if (max == 0) {
            return -1;
        }
        int m = typed.length();
        int n = Math.min(word.length(), m + max);
        if (word.length() < m - max) {
            return -1;
        }
        // Damerau-Levenshtein (optimal string alignment) of typed against every prefix of the word.
        int[][] d = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= n; j++) {
                int change = typed.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == word.charAt(j - 2)
                        && typed.charAt(i - 2) == word.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return -1;
            }
        }
        int best = Integer.MAX_VALUE;
        for (int j = Math.max(0, m - max); j <= n; j++) {
            best = Math.min(best, d[m][j]);
        }
        // A beginning of the word counts only when what was typed is most of a word, not a stray fragment.
        int whole = word.length() <= n ? d[m][word.length()] : Integer.MAX_VALUE;
        int result = Math.min(best, whole);
        return result <= max ? Math.max(result, 1) : -1;
    }
}

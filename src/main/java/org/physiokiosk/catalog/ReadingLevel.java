package org.physiokiosk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of English text:
 * {@code 0.39 × words per sentence + 11.8 × syllables per word − 15.59}. Sentences end at . ! ? : or
 * a line break (a heading or a list item is a sentence of its own); syllables are counted by vowel
 * groups, the usual approximation.
 */
public final class ReadingLevel {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private ReadingLevel() {
    }

    public static double grade(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : text.split("[.!?:;]+|\\R")) {
            if (WORD.matcher(s).find()) {
                sentences.add(s);
            }
        }
        int words = 0;
        int syllables = 0;
        for (String sentence : sentences) {
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                words++;
                syllables += syllables(m.group());
            }
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences.size() + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "x").replaceAll("^y", "");
        Matcher m = VOWELS.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}

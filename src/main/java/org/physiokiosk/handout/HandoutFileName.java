package org.physiokiosk.handout;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A safe file name for a handout: date, the patient's initials and the plan number, for example
 * {@code 2026-11-24-ZL-plan-12.pdf}. Nothing typed by a user reaches the file system except
 * A-Z initials, so no path character ever can.
 */
public final class HandoutFileName {

    private HandoutFileName() {
    }

    public static String of(LocalDate date, String patientName, long planNumber) {
        return date + "-" + initials(patientName) + "-plan-" + planNumber + ".pdf";
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        for (String word : plain.split("[^\\p{L}\\p{M}]+")) {
            for (int i = 0; i < word.length(); i++) {
                char c = latin(Character.toUpperCase(word.charAt(i)));
                if (c >= 'A' && c <= 'Z') {
                    out.append(c);
                    break;
                }
                if (Character.isLetter(c)) {
                    break; // a letter outside A-Z (Greek, Cyrillic, ...) gives no initial
                }
            }
            if (out.length() == 4) {
                break;
            }
        }
        return out.isEmpty() ? "patient" : out.toString();
    }

    /** Latin letters that have no decomposed form (Ł, Ø, ...) mapped to their base letter. */
    private static char latin(char c) {
        return switch (c) {
            case '\u0141' -> 'L'; // Ł
            case '\u00d8' -> 'O'; // Ø
            case '\u0110', '\u00d0' -> 'D'; // Đ, Ð
            case '\u00c6' -> 'A'; // Æ
            case '\u0152' -> 'O'; // Œ
            case '\u00de' -> 'T'; // Þ
            default -> c;
        };
    }
}

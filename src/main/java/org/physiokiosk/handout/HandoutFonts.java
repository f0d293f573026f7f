package org.physiokiosk.handout;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fonts shipped for the handout and the order iText tries them in, character by character:
 * DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Arabic), Noto Sans Devanagari, Droid Sans Fallback
 * (Chinese, Japanese) and Nanum Gothic (Korean). See fonts/README.txt.
 *
 * <p>A font is read only when a document's text needs it: DejaVu Sans always, the others for the scripts the text
 * uses (most handouts never read the 9 MB of Chinese, Japanese and Korean fonts). Made once and shared between
 * threads; a {@link FontProvider} is made per document.
 */
public final class HandoutFonts {

    /** Family names, in the order tried. */
    public static final List<String> FAMILIES = List.of("DejaVu Sans", "Noto Sans Devanagari",
            "Droid Sans Fallback", "NanumGothic");

    /** Each family's files: the regular face first, then the bold where the family has one. */
    private static final List<List<String>> FAMILY_FILES = List.of(
            List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
            List.of("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
            List.of("DroidSansFallbackFull.ttf"),
            List.of("NanumGothic.ttf"));

    private final java.util.Map<String, byte[]> files = new java.util.HashMap<>();
    private final java.util.Map<String, FontProgram> programs = new java.util.HashMap<>();
    /** The font set for each combination of families a document needed, by family indexes. */
    private final java.util.Map<java.util.BitSet, FontSet> fontSets = new java.util.HashMap<>();
    private Devanagari devanagari;
    private Devanagari devanagariBold;

    /** Reads nothing yet: each font is read when a document first needs it. Make one and share it. */
    public HandoutFonts() {
    }

    /**
     * Fonts with DejaVu Sans already read, the family every document uses: for a start that reads it on another
     * thread while the rest of the start goes on.
     */
    public static HandoutFonts withFirstFamilyRead() {
        HandoutFonts fonts = new HandoutFonts();
        java.util.BitSet first = new java.util.BitSet();
        first.set(0);
        fonts.fontSet(first);
        fonts.program(FAMILY_FILES.get(0).get(0));
        return fonts;
    }

    private synchronized byte[] bytes(String file) {
        return files.computeIfAbsent(file, HandoutFonts::read);
    }

    private synchronized FontProgram program(String file) {
        FontProgram p = programs.get(file);
        if (p == null) {
            p = load(bytes(file));
            programs.put(file, p);
        }
        return p;
    }

    /** The shaper for Devanagari words, in the regular or bold face (made when first needed). */
    synchronized Devanagari devanagari(boolean bold) {
        if (bold) {
            if (devanagariBold == null) {
                String file = "NotoSansDevanagari-Bold.ttf";
                devanagariBold = new Devanagari(bytes(file), program(file));
            }
            return devanagariBold;
        }
        if (devanagari == null) {
            String file = "NotoSansDevanagari-Regular.ttf";
            devanagari = new Devanagari(bytes(file), program(file));
        }
        return devanagari;
    }

    /**
     * A provider for one document (it caches that document's fonts) with DejaVu Sans and the families the scripts of
     * {@code text} need: pass every word the document will print.
     */
    public FontProvider provider(String text) {
        java.util.BitSet needed = new java.util.BitSet();
        needed.set(0);
        text.codePoints().distinct().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                && Character.getType(cp) != Character.FORMAT).forEach(cp -> {
            int family = familyFor(cp);
            if (family > 0) {
                needed.set(family);
            }
        });
        return new FontProvider(fontSet(needed), FAMILIES.get(0));
    }

    private synchronized FontSet fontSet(java.util.BitSet families) {
        FontSet set = fontSets.get(families);
        if (set == null) {
            set = new FontSet();
            for (int f = families.nextSetBit(0); f >= 0; f = families.nextSetBit(f + 1)) {
                for (String file : FAMILY_FILES.get(f)) {
                    set.addFont(bytes(file), PdfEncodings.IDENTITY_H);
                }
            }
            fontSets.put((java.util.BitSet) families.clone(), set);
        }
        return set;
    }

    /**
     * The family that draws the character, or -1 when none does: DejaVu Sans when it has it, else the family made for
     * the character's script, else the first (in the order tried) that has it. The script comes first so that a
     * Korean name never reads the Chinese font just to look in it.
     */
    private int familyFor(int codePoint) {
        if (has(0, codePoint)) {
            return 0;
        }
        int forScript = switch (Character.UnicodeScript.of(codePoint)) {
            case DEVANAGARI -> 1;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> 2;
            case HANGUL -> 3;
            default -> -1;
        };
        if (forScript > 0 && has(forScript, codePoint)) {
            return forScript;
        }
        for (int f = 1; f < FAMILY_FILES.size(); f++) {
            if (has(f, codePoint)) {
                return f;
            }
        }
        return -1;
    }

    private boolean has(int family, int codePoint) {
        return program(FAMILY_FILES.get(family).get(0)).getGlyph(codePoint) != null;
    }

    /** The font files read so far, in no particular order. */
    synchronized Set<String> filesRead() {
        return Set.copyOf(files.keySet());
    }

    /** True when some shipped font can draw this character. */
    public boolean canShow(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        return familyFor(codePoint) >= 0;
    }

    /** The characters of {@code text} no shipped font can draw, each once, in order. */
    public List<String> missing(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            text.codePoints().filter(cp -> !canShow(cp)).forEach(cp -> out.add(new String(Character.toChars(cp))));
        }
        return List.copyOf(out);
    }

    /** "U+1F600 (😀)" for a message. */
    public static String describe(String character) {
        return String.format("U+%04X (%s)", character.codePointAt(0), character);
    }

    private static byte[] read(String file) {
        try (InputStream in = HandoutFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontProgram load(byte[] bytes) {
        try {
            return FontProgramFactory.createFont(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

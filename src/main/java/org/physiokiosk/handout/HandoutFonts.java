package org.physiokiosk.handout;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fonts shipped for the handout and the order iText tries them in, character by character:
 * DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Arabic), Noto Sans Devanagari, Droid Sans Fallback
 * (Chinese, Japanese) and Nanum Gothic (Korean). See fonts/README.txt. Read-only once loaded; a {@link FontProvider} is made per document.
 */
public final class HandoutFonts {

    /** Family names, in the order tried. */
    public static final List<String> FAMILIES = List.of("DejaVu Sans", "Noto Sans Devanagari",
            "Droid Sans Fallback", "NanumGothic");

    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", "DroidSansFallbackFull.ttf",
            "NanumGothic.ttf");

    private final java.util.Map<String, byte[]> files = new java.util.HashMap<>();
    private final List<FontProgram> programs = new ArrayList<>();
    private final FontSet fontSet = new FontSet();
    private Devanagari devanagari;
    private Devanagari devanagariBold;

    /** Loads the shipped fonts (about a tenth of a second); make one and share it. */
    public HandoutFonts() {
        for (String file : FILES) {
            byte[] bytes = read(file);
            files.put(file, bytes);
            programs.add(null); // parsed when first needed: most handouts never need the CJK fonts
            fontSet.addFont(bytes, PdfEncodings.IDENTITY_H);
        }
    }

    private synchronized FontProgram program(int index) {
        FontProgram p = programs.get(index);
        if (p == null) {
            p = load(files.get(FILES.get(index)));
            programs.set(index, p);
        }
        return p;
    }

    /** The shaper for Devanagari words, in the regular or bold face (made when first needed). */
    synchronized Devanagari devanagari(boolean bold) {
        if (bold) {
            if (devanagariBold == null) {
                String file = "NotoSansDevanagari-Bold.ttf";
                devanagariBold = new Devanagari(files.get(file), program(FILES.indexOf(file)));
            }
            return devanagariBold;
        }
        if (devanagari == null) {
            String file = "NotoSansDevanagari-Regular.ttf";
            devanagari = new Devanagari(files.get(file), program(FILES.indexOf(file)));
        }
        return devanagari;
    }

    /** A provider for one document (it caches that document's fonts). */
    public FontProvider provider() {
        return new FontProvider(fontSet, FAMILIES.get(0));
    }

    /** True when some shipped font can draw this character. */
    public boolean canShow(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (int i = 0; i < FILES.size(); i++) {
            if (program(i).getGlyph(codePoint) != null) {
                return true;
            }
        }
        return false;
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

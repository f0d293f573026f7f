package org.physiokiosk.handout;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Shapes Devanagari words, which iText Core leaves unshaped (that is its paid pdfCalligraph add-on).
 * Java's own text layout (HarfBuzz inside the JDK) shapes each word with the same Noto Sans Devanagari
 * file iText embeds, so its glyph ids and positions are used as they are. Each word becomes one Text
 * whose ActualText is the word as typed, for screen readers and copying.
 */
public final class Devanagari {

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final float UNITS = 1000f;
    private static final char JOINER = '\u200D';

    private final FontProgram program;
    private final Font awtFont;

    Devanagari(byte[] fontFile, FontProgram program) {
        this.program = program;
        try {
            this.awtFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fontFile)).deriveFont(UNITS);
        } catch (java.awt.FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("Noto Sans Devanagari cannot be read", e));
        }
    }

    static boolean isDevanagari(int cp) {
        return (cp >= 0x0900 && cp <= 0x097F) || (cp >= 0xA8E0 && cp <= 0xA8FF) || (cp >= 0x1CD0 && cp <= 0x1CFF)
                || cp == 0x200C || cp == 0x200D;
    }

    public static boolean needs(String text) {
        return text != null && text.codePoints().anyMatch(cp -> cp >= 0x0900 && cp <= 0x097F);
    }

    /** A font for one document (iText fonts belong to the document they are used in). */
    PdfFont fontFor() {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** Splits {@code text} into plain Text for other scripts and shaped Text for Devanagari words. */
    List<Text> texts(String text, PdfFont font) {
        List<Text> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inDevanagari = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean deva = isDevanagari(cp);
            if (deva != inDevanagari && !run.isEmpty()) {
                out.add(inDevanagari ? shaped(run.toString(), font) : new Text(run.toString()));
                run.setLength(0);
            }
            inDevanagari = deva;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            out.add(inDevanagari ? shaped(run.toString(), font) : new Text(run.toString()));
        }
        return out;
    }

    private Text shaped(String word, PdfFont font) {
        char[] chars = word.toCharArray();
        GlyphVector gv = awtFont.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        TreeSet<Integer> clusterStarts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            clusterStarts.add(gv.getGlyphCharIndex(i));
        }
        List<Glyph> glyphs = new ArrayList<>(n);
        TreeSet<Integer> named = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            Glyph base = program.getGlyphByCode(gv.getGlyphCode(i));
            if (base == null) {
                return new Text(word); // not this font's glyph: leave it to the normal path
            }
            Glyph glyph = new Glyph(base);
            int cluster = gv.getGlyphCharIndex(i);
            Integer next = clusterStarts.higher(cluster);
            if (named.add(cluster)) {
                glyph.setChars(word.substring(cluster, next == null ? chars.length : next).toCharArray());
            } else {
                glyph.setChars(new char[] {JOINER});
            }
            double advance = gv.getGlyphPosition(i + 1).getX() - gv.getGlyphPosition(i).getX();
            double dy = gv.getGlyphPosition(i).getY();
            glyph.setXAdvance((short) Math.round(advance - base.getWidth()));
            if (Math.abs(dy) > 0.5) {
                glyph.setYPlacement((short) Math.round(-dy));
            }
            glyphs.add(glyph);
        }
        Text text = new Text(word);
        text.setFont(font);
        text.getAccessibilityProperties().setActualText(word);
        GlyphLine line = new GlyphLine(glyphs);
        text.setNextRenderer(new ShapedRenderer(text, line, font));
        return text;
    }

    /** Draws a word from glyphs already shaped, instead of converting its characters one by one. */
    private static final class ShapedRenderer extends TextRenderer {
        private final GlyphLine line;
        private final PdfFont font;

        ShapedRenderer(Text text, GlyphLine line, PdfFont font) {
            super(text);
            this.line = line;
            this.font = font;
            setText(new GlyphLine(line), font);
        }

        @Override
        public IRenderer getNextRenderer() {
            return new ShapedRenderer((Text) getModelElement(), line, font);
        }
    }
}

package org.physiokiosk.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a produced PDF back: its text, page count and fonts. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** How many glyphs are drawn on all pages. */
    public static int glyphCount(Path pdf) throws IOException {
        int[] count = {0};
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    count[0]++;
                }
            };
            stripper.getText(doc);
        }
        return count[0];
    }

    /** Every ActualText in the structure tree: what screen readers read for shaped words. */
    public static List<String> actualTexts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    collectActualText(kid, out);
                }
            }
        }
        return out;
    }

    private static void collectActualText(Object node, List<String> out) {
        if (node instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
            if (e.getActualText() != null) {
                out.add(e.getActualText());
            }
            for (Object kid : e.getKids()) {
                collectActualText(kid, out);
            }
        }
    }

    /** Text with every run of white space made one space, so wrapped lines can be searched. */
    public static String flatText(Path pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The text of each page in turn. */
    public static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return out;
        }
    }

    /** Every font used on any page: name and whether it is embedded. */
    public static List<String> fonts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String entry = font.getName() + (font.isEmbedded() ? " embedded" : " not-embedded");
                    if (!out.contains(entry)) {
                        out.add(entry);
                    }
                }
            }
        }
        return out;
    }

    /** The smallest font size of any visible character on any page, in points. */
    public static float smallestFontSize(Path pdf) throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        return smallest[0];
    }

    public static boolean tagged(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getDocumentCatalog().getStructureTreeRoot() != null
                    && doc.getDocumentCatalog().getMarkInfo() != null
                    && doc.getDocumentCatalog().getMarkInfo().isMarked();
        }
    }
}

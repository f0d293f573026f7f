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

    /** The alternative text of every Figure in the structure tree, in reading order. */
    public static List<String> figureAlts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    collectFigures(kid, out);
                }
            }
        }
        return out;
    }

    private static void collectFigures(Object node, List<String> out) {
        if (node instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
            if ("Figure".equals(e.getStructureType())) {
                out.add(e.getAlternateDescription());
            }
            for (Object kid : e.getKids()) {
                collectFigures(kid, out);
            }
        }
    }

    /** How many bitmap images the pages draw (pictures must be vectors). */
    public static int bitmapImages(Path pdf) throws IOException {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                count += bitmaps(page.getResources());
            }
        }
        return count;
    }

    /** The size of each bitmap image the pages draw, as "width x height" in pixels, in page order. */
    public static List<String> bitmapSizes(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                bitmapSizes(page.getResources(), out);
            }
        }
        return out;
    }

    private static void bitmapSizes(org.apache.pdfbox.pdmodel.PDResources resources, List<String> out)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                out.add(image.getWidth() + " x " + image.getHeight());
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                bitmapSizes(form.getResources(), out);
            }
        }
    }

    private static int bitmaps(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        int count = 0;
        if (resources == null) {
            return 0;
        }
        for (var name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                count++;
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                count += bitmaps(form.getResources());
            }
        }
        return count;
    }

    /** The drawing instructions of every picture (form XObject) on the pages, decoded, in page order. */
    public static List<String> pictureDrawings(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                        StringBuilder drawing = new StringBuilder();
                        drawing(form, drawing);
                        out.add(drawing.toString());
                    }
                }
            }
        }
        return out;
    }

    /** A form's drawing instructions with those of the forms it draws. */
    private static void drawing(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form, StringBuilder out)
            throws IOException {
        try (var in = form.getContents()) {
            out.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        var resources = form.getResources();
        if (resources != null) {
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject inner) {
                    drawing(inner, out);
                }
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

    /**
     * How far down each page something is printed, as a fraction of the page's height: the lowest row with ink
     * (text, a border, a picture) above {@code footer} points from the bottom edge, where the footer line is.
     */
    public static List<Double> inkDepths(Path pdf, float footer) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            List<Double> out = new ArrayList<>();
            float dpi = 36;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(i, dpi,
                        org.apache.pdfbox.rendering.ImageType.GRAY);
                int stop = image.getHeight() - Math.round(footer * dpi / 72);
                int lowest = 0;
                for (int y = 0; y < stop; y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((image.getRGB(x, y) & 0xff) < 200) {
                            lowest = y;
                            break;
                        }
                    }
                }
                out.add((double) lowest / image.getHeight());
            }
            return out;
        }
    }

    /**
     * The text a reader sees: on each page, only what lies inside the page above {@code footer} points from its
     * bottom edge (the footer's band). Text a block too tall for its page pushed past the edge is not in it.
     */
    public static String visibleText(Path pdf, float footer) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var page = doc.getPage(i);
                var box = page.getMediaBox();
                org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
                area.addRegion("page", new java.awt.geom.Rectangle2D.Float(0, 0, box.getWidth(),
                        box.getHeight() - footer));
                area.extractRegions(page);
                out.append(area.getTextForRegion("page")).append('\n');
            }
            return out.toString().replaceAll("\\s+", " ");
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

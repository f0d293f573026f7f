package org.physiokiosk.handout;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import org.physiokiosk.Messages;
import org.physiokiosk.pictures.PictureShape;

/**
 * An exercise picture as vectors (never a bitmap), one tagged Figure with its alt text, captioned in PDF text:
 * "Start" and "Finish" under the two halves of a row, beside the two panels of a column, "Hold this position"
 * under a single one. Every picture is drawn at one scale (so a body is the same size in each) unless the room
 * given is too small for it. Used by the handout and by the picture book.
 */
final class PictureBlock {

    /** Room for the captions beside a column of panels, in caption type sizes: "Finish:" and "step 12" each fit. */
    private static final float LABEL_EMS = 4.6f;

    private PictureBlock() {
    }

    /**
     * What the panels are called: "Start", "Finish", "Hold this position", each perhaps with the step it shows. A
     * line break in a caption beside a column of panels puts the step under the word.
     */
    record Captions(String start, String finish, String hold) {

        /** The plain words, naming no step. */
        static Captions plain() {
            return new Captions(Messages.get("handout.start"), Messages.get("handout.finish"),
                    Messages.get("handout.hold"));
        }
    }

    /**
     * The picture fitted into {@code maxW} x {@code maxH} points (captions included), at most {@code most} points
     * per SVG unit.
     */
    static Div of(String svg, String alt, PdfDocument pdf, float maxW, float maxH, float most, float captionSize,
            Color captionColour, Captions captions) {
        PictureShape shape = PictureShape.of(svg);
        float labelW = Math.max(36, captionSize * LABEL_EMS);
        float caption = captionSize * 1.4f;
        Div block = new Div();
        Image image = new Image(SvgPictures.xObject(svg, pdf));
        image.getAccessibilityProperties().setAlternateDescription(alt);
        switch (shape.panels()) {
            case COLUMN -> {
                float s = shape.scaleToFit(maxW - labelW, maxH, most);
                float w = (float) shape.width() * s;
                float h = (float) shape.height() * s;
                image.setWidth(w).setHeight(h);
                Table table = layoutTable(new float[] {labelW, w});
                float half = h / 2;
                table.addCell(label(captions.start(), captionSize, captionColour).setHeight(half));
                table.addCell(bare(new Cell(2, 1)).add(image));
                table.addCell(label(captions.finish(), captionSize, captionColour).setHeight(half));
                block.add(table);
            }
            case ROW -> {
                float s = shape.scaleToFit(maxW, maxH - caption, most);
                float w = (float) shape.width() * s;
                image.setWidth(w).setHeight((float) shape.height() * s);
                block.add(image);
                float half = w / 2;
                Table table = layoutTable(new float[] {half, half});
                table.addCell(bare(new Cell()).add(caption(oneLine(captions.start()), captionSize, captionColour)));
                table.addCell(bare(new Cell()).add(caption(oneLine(captions.finish()), captionSize, captionColour)));
                block.add(table);
            }
            case ONE -> {
                float s = shape.scaleToFit(maxW, maxH - caption, most);
                float w = (float) shape.width() * s;
                image.setWidth(w).setHeight((float) shape.height() * s);
                // A narrow picture (one person standing) still gets its caption on one line, centred under it.
                float wide = Math.max(w, Math.min(maxW, captionSize * 9));
                block.setWidth(wide);
                block.add(image.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.CENTER));
                block.add(caption(oneLine(captions.hold()), captionSize, captionColour));
            }
        }
        return block;
    }

    /** A caption under a panel, where it has the panel's width: the step after the word, on the same line. */
    private static String oneLine(String caption) {
        return caption.replace("\n", " ");
    }

    /** A table only for placing things: not tagged itself, so its contents sit in the reading order around it. */
    private static Table layoutTable(float[] widths) {
        Table table = new Table(UnitValue.createPointArray(widths)).setBorder(Border.NO_BORDER);
        table.getAccessibilityProperties().setRole(null);
        return table;
    }

    private static Cell bare(Cell cell) {
        cell.setBorder(Border.NO_BORDER).setPadding(0);
        cell.getAccessibilityProperties().setRole(null);
        return cell;
    }

    private static Cell label(String text, float size, Color colour) {
        return bare(new Cell()).add(caption(text, size, colour).setTextAlignment(TextAlignment.RIGHT))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setPaddingRight(3);
    }

    private static Paragraph caption(String text, float size, Color colour) {
        return new Paragraph(text).setFontSize(size).setFontColor(colour).setMargin(0)
                .setTextAlignment(TextAlignment.CENTER);
    }
}

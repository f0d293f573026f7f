package org.physiokiosk.kiosk;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.swing.Icon;

/**
 * An exercise picture on screen, drawn from its SVG by JSVG at any size (sharp at every UI scale). The SVG is
 * already in memory (the catalogue read it at start), so making one never touches the disk.
 */
final class PictureIcon implements Icon {

    /**
     * Nothing outside the picture is read, only a photo held inside it: said here rather than left to the library's
     * default. Every picture drawn is one the picture check keeps (or a shipped one), well within the library's own
     * limits on nesting and shapes.
     */
    private static final LoaderContext LOADING = LoaderContext.builder()
            .externalResourcePolicy(com.github.weisj.jsvg.parser.resources.ResourcePolicy.DENY_EXTERNAL).build();

    private final SVGDocument document;
    private final int width;
    private final int height;
    /** The part of the picture shown, in SVG units: all of it, or the Finish panel of a stacked pair. */
    private final java.awt.geom.Rectangle2D.Double shown;

    private PictureIcon(SVGDocument document, int width, int height, java.awt.geom.Rectangle2D.Double shown) {
        this.document = document;
        this.width = width;
        this.height = height;
        this.shown = shown;
    }

    /**
     * An icon {@code width} x {@code height} pixels with the picture centred in it at its own proportions (so a
     * held position and a Start | Finish pair line up in a list), or null when the SVG cannot be read. A pair
     * stacked Start above Finish (a body lying down) would be two thin strips at this size: the icon shows its
     * Finish panel, the position that tells the exercises apart.
     */
    static PictureIcon of(String svg, int width, int height) {
        return of(svg, width, height,
                org.physiokiosk.pictures.PictureShape.of(svg).panels() == org.physiokiosk.pictures.PictureShape.Panels.COLUMN
                        ? 1 : -1);
    }

    /**
     * An icon of one panel of a pair ({@code panel} 0 for Start, 1 for Finish) or of the whole picture
     * ({@code panel} -1, or a picture of one position); null when the SVG cannot be read.
     */
    static PictureIcon of(String svg, int width, int height, int panel) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
                LOADING);
        if (doc == null) {
            return null;
        }
        org.physiokiosk.pictures.PictureShape shape = org.physiokiosk.pictures.PictureShape.of(svg);
        double scale = doc.size().width / shape.width();
        double pw = shape.panelWidth() * scale;
        double ph = shape.panelHeight() * scale;
        double gap = org.physiokiosk.pictures.PictureShape.GAP * scale;
        java.awt.geom.Rectangle2D.Double shown = new java.awt.geom.Rectangle2D.Double(0, 0, doc.size().width,
                doc.size().height);
        if (panel >= 0 && shape.panels() == org.physiokiosk.pictures.PictureShape.Panels.COLUMN) {
            shown = new java.awt.geom.Rectangle2D.Double(0, panel * (ph + gap), pw, ph);
        } else if (panel >= 0 && shape.panels() == org.physiokiosk.pictures.PictureShape.Panels.ROW) {
            shown = new java.awt.geom.Rectangle2D.Double(panel * (pw + gap), 0, pw, ph);
        }
        return new PictureIcon(doc, width, height, shown);
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double scale = Math.min(width / shown.width, height / shown.height);
            double left = x + (width - shown.width * scale) / 2 - shown.x * scale;
            double top = y + (height - shown.height * scale) / 2 - shown.y * scale;
            // Only the part shown: the Start panel above a Finish panel stays out of a wide icon's empty top.
            g2.clip(new java.awt.geom.Rectangle2D.Double(left + shown.x * scale, top + shown.y * scale,
                    shown.width * scale, shown.height * scale));
            document.render(c, g2, new ViewBox((float) left, (float) top, (float) (document.size().width * scale),
                    (float) (document.size().height * scale)));
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return width;
    }

    @Override
    public int getIconHeight() {
        return height;
    }
}

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

    private final SVGDocument document;
    private final int width;
    private final int height;

    private PictureIcon(SVGDocument document, int width, int height) {
        this.document = document;
        this.width = width;
        this.height = height;
    }

    /**
     * An icon {@code width} x {@code height} pixels with the picture centred in it at its own proportions (so a
     * held position and a Start | Finish pair line up in a list), or null when the SVG cannot be read.
     */
    static PictureIcon of(String svg, int width, int height) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
                LoaderContext.createDefault());
        return doc == null ? null : new PictureIcon(doc, width, height);
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float scale = Math.min(width / document.size().width, height / document.size().height);
            float w = document.size().width * scale;
            float h = document.size().height * scale;
            document.render(c, g2, new ViewBox(x + (width - w) / 2, y + (height - h) / 2, w, h));
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

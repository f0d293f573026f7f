package org.physiokiosk.handout;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.List;

/**
 * Adds blocks that must not split across pages (an exercise card, a picture book entry): each is laid out on a
 * copy first, and starts a new page when it does not fit the room left. iText's own keep-together moved every
 * block holding a picture to a page of its own.
 */
final class WholeBlocks {

    private WholeBlocks() {
    }

    /** The height of a page's text area, between the margins, in points. */
    static float textHeight(Document doc) {
        Rectangle page = doc.getPdfDocument().getDefaultPageSize();
        return page.getHeight() - doc.getTopMargin() - doc.getBottomMargin();
    }

    /** The room left on the current page, in points. */
    static float room(Document doc) {
        return doc.getRenderer().getCurrentArea().getBBox().getHeight();
    }

    /** Whether {@code block} fits whole in the room left on the current page (nothing is added). */
    static boolean fits(Document doc, IBlockElement block) {
        IRenderer renderer = block.createRendererSubTree().setParent(doc.getRenderer());
        LayoutArea area = doc.getRenderer().getCurrentArea();
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(area.getPageNumber(),
                area.getBBox().clone())));
        return result.getStatus() == LayoutResult.FULL;
    }

    /**
     * Adds {@code block}, on a new page when it does not fit here. A page that already holds nothing is kept: a
     * block taller than a whole page splits rather than leaving a blank page behind it. When a page is left,
     * the share of it left empty goes to {@code holes}.
     */
    static void add(Document doc, IBlockElement block, List<Float> holes) {
        float whole = textHeight(doc);
        float left = room(doc);
        if (left < whole - 1 && !fits(doc, block)) {
            holes.add(left / whole);
            doc.add(new AreaBreak());
        }
        doc.add(block);
    }
}

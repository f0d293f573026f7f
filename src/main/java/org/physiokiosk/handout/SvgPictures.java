package org.physiokiosk.handout;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.styledxmlparser.node.INode;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exercise pictures as PDF vectors. Parsing an SVG's XML is most of the cost of drawing it, and a library has a few
 * dozen pictures, so each is parsed once per process; every document still gets its own renderers and XObject.
 */
final class SvgPictures {

    private static final int MAX_CACHED = 500;
    private static final Map<String, INode> PARSED = new ConcurrentHashMap<>();

    private SvgPictures() {
    }

    /**
     * Loads the SVG machinery (a few hundred classes) by parsing a tiny picture: run on the second core while the
     * catalogue and database open, so the first handout does not wait for it.
     */
    static void warmUp() {
        SvgConverter.process(SvgConverter.parse("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\">"
                + "<path d=\"M0 0 L2 2\" stroke=\"#000000\"/></svg>"), new SvgConverterProperties());
    }

    static PdfFormXObject xObject(String svg, PdfDocument pdf) {
        INode node = PARSED.get(svg);
        if (node == null) {
            node = SvgConverter.parse(svg);
            if (PARSED.size() < MAX_CACHED) {
                PARSED.put(svg, node);
            }
        }
        return SvgConverter.convertToXObject(SvgConverter.process(node, new SvgConverterProperties()).getRootRenderer(),
                pdf);
    }
}

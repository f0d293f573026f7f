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

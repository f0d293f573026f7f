package org.physiokiosk.handout;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.styledxmlparser.resolver.resource.IResourceRetriever;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import org.physiokiosk.pictures.SvgCheck;

/**
 * Exercise pictures as PDF vectors: a shipped picture as the build drew it ({@link CompiledPictures}), any other
 * converted for its document with a font provider that holds no font and a resource retriever that reads nothing
 * (see {@link #properties()}).
 */
final class SvgPictures {

    private SvgPictures() {
    }

    /**
     * Loads the SVG machinery (a few hundred classes) by parsing a tiny picture: run on the second core while the
     * catalogue and database open, so the first handout does not wait for it.
     */
    static void warmUp() {
        SvgConverter.process(SvgConverter.parse("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\">"
                + "<path d=\"M0 0 L2 2\" stroke=\"#000000\"/></svg>"), properties());
    }

    /**
     * Properties for one conversion, with a font provider that holds no font: the pictures are drawn from the figure
     * model and hold no text. Without it iText made a provider of the 14 standard PDF fonts for every picture,
     * reading their metrics each time: a fifth of a cold handout's render. And with a resource retriever that gives
     * nothing: whatever a picture names (a file, a web address, a style sheet or a font) is never read. A photo held
     * inside a picture (a data URI) is decoded by iText itself and never asks the retriever.
     */
    static SvgConverterProperties properties() {
        SvgConverterProperties properties = new SvgConverterProperties();
        properties.setFontProvider(new com.itextpdf.layout.font.FontProvider());
        properties.setResourceRetriever(NothingOutside.ONE);
        return properties;
    }

    /**
     * Refuses every file and address it is asked for. A class of its own, loaded with the converter: a handout of
     * shipped pictures loads none of iText's SVG and CSS machinery.
     */
    private static final class NothingOutside implements IResourceRetriever {
        static final IResourceRetriever ONE = new NothingOutside();

        @Override
        public java.io.InputStream getInputStreamByUrl(java.net.URL url) throws java.io.IOException {
            throw new java.io.IOException("a picture may not read anything outside it");
        }

        @Override
        public byte[] getByteArrayByUrl(java.net.URL url) throws java.io.IOException {
            throw new java.io.IOException("a picture may not read anything outside it");
        }
    }

    /** The picture for {@code pdf}: the build's drawing of a shipped picture, else converted now. */
    static PdfFormXObject xObject(String svg, PdfDocument pdf) {
        PdfFormXObject compiled = CompiledPictures.xObject(svg, pdf);
        return compiled != null ? compiled : converted(svg, pdf);
    }

    /**
     * The picture converted by iText's SVG converter (what the build does for each shipped picture), only ever as the
     * picture check re-writes it: iText reads a style sheet's {@code @import} itself, past any resource retriever, so
     * nothing but the plain subset (no style sheets, no links) is handed to it. Every picture the program keeps is
     * already in that form, which the check gives back unchanged.
     */
    static PdfFormXObject converted(String svg, PdfDocument pdf) {
        SvgCheck.Checked checked = SvgCheck.check(svg);
        if (!checked.usable()) {
            throw new IllegalArgumentException("a picture cannot be printed: " + checked.problem());
        }
        // The properties' font provider reaches the drawing only through this call (the overload that takes parsed
        // nodes makes its own provider of the standard fonts), so each picture is parsed here, in a millisecond or two.
        return SvgConverter.convertToXObject(checked.svg(), pdf, properties());
    }
}

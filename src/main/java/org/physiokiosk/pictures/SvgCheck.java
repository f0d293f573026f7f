package org.physiokiosk.pictures;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an SVG picture that comes from outside the library (an import, the clinic's own file) before anything
 * draws it, and gives it back re-written in the small subset the figure model draws with (see {@link PlainSvg}): what
 * the program keeps, shows on screen, prints and reprints is that text, so all three draw the same bytes and nothing
 * in them reaches a file or the network. At most 2 MB, well-formed XML with no DOCTYPE (no entities to expand), an
 * {@code svg} root with a size made of plain numbers, groups at most {@link #MAX_DEPTH} deep, at most
 * {@link #MAX_SHAPES} shapes drawn; no script, style sheet, text, processing instruction, link outside the picture,
 * or photo other than a PNG or JPEG held inside it.
 */
public final class SvgCheck {

    /** The largest picture file accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Groups inside groups: the kiosk's drawing library stops at 30. */
    public static final int MAX_DEPTH = 24;
    /** Shapes and groups drawn, each copy counted: the kiosk's drawing library stops at 2,000. */
    public static final int MAX_SHAPES = 2000;
    /** Copies ({@code use}) drawn in all: one small file of copies of copies would otherwise draw billions. */
    public static final int MAX_USES = 200;
    /** Copies of copies of copies. */
    public static final int MAX_USE_DEPTH = 3;

    /** The pictures checked lately, by the SHA-256 of their text: a library is read often and changes rarely. */
    private static final Map<String, Checked> CHECKED = new LinkedHashMap<>(64, 0.75f, true);
    private static final long CACHED_CHARS = 16L * 1024 * 1024;
    private static long cachedChars;

    private SvgCheck() {
    }

    /** A picture checked: {@code svg} the text to keep and draw, or {@code problem} what is wrong with it. */
    public record Checked(String svg, String problem) {
        public boolean usable() {
            return svg != null;
        }
    }

    /** What is wrong with {@code svg}, in words for the person who chose it; empty when it may be drawn. */
    public static Optional<String> problem(String svg) {
        return Optional.ofNullable(check(svg).problem());
    }

    /**
     * A picture kept by an earlier version of the program, which checked less: as it may be drawn now, or empty when
     * it can no longer be drawn (it is then left out, on screen and on paper alike).
     */
    public static Optional<String> plain(String svg) {
        return svg == null ? Optional.empty() : Optional.ofNullable(check(svg).svg());
    }

    /** {@code svg} checked and re-written; the same text always gives the same answer. */
    public static Checked check(String svg) {
        if (svg == null || svg.isBlank()) {
            return new Checked(null, "the picture is empty");
        }
        String key = org.physiokiosk.Sha256.hex(svg);
        synchronized (CHECKED) {
            Checked known = CHECKED.get(key);
            if (known != null) {
                return known;
            }
        }
        Checked checked = checkNow(svg);
        synchronized (CHECKED) {
            if (CHECKED.put(key, checked) == null) {
                cachedChars += size(checked);
            }
            var eldest = CHECKED.entrySet().iterator();
            while (cachedChars > CACHED_CHARS && eldest.hasNext()) {
                cachedChars -= size(eldest.next().getValue());
                eldest.remove();
            }
        }
        return checked;
    }

    private static long size(Checked checked) {
        return 64 + (checked.svg() == null ? checked.problem().length() : checked.svg().length());
    }

    private static Checked checkNow(String svg) {
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return new Checked(null, "the picture is " + (bytes / 1024 / 1024) + " MB; the most is 2 MB");
        }
        Document document;
        try {
            document = parser().parse(new InputSource(new StringReader(svg)));
        } catch (SAXException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            return new Checked(null, "the picture is not a readable SVG file (" + (why.contains("DOCTYPE")
                    ? "it declares a DOCTYPE, which a picture may not" : why) + ")");
        } catch (java.io.IOException e) {
            return new Checked(null, "the picture is not a readable SVG file (" + e.getMessage() + ")");
        }
        try {
            return new Checked(PlainSvg.of(document), null);
        } catch (PlainSvg.Refused refused) {
            return new Checked(null, refused.getMessage());
        }
    }

    /**
     * A parser that expands no entity, fetches nothing and says nothing: the JDK's own parser otherwise prints each
     * error on standard error ("[Fatal Error] :1:1: ...") before it throws it.
     */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("a picture may not name other files");
            });
            return builder;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("this Java's XML parser cannot be made safe for pictures", e);
        }
    }

    /** Every error thrown to the caller, nothing printed; warnings (never about safety) dropped. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // nothing to say to anyone
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}

package org.physiokiosk.pictures;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Checks an SVG picture that comes from outside the library (an import, the clinic's own file) before anything
 * draws it: at most 2 MB, well-formed XML with no DOCTYPE (no entities to expand), an {@code svg} root with a size,
 * and nothing that reaches outside the file or runs: no {@code script}, {@code foreignObject} or {@code image}, no
 * link other than to a part of the same picture.
 */
public final class SvgCheck {

    /** The largest picture file accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private SvgCheck() {
    }

    /** What is wrong with {@code svg}, in words for the person who chose it; empty when it may be drawn. */
    public static Optional<String> problem(String svg) {
        if (svg == null || svg.isBlank()) {
            return Optional.of("the picture is empty");
        }
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of("the picture is " + (bytes / 1024 / 1024) + " MB; the most is 2 MB");
        }
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            root = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
        } catch (Exception e) {
            return Optional.of("the picture is not a readable SVG file (" + e.getMessage() + ")");
        }
        if (!"svg".equals(root.getLocalName())) {
            return Optional.of("the file is not an SVG picture (its first element is " + root.getTagName() + ")");
        }
        if (root.getAttribute("viewBox").isBlank()
                && (root.getAttribute("width").isBlank() || root.getAttribute("height").isBlank())) {
            return Optional.of("the picture has no size (no viewBox, width or height)");
        }
        return outside(root);
    }

    /**
     * An {@code image} may only hold a PNG or JPEG in a data URI (a clinic's photo, wrapped by {@link OwnPicture}),
     * checked like any picture before anything decodes it; any other image is refused.
     */
    private static Optional<String> embeddedPhoto(Element image) {
        String href = image.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        if (href.isEmpty()) {
            href = image.getAttribute("href");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\s*data:image/(png|jpeg);base64,([A-Za-z0-9+/=\\s]+)").matcher(href);
        if (!m.matches()) {
            return Optional.of("the picture holds an image element that is not a PNG or JPEG inside it; save it "
                    + "again as plain shapes, or choose the photo itself");
        }
        try {
            PictureCheck.check(java.util.Base64.getMimeDecoder().decode(m.group(2)), PictureLimits.HANDOUT);
            return Optional.empty();
        } catch (IllegalArgumentException | PictureProblem p) {
            return Optional.of("the photo inside the picture cannot be printed (" + p.getMessage() + ")");
        }
    }

    private static Optional<String> outside(Node node) {
        if (node instanceof Element e) {
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            if (name.equals("image")) {
                Optional<String> photo = embeddedPhoto(e);
                if (photo.isPresent()) {
                    return photo;
                }
            } else if (name.equals("script") || name.equals("foreignObject")) {
                return Optional.of("the picture holds a " + name + " element, which is not drawn here; save it "
                        + "again as plain shapes");
            }
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String attr = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
                if (attr.equals("href") && !a.getNodeValue().strip().startsWith("#") && !name.equals("image")) {
                    return Optional.of("the picture links to something outside it (" + a.getNodeValue() + ")");
                }
                if (attr.startsWith("on")) {
                    return Optional.of("the picture holds a script (" + attr + ")");
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Optional<String> problem = outside(child);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }
}

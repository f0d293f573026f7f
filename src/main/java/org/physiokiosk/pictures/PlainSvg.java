package org.physiokiosk.pictures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A parsed SVG re-written into the small subset the figure model draws with, which the kiosk's drawing library and the
 * handout's draw alike: {@code g}, {@code path}, {@code rect}, {@code circle}, {@code ellipse}, {@code line},
 * {@code polyline}, {@code polygon} and a PNG or JPEG {@code image} held inside, with plain colours, opacities, stroke
 * widths, dashes and transforms as attributes. A {@code use} is written out as a copy of what it names; an editor's
 * notes, titles, unused definitions and hidden parts are left out. What would draw differently, reach outside the file
 * or cost without bound is refused, with what is wrong in words for the person who chose the picture.
 * <p>
 * Writes a picture of the figure model back byte for byte, so the shipped pictures keep their compiled drawings.
 */
final class PlainSvg {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** Elements of any kind read, notes and definitions included: bounds the work before anything is written. */
    static final int MOST_READ = 50_000;

    /** Why a picture cannot be used, in words for the person who chose it. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static final String PLAIN_AGAIN = "; save it again as a plain SVG or as a PNG";
    private static final String SHAPES_AGAIN = "; save it again as plain shapes or as a PNG";

    private static final Set<String> NOT_DRAWN = Set.of("defs", "title", "desc", "metadata", "symbol",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "filter", "animate",
            "animateMotion", "animateTransform", "animateColor", "set", "mpath", "font", "font-face", "font-face-src",
            "font-face-uri", "font-face-format", "font-face-name", "glyph", "missing-glyph", "hkern", "vkern",
            "cursor", "view", "color-profile");
    private static final Set<String> TEXT = Set.of("text", "tspan", "textPath", "tref", "altGlyph", "flowRoot",
            "flowPara", "flowRegion");

    /** The paint properties kept, in the order they are written. */
    private static final List<String> PAINT = List.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-opacity", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity");
    /** Properties that change a drawing but are not kept: accepted only at the value that draws as without them. */
    private static final Map<String, Set<String>> ONLY_PLAIN = Map.ofEntries(
            Map.entry("stroke-linecap", Set.of("butt")), Map.entry("stroke-linejoin", Set.of("miter")),
            Map.entry("clip-path", Set.of("none")), Map.entry("mask", Set.of("none")),
            Map.entry("filter", Set.of("none")), Map.entry("marker", Set.of("none")),
            Map.entry("marker-start", Set.of("none")), Map.entry("marker-mid", Set.of("none")),
            Map.entry("marker-end", Set.of("none")), Map.entry("visibility", Set.of("visible")),
            Map.entry("mix-blend-mode", Set.of("normal")), Map.entry("vector-effect", Set.of("none")),
            Map.entry("transform-origin", Set.of()), Map.entry("transform-box", Set.of()),
            Map.entry("paint-order", Set.of("normal", "fill", "fill stroke", "fill stroke markers",
                    "fill markers stroke", "markers", "markers fill", "markers fill stroke")));
    private static final Pattern ASPECT = Pattern.compile("none|x(?:Min|Mid|Max)Y(?:Min|Mid|Max)(?: (?:meet|slice))?");
    private static final Pattern PHOTO = Pattern.compile("\\s*data:image/(png|jpeg);base64,([A-Za-z0-9+/=\\s]+)");

    private final Map<String, Element> ids = new HashMap<>();
    private final Set<String> sharedIds = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    private int read;
    private int written;
    private int uses;
    private long photoPixels;
    private boolean photos;

    private PlainSvg() {
    }

    /** {@code document} as the plain picture the program keeps. */
    static String of(Document document) throws Refused {
        PlainSvg plain = new PlainSvg();
        plain.inspect(document, 0);
        return plain.write(document.getDocumentElement());
    }

    // ---- what the picture may hold at all: looked at everywhere, definitions and notes included ----

    private void inspect(Node node, int depth) throws Refused {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw new Refused("the picture holds an instruction to fetch or run something (<?"
                        + shown(child.getNodeName()) + " ...?>)" + PLAIN_AGAIN);
            }
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue; // text, comments: never drawn from a picture
            }
            if (depth > SvgCheck.MAX_DEPTH) {
                throw new Refused("the picture has groups inside groups more than " + SvgCheck.MAX_DEPTH
                        + " deep; save it again with fewer groups (ungroup) or as a PNG");
            }
            if (++read > MOST_READ) {
                throw new Refused("the picture has more than " + MOST_READ + " parts" + SHAPES_AGAIN);
            }
            Element e = (Element) child;
            if (isSvg(e)) {
                inspectElement(e);
            }
            inspect(e, depth + 1);
        }
    }

    private void inspectElement(Element e) throws Refused {
        String name = name(e);
        if (name.equals("script") || name.equals("foreignObject") || name.equals("handler")) {
            throw new Refused("the picture holds a " + name + " element, which is not drawn here" + SHAPES_AGAIN);
        }
        if (name.equals("style")) {
            throw new Refused("the picture holds a style sheet (a style element), which could fetch things from "
                    + "elsewhere and is not drawn the same on screen and on paper; save it again with the styles on "
                    + "each shape (Illustrator: CSS Properties, Presentation Attributes) or as a PNG");
        }
        if (TEXT.contains(name)) {
            throw new Refused("the picture holds text, which is not printed from a picture; put the words in the "
                    + "exercise's steps, or save the picture again with the text turned into shapes (Inkscape: "
                    + "Path, Object to Path) or as a PNG");
        }
        String xlinkHref = null;
        String plainHref = null;
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String ns = a.getNamespaceURI();
            String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
            String value = a.getValue();
            if (XMLNS.equals(ns) || (ns == null && attr.startsWith("xmlns"))) {
                continue; // a namespace's name, never fetched
            }
            if (attr.toLowerCase(Locale.ROOT).startsWith("on")) {
                throw new Refused("the picture holds a script (" + attr + ")" + SHAPES_AGAIN);
            }
            if (attr.equals("href") && (ns == null || XLINK.equals(ns))) {
                if (ns == null) {
                    plainHref = value;
                } else {
                    xlinkHref = value;
                }
                if (name.equals("image")) {
                    photo(value);
                } else if (!value.strip().startsWith("#")) {
                    throw new Refused("the picture links to something outside it (" + shown(value) + ")"
                            + PLAIN_AGAIN);
                }
                continue;
            }
            if (ns != null && !SVG.equals(ns)) {
                continue; // an editor's notes (inkscape:label ...): never drawn
            }
            if (attr.equals("id") && !value.isBlank()) {
                if (ids.putIfAbsent(value.strip(), e) != null) {
                    sharedIds.add(value.strip());
                }
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (attr.equals("style") && (value.indexOf('\\') >= 0 || value.indexOf('@') >= 0)) {
                throw new Refused("the picture has a style written in a way that could hide a link ("
                        + shown(value) + ")" + PLAIN_AGAIN);
            }
            int url = lower.indexOf("url(");
            if (url >= 0) {
                String target = lower.substring(url + 4).replaceAll("^[\\s'\"]+", "");
                if (target.startsWith("#")) {
                    throw new Refused("the picture paints with a gradient, pattern, clip, mask or filter ("
                            + shown(value) + "), which is not drawn the same on screen and on paper; save it again "
                            + "with plain colours or as a PNG");
                }
                throw new Refused("the picture links to something outside it (" + shown(value) + ")" + PLAIN_AGAIN);
            }
        }
        if (xlinkHref != null && plainHref != null && !xlinkHref.strip().equals(plainHref.strip())) {
            throw new Refused("the picture gives one " + name + " element two different links (href and xlink:href), "
                    + "which the screen and the handout would each read differently" + PLAIN_AGAIN);
        }
    }

    /** The photo an {@code image} holds: a PNG or JPEG inside the picture, checked like any picture. */
    private static byte[] photo(String href) throws Refused {
        Matcher m = PHOTO.matcher(href);
        if (!href.strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
            throw new Refused("the picture shows an image from outside it (" + shown(href) + ")" + PLAIN_AGAIN);
        }
        if (!m.matches()) {
            throw new Refused("the picture holds an image element that is not a PNG or JPEG inside it; save it "
                    + "again as plain shapes, or choose the photo itself");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(m.group(2));
            PictureCheck.check(bytes, PictureLimits.HANDOUT);
        } catch (IllegalArgumentException | PictureProblem p) {
            throw new Refused("the photo inside the picture cannot be printed (" + p.getMessage() + ")");
        }
        return bytes;
    }

    // ---- the picture written out: what is drawn, in the subset ----

    private String write(Element root) throws Refused {
        if (!isSvg(root) || !name(root).equals("svg")) {
            throw new Refused("the file is not an SVG picture (its first element is " + shown(root.getTagName())
                    + ")");
        }
        String[] box = size(root);
        Style style = style(root, "#000000");
        boolean wrapped = !style.paint().isEmpty();
        if (wrapped) {
            out.append("<g").append(attributes(style.paint())).append(">\n");
        }
        if (!style.hidden()) {
            children(root, style.color(), wrapped ? 1 : 0, new ArrayDeque<>());
        }
        if (wrapped) {
            out.append("</g>\n");
        }
        String panels = root.getAttribute("data-panels");
        StringBuilder svg = new StringBuilder("<svg xmlns=\"").append(SVG).append('"');
        if (photos) {
            svg.append(" xmlns:xlink=\"").append(XLINK).append('"');
        }
        svg.append(" width=\"").append(box[2]).append("\" height=\"").append(box[3]).append("\" viewBox=\"")
                .append(String.join(" ", box)).append('"');
        if (panels.equals("one") || panels.equals("row") || panels.equals("column")) {
            svg.append(" data-panels=\"").append(panels).append('"');
        }
        if (root.getAttribute("data-seen").equals("behind")) {
            svg.append(" data-seen=\"behind\"");
        }
        return svg.append(">\n").append(out).append("</svg>\n").toString();
    }

    /** The view box, as four plain numbers: from viewBox, else from width and height. */
    private static String[] size(Element root) throws Refused {
        String viewBox = root.getAttribute("viewBox");
        try {
            if (!viewBox.isBlank()) {
                List<String> n = SvgValues.numbers(viewBox);
                if (n.size() != 4) {
                    throw new SvgValues.Unreadable("it needs four numbers");
                }
                if (!(SvgValues.value(n.get(2)) > 0) || !(SvgValues.value(n.get(3)) > 0)) {
                    throw new SvgValues.Unreadable("its width and height must be more than 0");
                }
                return n.toArray(new String[0]);
            }
        } catch (SvgValues.Unreadable u) {
            throw new Refused("the picture's size (viewBox=\"" + shown(viewBox) + "\") cannot be read: "
                    + u.getMessage() + PLAIN_AGAIN);
        }
        String width = root.getAttribute("width");
        String height = root.getAttribute("height");
        if (width.isBlank() || height.isBlank()) {
            throw new Refused("the picture has no size (no viewBox, width or height)" + PLAIN_AGAIN);
        }
        try {
            String w = SvgValues.absoluteLength(width);
            String h = SvgValues.absoluteLength(height);
            if (!(SvgValues.value(w) > 0) || !(SvgValues.value(h) > 0)) {
                throw new SvgValues.Unreadable("its width and height must be more than 0");
            }
            return new String[] {"0", "0", w, h};
        } catch (SvgValues.Unreadable u) {
            throw new Refused("the picture's size (width=\"" + shown(width) + "\" height=\"" + shown(height)
                    + "\") cannot be read: " + u.getMessage() + PLAIN_AGAIN);
        }
    }

    private void children(Element parent, String color, int depth, Deque<String> copying) throws Refused {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && isSvg(e)) {
                element(e, color, depth + 1, copying);
            }
        }
    }

    private void element(Element e, String color, int depth, Deque<String> copying) throws Refused {
        String name = name(e);
        switch (name) {
            case "g", "a" -> group(e, color, depth, copying);
            case "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image" -> shape(e, name, color,
                    depth);
            case "use" -> use(e, color, depth, copying);
            case "svg" -> throw new Refused("the picture holds another picture inside it (an svg element)"
                    + PLAIN_AGAIN);
            default -> {
                if (!NOT_DRAWN.contains(name)) {
                    throw new Refused("the picture uses a " + shown(name) + " element, which is not drawn the same "
                            + "on screen and on paper" + SHAPES_AGAIN);
                }
            }
        }
    }

    private void open(String name, int depth) throws Refused {
        if (depth > SvgCheck.MAX_DEPTH) {
            throw new Refused("the picture has groups inside groups more than " + SvgCheck.MAX_DEPTH
                    + " deep; save it again with fewer groups (ungroup) or as a PNG");
        }
        if (++written > SvgCheck.MAX_SHAPES) {
            throw new Refused("the picture draws more than " + SvgCheck.MAX_SHAPES + " shapes; save it again "
                    + "simpler, or as a PNG");
        }
        out.append('<').append(name);
    }

    private void group(Element e, String color, int depth, Deque<String> copying) throws Refused {
        Style style = style(e, color);
        if (style.hidden()) {
            return;
        }
        open("g", depth);
        transform(e);
        out.append(attributes(style.paint())).append(">\n");
        children(e, style.color(), depth, copying);
        out.append("</g>\n");
    }

    private void use(Element e, String color, int depth, Deque<String> copying) throws Refused {
        Style style = style(e, color);
        String href = e.getAttributeNS(XLINK, "href");
        if (href.isBlank()) {
            href = e.getAttribute("href");
        }
        href = href.strip();
        if (style.hidden() || href.length() < 2) {
            return;
        }
        String id = href.substring(1);
        if (sharedIds.contains(id)) {
            throw new Refused("two parts of the picture share the name " + shown(id) + ", so a copy of it (a use "
                    + "element) could be drawn from either" + PLAIN_AGAIN);
        }
        Element target = ids.get(id);
        if (target == null) {
            return; // names nothing: draws nothing
        }
        if (copying.contains(id)) {
            throw new Refused("a part of the picture is drawn as a copy of itself (a use element naming "
                    + shown(id) + ")" + PLAIN_AGAIN);
        }
        if (copying.size() >= SvgCheck.MAX_USE_DEPTH) {
            throw new Refused("the picture draws copies of copies (use elements) more than " + SvgCheck.MAX_USE_DEPTH
                    + " deep" + SHAPES_AGAIN);
        }
        if (++uses > SvgCheck.MAX_USES) {
            throw new Refused("the picture draws more than " + SvgCheck.MAX_USES + " copies (use elements)"
                    + SHAPES_AGAIN);
        }
        String name = name(target);
        if (name.equals("symbol") || name.equals("svg")) {
            throw new Refused("the picture draws a copy of a " + name + " element, which is not drawn the same on "
                    + "screen and on paper" + SHAPES_AGAIN);
        }
        open("g", depth);
        List<String> moves = new ArrayList<>();
        String transform = attribute(e, "transform");
        if (transform != null) {
            moves.add(value(e, "transform", () -> SvgValues.transform(transform)));
        }
        String x = coordinate(e, "x");
        String y = coordinate(e, "y");
        if (!x.equals("0") || !y.equals("0")) {
            moves.add("translate(" + x + " " + y + ")");
        }
        moves.removeIf(String::isEmpty);
        if (!moves.isEmpty()) {
            out.append(" transform=\"").append(String.join(" ", moves)).append('"');
        }
        out.append(attributes(style.paint())).append(">\n");
        copying.push(id);
        element(target, style.color(), depth + 1, copying);
        copying.pop();
        out.append("</g>\n");
    }

    /** The geometry each shape is written with, in order; those marked * must be there and more than 0. */
    private static List<String> geometry(String name) {
        return switch (name) {
            case "rect" -> List.of("x", "y", "width*", "height*", "rx", "ry");
            case "circle" -> List.of("cx", "cy", "r*");
            case "ellipse" -> List.of("cx", "cy", "rx*", "ry*");
            case "line" -> List.of("x1", "y1", "x2", "y2");
            case "image" -> List.of("x", "y", "width*", "height*");
            default -> List.of();
        };
    }

    private void shape(Element e, String name, String color, int depth) throws Refused {
        Style style = style(e, color);
        if (style.hidden()) {
            return;
        }
        Map<String, String> geometry = new LinkedHashMap<>();
        for (String g : geometry(name)) {
            boolean needed = g.endsWith("*");
            String attr = needed ? g.substring(0, g.length() - 1) : g;
            String text = attribute(e, attr);
            if (text == null) {
                if (needed) {
                    return; // a shape without its size is not drawn
                }
                continue;
            }
            String v = value(e, attr, () -> SvgValues.length(text));
            boolean size = needed || attr.equals("rx") || attr.equals("ry");
            if (size && !(SvgValues.value(v) > 0)) {
                if (needed || SvgValues.value(v) < 0) {
                    return; // no size, or a negative one: not drawn
                }
            }
            geometry.put(attr, v);
        }
        if (name.equals("path")) {
            String d = attribute(e, "d");
            if (d == null || d.isBlank()) {
                return;
            }
            geometry.put("d", value(e, "d", () -> SvgValues.path(d)));
        } else if (name.equals("polyline") || name.equals("polygon")) {
            String points = attribute(e, "points");
            if (points == null || points.isBlank()) {
                return;
            }
            geometry.put("points", value(e, "points", () -> SvgValues.points(points)));
        } else if (name.equals("image")) {
            String aspect = e.getAttribute("preserveAspectRatio").strip().replaceAll("\\s+", " ");
            if (ASPECT.matcher(aspect).matches()) {
                geometry.put("preserveAspectRatio", aspect);
            }
            String href = e.getAttributeNS(XLINK, "href");
            if (href.isBlank()) {
                href = e.getAttribute("href");
            }
            if (href.isBlank()) {
                return;
            }
            PictureHeader header;
            try {
                header = PictureCheck.header(photo(href));
            } catch (PictureProblem p) {
                throw new Refused("the photo inside the picture cannot be printed (" + p.getMessage() + ")");
            }
            photoPixels += header.pixels();
            if (photoPixels > PictureLimits.HANDOUT.maxPixels()) {
                throw new Refused("the photos inside the picture have more than " + PictureLimits.HANDOUT.maxMegapixels()
                        + " million pixels in all; save it smaller or choose one photo itself");
            }
            photos = true;
            geometry.put("xlink:href", href.replaceAll("\\s+", ""));
        }
        open(name, depth);
        geometry.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        transform(e);
        out.append(attributes(style.paint())).append("/>\n");
    }

    private void transform(Element e) throws Refused {
        String transform = attribute(e, "transform");
        if (transform != null) {
            String t = value(e, "transform", () -> SvgValues.transform(transform));
            if (!t.isEmpty()) {
                out.append(" transform=\"").append(t).append('"');
            }
        }
    }

    private String coordinate(Element e, String attr) throws Refused {
        String text = attribute(e, attr);
        return text == null ? "0" : value(e, attr, () -> SvgValues.length(text));
    }

    // ---- paint: presentation attributes, then the style attribute over them, as CSS has it ----

    /** What an element is painted with, whether it is hidden (display: none), and its currentColor. */
    private record Style(Map<String, String> paint, boolean hidden, String color) {
    }

    private Style style(Element e, String color) throws Refused {
        Map<String, String> declared = new LinkedHashMap<>();
        for (String p : PAINT) {
            declare(declared, e, p);
        }
        for (String p : ONLY_PLAIN.keySet()) {
            declare(declared, e, p);
        }
        declare(declared, e, "color");
        declare(declared, e, "display");
        String style = attribute(e, "style");
        if (style != null) {
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = declaration.substring(colon + 1).replaceAll("(?i)!\\s*important", "").strip();
                if (property.equals("transform")) {
                    throw new Refused("the picture moves a shape with a style (transform: " + shown(value) + ")"
                            + PLAIN_AGAIN);
                }
                declared.put(property, value);
            }
        }
        String current = color;
        if (declared.containsKey("color") && !isInherit(declared.get("color"))) {
            String c = declared.get("color");
            current = value(e, "color", () -> SvgValues.paint(c, color));
        }
        boolean hidden = "none".equalsIgnoreCase(declared.getOrDefault("display", "").strip());
        Map<String, String> paint = new LinkedHashMap<>();
        for (var d : declared.entrySet()) {
            String property = d.getKey();
            String value = d.getValue().strip();
            Set<String> plain = ONLY_PLAIN.get(property);
            if (plain != null && !isInherit(value) && !plain.contains(value.toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " "))) {
                throw new Refused(notKept(property, value));
            }
        }
        for (String property : PAINT) {
            String value = declared.get(property);
            if (value == null || isInherit(value)) {
                continue;
            }
            String c = current;
            paint.put(property, value(e, property, () -> switch (property) {
                case "fill", "stroke" -> SvgValues.paint(value, c);
                case "stroke-width", "stroke-dashoffset" -> nonNegative(SvgValues.length(value), property);
                case "fill-opacity", "stroke-opacity", "opacity" -> SvgValues.opacity(value);
                case "fill-rule" -> oneOf(value, "nonzero", "evenodd");
                case "stroke-dasharray" -> SvgValues.dashes(value);
                case "stroke-miterlimit" -> atLeastOne(SvgValues.number(value));
                default -> throw new IllegalStateException(property);
            }));
        }
        return new Style(paint, hidden, current);
    }

    private static String notKept(String property, String value) {
        return switch (property) {
            case "stroke-linecap", "stroke-linejoin" -> "the picture draws lines with rounded or cut ends or corners ("
                    + property + ": " + shown(value) + "), which the handout prints square; save it again with the "
                    + "lines turned into shapes (Inkscape: Path, Stroke to Path) or as a PNG";
            case "clip-path", "mask", "filter" -> "the picture uses a " + property + " (" + shown(value) + "), which "
                    + "is not drawn the same on screen and on paper" + SHAPES_AGAIN;
            default -> "the picture uses " + property + ": " + shown(value) + ", which is not drawn the same on "
                    + "screen and on paper" + SHAPES_AGAIN;
        };
    }

    private static void declare(Map<String, String> declared, Element e, String property) {
        String value = attribute(e, property);
        if (value != null) {
            declared.put(property, value);
        }
    }

    private static boolean isInherit(String value) {
        return value.strip().equalsIgnoreCase("inherit");
    }

    private static String nonNegative(String v, String property) throws SvgValues.Unreadable {
        if (SvgValues.value(v) < 0) {
            throw new SvgValues.Unreadable("it is less than 0");
        }
        return v;
    }

    private static String atLeastOne(String v) throws SvgValues.Unreadable {
        if (SvgValues.value(v) < 1) {
            throw new SvgValues.Unreadable("it is less than 1");
        }
        return v;
    }

    private static String oneOf(String value, String... allowed) throws SvgValues.Unreadable {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.strip())) {
                return a;
            }
        }
        throw new SvgValues.Unreadable("it is not one of " + String.join(", ", allowed));
    }

    private static String attributes(Map<String, String> paint) {
        StringBuilder s = new StringBuilder();
        paint.forEach((k, v) -> s.append(' ').append(k).append("=\"").append(v).append('"'));
        return s.toString();
    }

    // ---- small helpers ----

    private interface Reading {
        String read() throws SvgValues.Unreadable;
    }

    /** An attribute's value read by {@code reading}; unreadable, it refuses the picture naming where. */
    private static String value(Element e, String attr, Reading reading) throws Refused {
        try {
            return reading.read();
        } catch (SvgValues.Unreadable u) {
            throw new Refused("the picture has a " + name(e) + " whose " + attr + " cannot be read (" + u.getMessage()
                    + ")" + PLAIN_AGAIN);
        }
    }

    /** The attribute in no namespace, or null when the element has none. */
    private static String attribute(Element e, String name) {
        Attr a = e.getAttributeNodeNS(null, name);
        return a == null ? null : a.getValue();
    }

    private static boolean isSvg(Element e) {
        return e.getNamespaceURI() == null || SVG.equals(e.getNamespaceURI());
    }

    private static String name(Element e) {
        return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    }

    /** A value from the file as shown in a message: short, on one line. */
    private static String shown(String text) {
        return SvgValues.shorten(text);
    }
}

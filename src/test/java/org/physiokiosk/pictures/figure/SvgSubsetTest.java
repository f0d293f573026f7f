package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Every generated picture uses only the SVG subset of the style guide (d): elements and attributes that
 * JSVG and iText's svg module draw the same way, no text, no style, opacity, caps, joins or filters.
 */
class SvgSubsetTest {

    private static final Set<String> PAINT = Set.of("fill", "stroke", "stroke-width");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "svg", Set.of("xmlns", "width", "height", "viewBox", "data-panels", "data-seen"),
            "g", Set.of("transform"),
            "path", Set.of("d"),
            "ellipse", Set.of("cx", "cy", "rx", "ry", "transform"),
            "circle", Set.of("cx", "cy", "r"),
            "rect", Set.of("x", "y", "width", "height", "rx"),
            "line", Set.of("x1", "y1", "x2", "y2"),
            "polygon", Set.of("points"));

    static Stream<Path> pictures() throws IOException {
        return Files.list(Path.of("data/catalogue/pictures")).filter(p -> p.toString().endsWith(".svg")).sorted();
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void usesOnlyTheSafeSubset(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(svg))))
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(root.getAttribute("data-panels")).isIn("one", "row", "column");
        assertThat(root.getAttribute("data-seen")).isIn("", "behind");
        List<String> problems = new ArrayList<>();
        check(root, problems);
        assertThat(problems).as(svg.toString()).isEmpty();
    }

    /** An arrow below the floor is cut off with the picture (a heel dropping from a step showed a stray tick). */
    @ParameterizedTest
    @MethodSource("pictures")
    void noArrowReachesBelowTheFloor(Path svg) throws Exception {
        String text = Files.readString(svg);
        for (String group : text.split("<g ")) {
            java.util.regex.Matcher floor = java.util.regex.Pattern.compile(
                    "^[^>]*>\\s*<line x1=\"[-0-9.]+\" y1=\"([-0-9.]+)\" x2=\"[-0-9.]+\" y2=\"\\1\"").matcher(group);
            if (!floor.find()) {
                continue; // a top view has no floor
            }
            double floorY = Double.parseDouble(floor.group(1));
            java.util.regex.Matcher arrow = java.util.regex.Pattern.compile(
                    "<path d=\"([^\"]*)\" fill=\"" + FigureSvg.ARROW + "\"").matcher(group);
            while (arrow.find()) {
                java.util.regex.Matcher point = java.util.regex.Pattern.compile("[ML]([-0-9.]+) ([-0-9.]+)")
                        .matcher(arrow.group(1));
                while (point.find()) {
                    assertThat(Double.parseDouble(point.group(2))).as("%s: arrow point below the floor", svg)
                            .isLessThanOrEqualTo(floorY);
                }
            }
        }
    }

    private static void check(Node node, List<String> problems) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) child;
                    checkElement(e, problems);
                    check(e, problems);
                }
                case Node.TEXT_NODE -> {
                    if (!child.getTextContent().isBlank()) {
                        problems.add("text '" + child.getTextContent().strip() + "'");
                    }
                }
                case Node.COMMENT_NODE -> { }
                default -> problems.add("node of type " + child.getNodeType());
            }
        }
        if (node instanceof Element e) {
            checkElement(e, problems);
        }
    }

    private static void checkElement(Element e, List<String> problems) {
        Set<String> allowed = ALLOWED.get(e.getTagName());
        if (allowed == null) {
            problems.add("element <" + e.getTagName() + ">");
            return;
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            String name = attrs.item(i).getNodeName();
            String value = attrs.item(i).getNodeValue();
            if (!allowed.contains(name) && !(PAINT.contains(name) && !e.getTagName().equals("svg")
                    && !e.getTagName().equals("g"))) {
                problems.add("<" + e.getTagName() + "> attribute " + name);
            }
            if ((name.equals("fill") || name.equals("stroke")) && !value.matches("none|#[0-9A-F]{6}")) {
                problems.add("<" + e.getTagName() + "> " + name + "=\"" + value + "\"");
            }
            if (name.equals("transform") && !value.matches("(translate|rotate)\\([-0-9. ]+\\)")) {
                problems.add("<" + e.getTagName() + "> transform=\"" + value + "\"");
            }
            if (name.equals("d") && !value.matches("[MLAZ0-9 .\\-]+")) {
                problems.add("<path> d uses commands other than M, L, A and Z: " + value);
            }
            if (value.contains(",") && !name.equals("points")) {
                problems.add("<" + e.getTagName() + "> " + name + " has a comma: " + value);
            }
        }
    }
}

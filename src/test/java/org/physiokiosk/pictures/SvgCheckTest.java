package org.physiokiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SvgCheckTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">";

    @Test
    void everyShippedPictureIsAccepted() throws Exception {
        try (var files = Files.list(Path.of("data/catalogue/pictures"))) {
            files.filter(f -> f.toString().endsWith(".svg")).forEach(f -> {
                try {
                    assertThat(SvgCheck.problem(Files.readString(f))).as(f.toString()).isEmpty();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void refusesWhatWouldReachOutsideOrRunOrExpand() {
        assertThat(SvgCheck.problem(OPEN + "<script>alert(1)</script></svg>")).get().asString().contains("script");
        assertThat(SvgCheck.problem(OPEN + "<image href=\"file:///etc/passwd\"/></svg>")).get().asString()
                .contains("image");
        assertThat(SvgCheck.problem(OPEN + "<use href=\"http://example.com/a.svg#x\"/></svg>")).get().asString()
                .contains("links to something outside");
        assertThat(SvgCheck.problem(OPEN + "<rect width=\"1\" height=\"1\" onclick=\"x()\"/></svg>")).get()
                .asString().contains("script");
        assertThat(SvgCheck.problem("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]>" + OPEN
                + "<g>&a;</g></svg>")).get().asString().contains("not a readable SVG");
        assertThat(SvgCheck.problem(OPEN + "<use href=\"#part\"/></svg>")).isEmpty();
    }

    @Test
    void everyShippedPictureIsKeptByteForByte() throws Exception {
        // So each keeps the drawing the build compiled for its text, and the figure model's subset is the one kept.
        try (var files = Files.list(Path.of("data/catalogue/pictures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                String svg = Files.readString(f);
                assertThat(SvgCheck.check(svg).svg()).as(f.toString()).isEqualTo(svg);
            }
        }
    }

    /** A drawing as an editor saves it: its notes, a style attribute, a colour name, a copy and a hidden layer. */
    private static final String EDITED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- Created with Inkscape -->\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
            + "xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" "
            + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" width=\"100mm\" height=\"50mm\" "
            + "viewBox=\"0 0 100 50\" version=\"1.1\" id=\"svg1\" sodipodi:docname=\"arm.svg\">\n"
            + "<sodipodi:namedview id=\"n\" pagecolor=\"#ffffff\"/>\n"
            + "<metadata><rdf:RDF><rdf:Description rdf:about=\"http://purl.org/dc/dcmitype/StillImage\"/>"
            + "</rdf:RDF></metadata>\n<title>Arm raise</title>\n"
            + "<defs><circle id=\"dot\" r=\"2\" cx=\"0\" cy=\"0\"/></defs>\n"
            + "<g inkscape:label=\"Layer 1\" inkscape:groupmode=\"layer\" id=\"layer1\" "
            + "style=\"fill:#ff0000;fill-opacity:1;stroke:none;stroke-width:0.5px;stroke-linecap:butt;"
            + "-inkscape-font-specification:Sans;font-size:12px\">\n"
            + "<path id=\"p1\" d=\"m 10,10 20,0 0,20 z\" sodipodi:nodetypes=\"cccc\"/>\n"
            + "<rect x=\"50\" y=\"10\" width=\"20\" height=\"20\" fill=\"cornflowerblue\" class=\"a\"/>\n"
            + "<use xlink:href=\"#dot\" x=\"80\" y=\"40\" style=\"fill:rgb(0,128,0)\"/>\n</g>\n"
            + "<g style=\"display:none\" id=\"hidden\"><rect width=\"100\" height=\"50\" fill=\"#000\"/></g>\n"
            + "</svg>\n";

    @Test
    void aDrawingFromAnEditorIsKeptAsThePlainShapesItDraws() {
        SvgCheck.Checked checked = SvgCheck.check(EDITED);
        assertThat(checked.problem()).isNull();
        assertThat(checked.svg()).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" "
                + "viewBox=\"0 0 100 50\">\n"
                + "<g fill=\"#ff0000\" fill-opacity=\"1\" stroke=\"none\" stroke-width=\"0.5\">\n"
                + "<path d=\"m10 10 l20 0 l0 20 z\"/>\n"
                + "<rect x=\"50\" y=\"10\" width=\"20\" height=\"20\" fill=\"#6495ED\"/>\n"
                + "<g transform=\"translate(80 40)\" fill=\"#008000\">\n<circle cx=\"0\" cy=\"0\" r=\"2\"/>\n</g>\n"
                + "</g>\n</svg>\n");
        assertThat(SvgCheck.check(checked.svg()).svg()).as("checking again keeps it as it is").isEqualTo(checked.svg());
        assertThat(PictureShape.of(checked.svg()).width()).isEqualTo(100);
    }

    @Test
    void whatWouldDrawDifferentlyOnScreenAndOnPaperIsRefusedSayingWhatToDo() {
        assertThat(SvgCheck.problem(OPEN + "<path d=\"M1 1 L9 9\" stroke=\"#000\" stroke-linecap=\"round\"/></svg>"))
                .get().asString().contains("rounded", "Stroke to Path");
        assertThat(SvgCheck.problem(OPEN + "<defs><linearGradient id=\"g\"/></defs>"
                + "<rect width=\"9\" height=\"9\" fill=\"url(#g)\"/></svg>")).get().asString()
                .contains("gradient", "plain colours");
        assertThat(SvgCheck.problem(OPEN + "<path d=\"M1 1 L9 x\"/></svg>")).get().asString()
                .contains("path", "cannot be read", "save it again");
        assertThat(SvgCheck.problem(OPEN + "<rect width=\"9\" height=\"9\" fill=\"#bad-colour\"/></svg>")).get()
                .asString().contains("colour");
        assertThat(SvgCheck.problem(OPEN + "<g id=\"a\"><use href=\"#a\"/></g></svg>")).get().asString()
                .contains("copy of itself");
    }

    @Test
    void thePicturesAtTheLimitsAreKeptAndOneMoreIsRefused() {
        String shape = "<rect width=\"1\" height=\"1\"/>";
        assertThat(SvgCheck.problem(OPEN + shape.repeat(SvgCheck.MAX_SHAPES) + "</svg>")).isEmpty();
        assertThat(SvgCheck.problem(OPEN + shape.repeat(SvgCheck.MAX_SHAPES + 1) + "</svg>")).get().asString()
                .contains("more than " + SvgCheck.MAX_SHAPES + " shapes");
        assertThat(SvgCheck.problem(OPEN + "<g>".repeat(SvgCheck.MAX_DEPTH - 1) + shape
                + "</g>".repeat(SvgCheck.MAX_DEPTH - 1) + "</svg>")).isEmpty();
        assertThat(SvgCheck.problem(OPEN + "<g>".repeat(SvgCheck.MAX_DEPTH) + shape
                + "</g>".repeat(SvgCheck.MAX_DEPTH) + "</svg>")).get().asString().contains("groups inside groups");
        String uses = "<defs><rect id=\"r\" width=\"1\" height=\"1\"/></defs>";
        assertThat(SvgCheck.problem(OPEN + uses + "<use href=\"#r\"/>".repeat(SvgCheck.MAX_USES) + "</svg>")).isEmpty();
        assertThat(SvgCheck.problem(OPEN + uses + "<use href=\"#r\"/>".repeat(SvgCheck.MAX_USES + 1) + "</svg>"))
                .get().asString().contains("more than " + SvgCheck.MAX_USES + " copies");
    }

    @Test
    void refusesWhatIsNotAPictureOrTooLarge() {
        assertThat(SvgCheck.problem("<html/>")).get().asString().contains("not an SVG picture");
        assertThat(SvgCheck.problem("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")).get().asString()
                .contains("no size");
        assertThat(SvgCheck.problem("not xml")).get().asString().contains("not a readable SVG");
        String big = OPEN + "<!--" + "x".repeat(SvgCheck.MAX_BYTES) + "--></svg>";
        assertThat(SvgCheck.problem(big)).get().asString().contains("the most is 2 MB");
    }
}

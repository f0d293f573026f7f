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
    void refusesWhatIsNotAPictureOrTooLarge() {
        assertThat(SvgCheck.problem("<html/>")).get().asString().contains("not an SVG picture");
        assertThat(SvgCheck.problem("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")).get().asString()
                .contains("no size");
        assertThat(SvgCheck.problem("not xml")).get().asString().contains("not a readable SVG");
        String big = OPEN + "<!--" + "x".repeat(SvgCheck.MAX_BYTES) + "--></svg>";
        assertThat(SvgCheck.problem(big)).get().asString().contains("the most is 2 MB");
    }
}

package org.physiokiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.testing.TestPictures;

/** The clinic's own picture from a file: checked, and a photo kept whole inside an SVG. */
class OwnPictureTest {

    @TempDir
    Path dir;

    /** The picture as the kiosk's editor reads it when the clinic chooses the file {@code name}. */
    private String chosen(String name, String svg) throws Exception {
        Path file = Files.writeString(dir.resolve(name), svg);
        return OwnPicture.svg(Files.readAllBytes(file), name);
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(2, 2, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoIsKeptWholeInAnSvgOfItsOwnSizeThatTheCheckAccepts() throws Exception {
        byte[] photo = png(120, 80);
        String svg = OwnPicture.svg(photo, "squat.png");
        assertThat(svg).contains("viewBox=\"0 0 120 80\"", "data-panels=\"one\"", "data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(photo));
        assertThat(SvgCheck.problem(svg)).isEmpty();
        assertThat(PictureShape.of(svg).panels()).isEqualTo(PictureShape.Panels.ONE);
    }

    @Test
    void whatCannotBeUsedIsRefusedSayingWhatToDo() throws Exception {
        assertThatThrownBy(() -> OwnPicture.svg(new byte[OwnPicture.MAX_BYTES + 1], "big.png"))
                .hasMessageContaining("2 MB at most");
        assertThatThrownBy(() -> OwnPicture.svg("GIF89a....".getBytes(), "old.gif"))
                .hasMessageContaining("not an SVG, PNG or JPEG");
        byte[] cut = java.util.Arrays.copyOf(png(50, 50), 30);
        assertThatThrownBy(() -> OwnPicture.svg(cut, "cut.png")).hasMessageContaining("damaged or cut short");
        assertThatThrownBy(() -> OwnPicture.svg(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\">"
                + "<script>x()</script></svg>").getBytes(), "a.svg")).hasMessageContaining("script");
        assertThatThrownBy(() -> OwnPicture.svg(new byte[0], "empty.png")).hasMessageContaining("empty");
    }

    @Test
    void anImageElementMayOnlyHoldACheckedPhoto() throws Exception {
        String good = OwnPicture.svg(png(10, 10), "a.png");
        assertThat(SvgCheck.problem(good.replace("data:image/png", "data:image/gif"))).get().asString()
                .contains("not a PNG or JPEG");
        String broken = good.replaceAll("base64,[^\"]*", "base64,iVBORw0KGgo=");
        assertThat(SvgCheck.problem(broken)).get().asString().contains("cannot be printed");
    }

    @Test
    void aSecondLinkBesideACheckedPhotoIsRefused() throws Exception {
        Path secret = Files.write(dir.resolve("secret.png"), TestPictures.plainPng(7, 13));
        assertThatThrownBy(() -> chosen("two.svg", TestPictures.twoLinks(png(10, 10), secret.toUri().toString())))
                .isInstanceOf(OwnPicture.Refused.class)
                .hasMessageContaining("two.svg cannot be used").hasMessageContaining("outside it")
                .hasMessageContaining("save it again");
        assertThatThrownBy(() -> chosen("web.svg", TestPictures.twoLinks(png(10, 10), "http://127.0.0.1:9/a.png")))
                .isInstanceOf(OwnPicture.Refused.class).hasMessageContaining("http://127.0.0.1:9/a.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "font", "instruction"})
    void nothingThatWouldFetchIsAccepted(String how) {
        String address = "http://127.0.0.1:9/far";
        String svg = switch (how) {
            case "import" -> TestPictures.importing(address);
            case "font" -> TestPictures.fontFrom(address);
            default -> TestPictures.styleSheetFrom(address);
        };
        assertThatThrownBy(() -> chosen(how + ".svg", svg)).isInstanceOf(OwnPicture.Refused.class)
                .hasMessageContaining(how + ".svg cannot be used").hasMessageContaining("save it again");
    }

    @Test
    void copiesOfCopiesAreRefusedBeforeAnythingDrawsThem() throws Exception {
        String laughs = TestPictures.nestedUses();
        assertThat(laughs.length()).isBetween(1800, 2000);
        assertThatThrownBy(() -> chosen("laughs.svg", laughs)).isInstanceOf(OwnPicture.Refused.class)
                .hasMessageContaining("copies of copies").hasMessageContaining("save it again");
    }

    @Test
    void wordsInAPictureAreRefusedSayingWhereTheyBelong() {
        assertThatThrownBy(() -> chosen("words.svg", TestPictures.withText())).isInstanceOf(OwnPicture.Refused.class)
                .hasMessageContaining("holds text").hasMessageContaining("exercise's steps")
                .hasMessageContaining("Object to Path");
    }

    @Test
    void aSizeThatIsNoNumberOrTooDeepANestingIsRefusedInPlainWords() {
        assertThatThrownBy(() -> chosen("nan.svg", TestPictures.notANumberViewBox()))
                .isInstanceOf(OwnPicture.Refused.class).hasMessageContaining("size")
                .hasMessageContaining("NaN").hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> chosen("wide.svg", TestPictures.infiniteWidth()))
                .isInstanceOf(OwnPicture.Refused.class).hasMessageContaining("size")
                .hasMessageContaining("Infinity").hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> chosen("deep.svg", TestPictures.nestedGroups(5000)))
                .isInstanceOf(OwnPicture.Refused.class).hasMessageContaining("groups inside groups")
                .hasMessageContaining("save it again");
    }

    @Test
    void aPictureThatIsNoXmlIsRefusedWithoutALineOnStandardError() throws Exception {
        java.io.PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> chosen("letter.svg", "Dear Sam, see you on Monday."))
                    .hasMessageContaining("not a readable SVG");
            assertThatThrownBy(() -> chosen("cut.svg", TestPictures.withText().substring(0, 90)))
                    .hasMessageContaining("not a readable SVG");
        } finally {
            System.setErr(was);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}

package org.physiokiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The clinic's own picture from a file: checked, and a photo kept whole inside an SVG. */
class OwnPictureTest {

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
}

package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.pictures.SvgCheck;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.testing.TestPictures;
import org.physiokiosk.wiring.Services;

/** The library list's thumbnails, drawn without a window. */
class PictureIconTest {

    @TempDir
    Path dir;

    private static int[] inkBox(PictureIcon icon) {
        BufferedImage image = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        int left = image.getWidth();
        int right = -1;
        int top = image.getHeight();
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 200) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {right - left + 1, bottom - top + 1};
    }

    @Test
    void aLyingPairShowsItsFinishPanelAcrossTheIconRatherThanTwoThinStrips() throws Exception {
        String stacked = Files.readString(Path.of("data/catalogue/pictures/knee-to-chest.svg"));
        assertThat(stacked).contains("data-panels=\"column\"");
        int[] ink = inkBox(PictureIcon.of(stacked, 90, 60));
        // Most of the icon's 90 pixels across (two thin strips side by side would be half that).
        assertThat(ink[0]).as("ink width").isGreaterThanOrEqualTo(75);
        assertThat(ink[1]).as("ink height").isLessThan(45);
    }

    @Test
    void aStandingPairShowsBothPanels() throws Exception {
        String row = Files.readString(Path.of("data/catalogue/pictures/sit-to-stand.svg"));
        assertThat(row).contains("data-panels=\"row\"");
        int[] ink = inkBox(PictureIcon.of(row, 90, 60));
        // Both figures: the drawing spans most of the icon's height, centred.
        assertThat(ink[1]).as("ink height").isGreaterThan(50);
    }

    @Test
    void everyPictureThePictureCheckKeepsIsDrawnUpToItsLimits() {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">";
        String shape = "<rect width=\"90\" height=\"90\" fill=\"#000000\"/>";
        String most = SvgCheck.check(open + shape.repeat(SvgCheck.MAX_SHAPES) + "</svg>").svg();
        String deepest = SvgCheck.check(open + "<g>".repeat(SvgCheck.MAX_DEPTH - 1) + shape
                + "</g>".repeat(SvgCheck.MAX_DEPTH - 1) + "</svg>").svg();
        for (String svg : new String[] {most, deepest}) {
            PictureIcon icon = PictureIcon.of(svg, 60, 60);
            assertThat(icon).isNotNull();
            assertThat(inkBox(icon)[0]).as("ink width").isGreaterThan(40);
        }
    }

    @Test
    void picturesStoredByAnEarlierVersionAreDrawnAsTheHandoutPrintsThemWithoutALineOnStandardError()
            throws Exception {
        TestClinic clinic = new TestClinic(dir);
        java.io.PrintStream was = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try (Services s = clinic.start()) {
            String deep = TestClinic.storedAsBefore(s, "Deep lift", TestPictures.nestedGroups(5000));
            String copies = TestClinic.storedAsBefore(s, "Copied lift", TestPictures.nestedUses());
            String plain = TestClinic.storedAsBefore(s, "Plain lift",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"><rect width=\"90\" "
                    + "height=\"90\" style=\"fill:navy\"/></svg>");
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            var library = s.clinicExercises().library();
            for (String id : new String[] {deep, copies}) {
                library.picture(id).ifPresent(svg -> PictureIcon.of(svg, 60, 60));
                assertThat(library.picture(id).isPresent()).as(id).isFalse();
            }
            assertThat(library.picture(plain)).get().asString().contains("fill=\"#000080\"");
            assertThat(PictureIcon.of(library.picture(plain).orElseThrow(), 60, 60)).isNotNull();
        } finally {
            System.setErr(was);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}

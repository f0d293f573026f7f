package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The library list's thumbnails, drawn without a window. */
class PictureIconTest {

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
        assertThat(ink[0]).as("ink width").isGreaterThan(80);
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
}

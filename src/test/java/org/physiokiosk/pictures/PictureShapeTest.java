package org.physiokiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PictureShapeTest {

    @Test
    void readsSizeAndArrangementFromTheRootElement() {
        PictureShape shape = PictureShape.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"209.6\" "
                + "height=\"180\" viewBox=\"0 0 209.6 180\" data-panels=\"column\">\n<g/></svg>");
        assertThat(shape.panels()).isEqualTo(PictureShape.Panels.COLUMN);
        assertThat(shape.width()).isEqualTo(209.6);
        assertThat(shape.panelHeight()).isEqualTo(80);
        assertThat(shape.panelWidth()).isEqualTo(209.6);
    }

    @Test
    void aPictureDrawnBeforePanelsWereCutIsReadAsBefore() {
        // Snapshots keep the pictures they printed: a reprint of an older handout still captions them right.
        assertThat(PictureShape.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"660\" height=\"240\" "
                + "viewBox=\"0 0 660 240\">").panels()).isEqualTo(PictureShape.Panels.ROW);
        PictureShape one = PictureShape.of("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 240\">");
        assertThat(one.panels()).isEqualTo(PictureShape.Panels.ONE);
        assertThat(one.panelWidth()).isEqualTo(320);
    }

    @Test
    void fitsInsideTheRoomGivenAndNeverAboveTheMostScale() {
        PictureShape row = new PictureShape(400, 200, PictureShape.Panels.ROW);
        assertThat(row.scaleToFit(200, 200, 0.6f)).isEqualTo(0.5f);
        assertThat(row.scaleToFit(1000, 1000, 0.6f)).isEqualTo(0.6f);
        assertThat(row.panelWidth()).isEqualTo(190);
    }
}

package org.physiokiosk.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TestPictures;

class ClinicSettingsTest {

    private static ClinicSettings withLogo(byte[] logo) {
        return new ClinicSettings("Riverside Physio", "2 River Road", "555-0199", "999", logo, PaperSize.A4);
    }

    @Test
    void aLogoUnderOneMegabyteWithFifteenThousandPixelsASideIsRefusedSayingWhatToDo() {
        byte[] huge = TestPictures.hugePng();
        assertThat(huge.length).isLessThan(ClinicSettings.MAX_LOGO_BYTES);
        assertThat(withLogo(huge).problems()).containsExactlyEntriesOf(java.util.Map.of("logo",
                "The logo is 15000 x 15000 pixels; a handout needs at most 4000 pixels on a side and 12 million"
                        + " in all: choose a smaller image."));
    }

    @Test
    void aLogoCutShortIsRefusedAsDamaged() {
        byte[] cut = TestPictures.truncated(TestPictures.noisePng(), 200);
        assertThat(withLogo(cut).problems()).containsEntry("logo",
                "The logo file is damaged or not a complete PNG or JPEG: choose another.");
        byte[] jpeg = TestPictures.noiseJpeg();
        assertThat(withLogo(TestPictures.truncated(jpeg, jpeg.length / 2)).problems()).containsEntry("logo",
                "The logo file is damaged or not a complete PNG or JPEG: choose another.");
    }

    @Test
    void anOrdinaryLogoOrNoneIsAcceptedAndOtherFilesAreRefusedAsBefore() {
        assertThat(withLogo(TestPictures.noisePng()).problems()).isEmpty();
        assertThat(withLogo(TestPictures.noiseJpeg()).problems()).isEmpty();
        assertThat(withLogo(null).problems()).isEmpty();
        assertThat(withLogo("GIF89a".getBytes()).problems())
                .containsEntry("logo", "The logo must be a PNG or JPEG image.");
        assertThat(withLogo(new byte[ClinicSettings.MAX_LOGO_BYTES + 1]).problems())
                .containsEntry("logo", "The logo is larger than 1 MB: choose a smaller PNG or JPEG.");
    }
}

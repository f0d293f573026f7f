package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.testing.TestPictures;

/** The clinic settings screen's model, as the screen drives it when a logo file is chosen; no window. */
class ClinicSettingsModelTest {

    private static final String DAMAGED = "The logo file is damaged or not a complete PNG or JPEG: choose another.";

    private final ClinicSettingsModel model = new ClinicSettingsModel();
    private final byte[] current = TestPictures.plainPng(120, 40);
    private int changes;

    @BeforeEach
    void loadSettingsWithALogo() {
        model.loaded(new ClinicSettings("Riverside Physio", "", "", "999", current, PaperSize.A4));
        model.onChanged(() -> changes++);
    }

    @Test
    void aChosenLogoWithFifteenThousandPixelsASideIsRefusedAndTheCurrentOneKept() {
        ClinicSettingsModel.LogoChoice choice = ClinicSettingsModel.LogoChoice.of(TestPictures.hugePng());
        model.logoChosen(choice);

        String expected = "The logo is 15000 x 15000 pixels; a handout needs at most 4000 pixels on a side and"
                + " 12 million in all: choose a smaller image.";
        assertThat(choice.problem()).contains(expected);
        assertThat(model.status()).isEqualTo(expected);
        assertThat(model.problem("logo")).isEqualTo(expected);
        assertThat(model.logo()).isEqualTo(current);
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aChosenLogoCutShortIsRefusedAsDamaged() {
        model.logoChosen(ClinicSettingsModel.LogoChoice.of(TestPictures.truncated(TestPictures.noisePng(), 200)));
        assertThat(model.status()).isEqualTo(DAMAGED);
        assertThat(model.logo()).isEqualTo(current);
    }

    @Test
    void aChosenLogoWhoseDataOnlyDecodingFindsGarbledIsRefusedAsDamaged() {
        byte[] garbled = TestPictures.png(300, 100, 8, 2, "not zlib data at all".getBytes());
        assertThat(ClinicSettings.logoProblem(garbled)).as("the quick check cannot see it").isEmpty();
        model.logoChosen(ClinicSettingsModel.LogoChoice.of(garbled));
        assertThat(model.status()).isEqualTo(DAMAGED);
        assertThat(model.logo()).isEqualTo(current);
    }

    @Test
    void aGoodLogoChosenAfterARefusedOneIsTakenAndTheProblemCleared() {
        model.logoChosen(ClinicSettingsModel.LogoChoice.of(TestPictures.hugePng()));
        byte[] good = TestPictures.noiseJpeg();
        model.logoChosen(ClinicSettingsModel.LogoChoice.of(good));

        assertThat(model.logo()).isEqualTo(good);
        assertThat(model.status()).isEmpty();
        assertThat(model.problem("logo")).isEmpty();
        assertThat(model.check("Riverside Physio", "", "", "999", "", PaperSize.A4)).get()
                .satisfies(s -> assertThat(s.logo()).isEqualTo(good));
    }

    @Test
    void savingRefusesALogoSetWithoutTheChoiceCheck() {
        model.setLogo(TestPictures.hugePng());
        assertThat(model.check("Riverside Physio", "", "", "999", "", PaperSize.A4)).isEmpty();
        assertThat(model.problem("logo")).startsWith("The logo is 15000 x 15000 pixels");
    }

    @Test
    void theDoctorLineTypedIsSavedAndALongOneIsRefusedSayingWhy() {
        assertThat(model.check("Riverside Physio", "", "", "999", "  111 ", PaperSize.A4)).get()
                .satisfies(s -> assertThat(s.doctorLine()).isEqualTo("111"));
        assertThat(model.check("Riverside Physio", "", "", "999", "1".repeat(200), PaperSize.A4)).isEmpty();
        assertThat(model.status()).isNotEmpty();
    }
}

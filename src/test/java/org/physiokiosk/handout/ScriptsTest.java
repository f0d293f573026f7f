package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.PdfValidation;
import org.physiokiosk.testing.Pdfs;

/** Any patient or therapist name prints correctly, whatever its script. */
class ScriptsTest {

    @TempDir
    Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();

    private Path handout(String patient, String therapist) throws Exception {
        return handout(Fixtures.FONTS, patient, therapist, Fixtures.CLINIC);
    }

    private Path handout(HandoutFonts fonts, String patient, String therapist,
                         org.physiokiosk.clinic.ClinicSettings clinic) throws Exception {
        PlanDraft draft = new PlanDraft(1, List.of(PlanItem.of(catalogue.exercises().get(0))), "", therapist, "", "",
                false);
        Path file = dir.resolve("h.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new HandoutWriter(fonts).write(
                    HandoutContent.of(catalogue, clinic, patient, 5, LocalDate.of(2026, 11, 24), draft), out);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Łukasiewicz", "François Øvergård", "Σοφία Παπαδοπούλου", "Дмитрий Иванов",
        "יעל כהן", "فاطمة الزهراء", "प्रिया शर्मा", "王小明", "山田 花子", "김민준"})
    void nameInEveryScriptComesBackOutOfThePdfUnchanged(String name) throws Exception {
        Path pdf = handout(name, name);
        if (org.physiokiosk.handout.Devanagari.needs(name)) {
            // Shaped Devanagari words carry the typed text as ActualText, which screen readers read.
            assertThat(String.join(" ", Pdfs.actualTexts(pdf))).as("ActualText in the structure tree")
                    .contains(name.split(" "));
        } else {
            assertThat(Pdfs.text(pdf).lines()).as("lines of the handout").anyMatch(line -> line.contains(name));
        }
        assertThat(Pdfs.fonts(pdf)).allMatch(f -> f.endsWith(" embedded"));
        PdfValidation.assertPdfA2aAndUa1(pdf);
    }

    @Test
    void eachScriptGetsAFontThatHasIt() throws Exception {
        Path pdf = handout("王小明 יעל كهن प्रिया 김민준", "Sam");
        assertThat(String.join(" ", Pdfs.fonts(pdf)))
                .contains("DejaVuSans", "NotoSansDevanagari", "DroidSansFallback", "NanumGothic");
    }

    @Test
    void aHandoutInLatinLettersReadsOnlyTheFirstFont() throws Exception {
        // Fonts load per script: the 9 MB of Chinese, Japanese and Korean fonts stay unread for most handouts.
        HandoutFonts fonts = new HandoutFonts();
        assertThat(fonts.filesRead()).isEmpty();
        Path pdf = handout(fonts, "Zoë Łukasiewicz", "Sam Lee", Fixtures.CLINIC);
        assertThat(fonts.filesRead()).allMatch(f -> f.startsWith("DejaVuSans"));
        assertThat(String.join(" ", Pdfs.fonts(pdf))).contains("DejaVuSans").doesNotContain("Droid", "Nanum");
    }

    @Test
    void aKoreanAddressReadsTheKoreanFontAndPrints() throws Exception {
        // The address is in no toString of the clinic's settings: the fonts follow every word the handout prints.
        HandoutFonts fonts = new HandoutFonts();
        var clinic = new org.physiokiosk.clinic.ClinicSettings(Fixtures.CLINIC.name(), "서울 중구 세종대로 110",
                Fixtures.CLINIC.phone(), Fixtures.CLINIC.emergencyNumber(), Fixtures.CLINIC.logo(),
                Fixtures.CLINIC.paper());
        Path pdf = handout(fonts, "Ann Lee", "Sam Lee", clinic);
        assertThat(fonts.filesRead()).contains("NanumGothic.ttf")
                .doesNotContain("NotoSansDevanagari-Regular.ttf", "DroidSansFallbackFull.ttf");
        assertThat(Pdfs.text(pdf)).contains("서울 중구 세종대로 110");
    }

    @Test
    void devanagariIsShapedIntoConjunctsNotLeftAsLoneLetters() throws Exception {
        Path shaped = handout("शर्मा", "Sam");
        int shapedGlyphs = Pdfs.glyphCount(shaped);
        Path plain = handout("Sxxxx", "Sam"); // as many characters as शर्मा
        // Shaping joins र् into a reph over the next letter: fewer glyphs than characters are drawn.
        assertThat(shapedGlyphs).isLessThan(Pdfs.glyphCount(plain));
    }

    @Test
    void aCharacterNoFontHasIsReportedByName() {
        HandoutFonts fonts = Fixtures.FONTS;
        assertThat(fonts.missing("Ann 🦠 Lee \uE000")).containsExactly("🦠", "\uE000");
        assertThat(HandoutFonts.describe("🦠")).isEqualTo("U+1F9A0 (🦠)");
        assertThat(fonts.missing("Zoë Σοφία 王小明 فاطمة")).isEmpty();
    }
}

package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.handout.HandoutContent;
import org.physiokiosk.handout.HandoutWriter;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

/** Patient-facing text stays at or below US grade 8 (the aim is about grade 6). */
class ReadingLevelTest {

    private static final double MAX_GRADE = 8.0;

    @TempDir
    Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();

    @Test
    void gradeTellsSimpleFromHardText() {
        assertThat(ReadingLevel.grade("Lie on your back. Bend your knees.")).isLessThan(2);
        assertThat(ReadingLevel.grade("Physiotherapeutic interventions necessitate individualised "
                + "biomechanical considerations regarding lumbopelvic stabilisation.")).isGreaterThan(16);
        assertThat(ReadingLevel.syllables("exercise")).isEqualTo(3);
        assertThat(ReadingLevel.syllables("back")).isEqualTo(1);
    }

    @Test
    void everyExerciseReadsAtGradeEightOrBelow() {
        for (Exercise e : catalogue.exercises()) {
            String text = e.name() + "\n" + e.purpose() + "\n" + String.join("\n", e.steps()) + "\n" + e.takeCare();
            assertThat(ReadingLevel.grade(text)).as("grade of %s", e.id()).isLessThanOrEqualTo(MAX_GRADE);
        }
    }

    @Test
    void redFlagsTipsAndDisclaimerReadAtGradeEightOrBelow() {
        WarningSigns w = catalogue.warnings();
        List<String> texts = new ArrayList<>();
        w.general().values().forEach(signs -> signs.forEach(sign -> texts.add(sign.text())));
        w.regions().values().forEach(tiers -> tiers.values().forEach(signs -> {
            texts.add(String.join("\n", signs.stream().map(WarningSigns.Sign::text).toList()));
        }));
        texts.add(w.injuryWarning().text());
        texts.add(String.join("\n", w.afterAFall().stream().map(WarningSigns.Sign::text).toList()));
        catalogue.shared().disclaimer().forEach(line -> texts.add(line.text()));
        texts.add(String.join("\n", catalogue.shared().tips().stream().map(SharedText.Line::text).toList()));
        for (String text : texts.stream().filter(t -> !t.isBlank()).toList()) {
            assertThat(ReadingLevel.grade(text)).as("grade of: %s", text).isLessThanOrEqualTo(MAX_GRADE);
        }
    }

    @Test
    void aWholeGeneratedHandoutReadsAtGradeEightOrBelow() throws Exception {
        List<PlanItem> items = new ArrayList<>();
        catalogue.exercises().forEach(e -> items.add(PlanItem.of(e)));
        Path pdf = dir.resolve("h.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new HandoutWriter(Fixtures.FONTS).write(HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 3,
                    LocalDate.of(2026, 11, 24), new PlanDraft(1, items, "", "Sam Lee", "", "", false)), out);
        }
        double grade = ReadingLevel.grade(Pdfs.flatText(pdf)); // one line: wrapped lines do not end sentences
        System.out.printf("Flesch-Kincaid grade of the handout: %.1f%n", grade);
        assertThat(grade).isLessThanOrEqualTo(MAX_GRADE);
    }
}

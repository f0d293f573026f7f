package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.PdfValidation;
import org.physiokiosk.testing.Pdfs;

/** The showcase handout in git is what the current code produces (regenerate: see README). */
class SampleHandoutTest {

    private static final Path COMMITTED = Path.of("printables", SampleHandout.FILE_NAME);

    @TempDir
    Path dir;

    @Test
    void committedSampleHasTheSameTextAsTheCurrentCodeProduces() throws Exception {
        assertThat(COMMITTED).as("the showcase handout is in git").exists();
        Path fresh = dir.resolve("fresh.pdf");
        try (OutputStream out = Files.newOutputStream(fresh)) {
            new HandoutWriter(Fixtures.FONTS).write(SampleHandout.content(Fixtures.catalogue()), out);
        }
        assertThat(Pdfs.text(COMMITTED))
                .as("printables/%s is stale: regenerate it with java -jar target/physio-kiosk.jar sample",
                        SampleHandout.FILE_NAME)
                .isEqualTo(Pdfs.text(fresh));
        assertThat(Pdfs.pages(COMMITTED)).isEqualTo(Pdfs.pages(fresh));
        // Its clinic is made up, and says so on every page.
        assertThat(Pdfs.pageTexts(COMMITTED)).allSatisfy(page -> assertThat(page).contains("Sample Clinic"));
        PdfValidation.assertPdfA2aAndUa1(COMMITTED);
    }
}

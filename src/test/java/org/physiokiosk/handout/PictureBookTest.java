package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.PdfValidation;
import org.physiokiosk.testing.Pdfs;

/** The picture book of the whole library, for clinicians to review and for the wall. */
class PictureBookTest {

    static final Path COMMITTED = Path.of("printables", "picture-book.pdf");

    @TempDir
    Path dir;

    private Path book() throws Exception {
        Path pdf = dir.resolve("book.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PictureBookWriter(Fixtures.FONTS).write(Fixtures.catalogue(), out);
        }
        return pdf;
    }

    @Test
    void everyExerciseIsThereByRegionWithItsPictureAsATaggedVectorFigure() throws Exception {
        Catalogue catalogue = Fixtures.catalogue();
        Path pdf = book();
        String text = Pdfs.flatText(pdf);
        for (String region : Library.REGIONS) {
            assertThat(text).contains(Character.toUpperCase(region.charAt(0)) + region.substring(1) + " (");
        }
        for (Exercise e : catalogue.exercises()) {
            assertThat(text).as(e.id()).contains(e.name(), e.id());
        }
        assertThat(text).contains("Not yet reviewed by a clinician");
        var alts = Pdfs.figureAlts(pdf);
        catalogue.exercises().stream().filter(e -> catalogue.picture(e.id()).isPresent())
                .forEach(e -> assertThat(alts).as(e.id()).contains(e.picture()));
        assertThat(Pdfs.bitmapImages(pdf)).isZero();
        PdfValidation.assertPdfA2aAndUa1(pdf);
    }

    @Test
    void theCommittedPictureBookIsCurrent() throws Exception {
        assertThat(COMMITTED).as("the picture book is in git").exists();
        assertThat(Pdfs.text(COMMITTED))
                .as("printables/picture-book.pdf is stale: regenerate it with "
                        + "java -jar target/physio-kiosk.jar pictures --out printables/picture-book.pdf --replace")
                .isEqualTo(Pdfs.text(book()));
    }
}

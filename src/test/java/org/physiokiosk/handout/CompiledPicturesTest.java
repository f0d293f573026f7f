package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped pictures come converted by the build (CompiledPictures): each drawing is exactly what iText's SVG
 * converter makes of the picture's text today, and a picture whose text differs is converted as before.
 */
class CompiledPicturesTest {

    private PdfDocument pdf;

    @BeforeEach
    void open() {
        pdf = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()));
        pdf.addNewPage();
    }

    @AfterEach
    void close() {
        pdf.close();
    }

    @Test
    void everyShippedPictureIsDrawnAsTheConverterDrawsIt() throws Exception {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(Path.of("data", "catalogue", "pictures"))) {
            svgs = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(svgs).hasSizeGreaterThan(50);
        for (Path file : svgs) {
            String svg = Files.readString(file, StandardCharsets.UTF_8);
            PdfFormXObject compiled = CompiledPictures.xObject(svg, pdf);
            assertThat(compiled).as(file + " was converted by the build").isNotNull();
            assertThat(CompiledPictures.bytes(compiled)).as(file.toString())
                    .isEqualTo(CompiledPictures.bytes(SvgPictures.converted(svg, pdf)));
            assertThat(compiled.getWidth()).isPositive();
        }
    }

    @Test
    void anEditedPictureIsConvertedFromItsOwnText() throws Exception {
        String shipped = Files.readString(Path.of("data", "catalogue", "pictures", "ankle-alphabet.svg"));
        // The same picture with its first line of floor moved: not the text the build converted.
        String edited = shipped.replaceFirst("y1=\"216\"", "y1=\"200\"");
        assertThat(edited).isNotEqualTo(shipped);
        assertThat(CompiledPictures.xObject(edited, pdf)).isNull();
        PdfFormXObject drawn = SvgPictures.xObject(edited, pdf);
        assertThat(CompiledPictures.bytes(drawn)).isEqualTo(CompiledPictures.bytes(SvgPictures.converted(edited, pdf)))
                .isNotEqualTo(CompiledPictures.bytes(SvgPictures.xObject(shipped, pdf)));
    }
}

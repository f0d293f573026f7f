package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.svg.converter.SvgConverter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both renderers draw every picture: JSVG on screen, iText's svg module into a PDF as vectors only. */
class PictureRenderingTest {

    static Stream<Path> pictures() throws IOException {
        return SvgSubsetTest.pictures();
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void jsvgDrawsItWithoutComplaint(Path svg) throws Exception {
        Logger jsvg = Logger.getLogger("com.github.weisj.jsvg");
        List<String> complaints = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    complaints.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jsvg.addHandler(handler);
        try (InputStream in = Files.newInputStream(svg)) {
            SVGDocument doc = new SVGLoader().load(in, svg.toUri(), LoaderContext.createDefault());
            assertThat(doc).as("JSVG loads " + svg).isNotNull();
            BufferedImage img = new BufferedImage((int) doc.size().width, (int) doc.size().height,
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            doc.render(null, g);
            g.dispose();
            int drawn = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    drawn += (img.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
                }
            }
            assertThat(drawn).as("pixels drawn").isGreaterThan(500);
        } finally {
            jsvg.removeHandler(handler);
        }
        assertThat(complaints).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void itextPutsItIntoAPdfAsVectorsWithNoImage(Path svg) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfWriter(pdf)); InputStream in = Files.newInputStream(svg)) {
            doc.addNewPage();
            SvgConverter.drawOnDocument(in, doc, 1);
        }
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(read.getNumberOfPages()).isEqualTo(1);
            PDPage page = read.getPage(0);
            int[] counts = new int[2];
            count(page.getResources(), counts, 0);
            assertThat(counts[0]).as("image XObjects").isZero();
            assertThat(counts[1]).as("form XObjects holding the drawing").isPositive();
        }
    }

    /** counts[0] images, counts[1] forms, walking nested forms. */
    private static void count(PDResources resources, int[] counts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                assertThat(form.getContentStream().toByteArray()).as("drawing commands").isNotEmpty();
                count(form.getResources(), counts, depth + 1);
            }
        }
    }
}

package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

/**
 * Prints to a real CUPS queue. .ci/run sets up "physio-test" (cups-pdf, which writes what it prints as
 * PDF files) and a stopped queue, and names them in PHYSIO_KIOSK_TEST_* variables; without them these
 * tests are skipped.
 */
@Tag("printing")
class HandoutPrinterTest {

    private static final String PRINTER = System.getenv("PHYSIO_KIOSK_TEST_PRINTER");
    private static final String STOPPED = System.getenv("PHYSIO_KIOSK_TEST_STOPPED_PRINTER");
    private static final String OUT = System.getenv("PHYSIO_KIOSK_TEST_PRINTER_OUT");

    @TempDir
    Path dir;

    private final HandoutPrinter printer = new HandoutPrinter();

    private Path handout() throws Exception {
        Catalogue catalogue = Fixtures.catalogue();
        List<PlanItem> items = new ArrayList<>();
        catalogue.exercises().forEach(e -> items.add(PlanItem.of(e)));
        PlanDraft draft = new PlanDraft(1, items, "", "Sam Lee", "", "", false);
        Path file = dir.resolve("print-me.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new HandoutWriter(Fixtures.FONTS).write(
                    HandoutContent.of(catalogue, Fixtures.CLINIC, "Ann Lee", 77, LocalDate.of(2026, 11, 24), draft), out);
        }
        return file;
    }

    @Test
    void handoutPrintedOnACupsQueueComesOutWithEveryPageAndInk() throws Exception {
        assumeTrue(PRINTER != null && OUT != null, "no test printer set up (see .ci/run)");
        assertThat(printer.printers()).contains(PRINTER);
        Path pdf = handout();
        Instant before = Instant.now().minusSeconds(1);

        printer.print(pdf, PRINTER, 77);

        Path printed = waitForOutput(Path.of(OUT), before, Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("nothing came out of " + PRINTER + " into " + OUT));
        assertThat(Pdfs.pages(printed)).isEqualTo(Pdfs.pages(pdf));
        // Every printed page carries the ink of the page sent: not blank, not cut short. (A page with one card
        // and light pictures has well under 1 % dark pixels, so the bar is the page's own, not a fixed share.)
        try (PDDocument doc = Loader.loadPDF(printed.toFile()); PDDocument sent = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            PDFRenderer original = new PDFRenderer(sent);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                double expected = darkPixelShare(original.renderImageWithDPI(page, 30));
                assertThat(darkPixelShare(renderer.renderImageWithDPI(page, 30)))
                        .as("ink on printed page %d", page + 1).isPositive().isGreaterThanOrEqualTo(expected * 0.5);
            }
        }
    }

    @Test
    void aStoppedQueueIsReportedAndTheJobIsNotSent() throws Exception {
        assumeTrue(STOPPED != null, "no stopped test printer set up (see .ci/run)");
        Path pdf = handout();
        assertThatThrownBy(() -> printer.print(pdf, STOPPED, 77))
                .isInstanceOf(HandoutPrinter.PrintFailure.class)
                .hasMessageContaining(STOPPED)
                .hasMessageContaining("stopped or not taking jobs")
                .hasMessageContaining("saved at " + pdf);
    }

    @Test
    void aMissingPrinterIsNamedAndTheSavedFileMentioned() throws Exception {
        Path pdf = handout();
        assertThatThrownBy(() -> printer.print(pdf, "no-such-printer-here", 77))
                .isInstanceOf(HandoutPrinter.PrintFailure.class)
                .hasMessageContaining("'no-such-printer-here' cannot be found")
                .hasMessageContaining("saved at " + pdf);
    }

    private static Optional<Path> waitForOutput(Path folder, Instant after, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> found = files.filter(p -> p.toString().endsWith(".pdf"))
                            .filter(p -> p.toFile().lastModified() >= after.toEpochMilli())
                            .findFirst();
                    if (found.isPresent() && stable(found.get())) {
                        return found;
                    }
                }
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static boolean stable(Path file) throws Exception {
        long size = Files.size(file);
        Thread.sleep(700);
        return size > 0 && size == Files.size(file);
    }

    private static double darkPixelShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}

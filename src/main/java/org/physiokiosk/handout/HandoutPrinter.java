package org.physiokiosk.handout;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a saved handout to a printer through Java printing, with PDFBox drawing the pages. Never call
 * on the Swing event thread: finding printers and printing both wait on the print system.
 */
public final class HandoutPrinter {

    /** Printing failed; the message names the printer and what to do. The PDF is still saved. */
    public static final class PrintFailure extends Exception {
        public PrintFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Names of the printers this computer can reach, the default first. */
    public List<String> printers() {
        PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName)
                .sorted((a, b) -> fallback != null && a.equals(fallback.getName()) ? -1
                        : fallback != null && b.equals(fallback.getName()) ? 1 : a.compareToIgnoreCase(b))
                .toList();
    }

    /**
     * Prints {@code pdf} on the named printer. The job is named after the plan only: print queues are
     * visible to others, so no patient name goes in them.
     */
    public void print(Path pdf, String printerName, long planNumber) throws PrintFailure {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> new PrintFailure("The printer '" + printerName + "' cannot be found. Check that it "
                        + "is switched on and connected, or choose another printer. The handout is saved at " + pdf + ".",
                        null));
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        PrinterState state = service.getAttribute(PrinterState.class);
        if (accepting == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS || state == PrinterState.STOPPED) {
            throw new PrintFailure("The printer '" + printerName + "' is stopped or not taking jobs. Clear the "
                    + "printer's queue or choose another printer. The handout is saved at " + pdf + ".", null);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName("Physio Kiosk handout, plan " + planNumber);
            job.setPageable(new PDFPageable(doc));
            job.print();
        } catch (PrinterException | IOException e) {
            throw new PrintFailure("Printing on '" + printerName + "' failed (" + e.getMessage() + "). The handout "
                    + "is saved at " + pdf + "; try again or choose another printer.", e);
        }
    }
}

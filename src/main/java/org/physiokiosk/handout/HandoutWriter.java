package org.physiokiosk.handout;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.plan.PlanItem;

/**
 * Lays out the handout with iText: a tagged PDF with embedded fonts, body text at 13 pt, each exercise
 * a card that is never split across pages, the "Stop and get help" box always printed, and
 * "page N of M", plan number and print date on every page.
 */
public final class HandoutWriter {

    static final float BODY = 13f;
    static final float SMALL = 12f;
    static final float HEADING = 17f;
    static final float TITLE = 24f;

    private static final Color INK = new DeviceRgb(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new DeviceRgb(0x44, 0x44, 0x44);
    private static final Color CARD_BORDER = new DeviceRgb(0x88, 0x88, 0x88);
    private static final Color WARNING = new DeviceRgb(0xa0, 0x10, 0x10);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final FontProgram REGULAR = fontProgram("fonts/DejaVuSans.ttf");
    private static final FontProgram BOLD = fontProgram("fonts/DejaVuSans-Bold.ttf");

    /** Writes the handout as PDF to {@code out}. The stream is closed when done. */
    public void write(HandoutContent content, OutputStream out) {
        WriterProperties props = new WriterProperties().addXmpMetadata().setFullCompressionMode(true);
        PdfDocument pdf = new PdfDocument(new PdfWriter(out, props));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("en"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(Messages.get("handout.title") + " - " + Messages.get("handout.planNumber", content.planNumber()));
        info.setAuthor(content.clinic().name());
        info.setCreator("Physio Kiosk");

        PdfFont regular = PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        PdfFont bold = PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);

        try (Document doc = new Document(pdf, PageSize.A4, false)) {
            doc.setMargins(48, 48, 64, 48);
            doc.setFont(regular).setFontSize(BODY).setFontColor(INK);
            new Layout(doc, regular, bold, content).build();
            footers(doc, pdf, regular, content);
        }
    }

    private record Layout(Document doc, PdfFont regular, PdfFont bold, HandoutContent c) {

        void build() {
            header();
            details();
            if (!c.patientInstructions().isEmpty()) {
                doc.add(heading(Messages.get("handout.instructions")));
                doc.add(new Paragraph(c.patientInstructions()));
            }
            doc.add(heading(Messages.get("handout.exercises")));
            int number = 0;
            for (PlanItem item : c.items()) {
                doc.add(card(++number, item));
            }
            doc.add(stopBox());
            tips();
            doc.add(new Paragraph(c.safety().disclaimer()).setFontSize(SMALL).setFontColor(MUTED).setMarginTop(12));
        }

        private void header() {
            Paragraph clinic = new Paragraph().add(new Text(c.clinic().name()).setFont(bold))
                    .add("   " + Messages.get("handout.phone", c.clinic().phone()))
                    .setFontSize(BODY).setMarginBottom(4);
            doc.add(clinic);
            Paragraph title = new Paragraph(Messages.get("handout.title")).setFont(bold).setFontSize(TITLE)
                    .setMarginTop(4).setMarginBottom(8);
            title.getAccessibilityProperties().setRole(StandardRoles.H1);
            doc.add(title);
        }

        private void details() {
            Table table = new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
            row(table, Messages.get("handout.patient"), c.patientName());
            row(table, Messages.get("handout.date"), DATE.format(c.printDate()));
            if (!c.therapist().isEmpty()) {
                row(table, Messages.get("handout.therapist"), c.therapist());
            }
            if (!c.nextAppointment().isEmpty()) {
                row(table, Messages.get("handout.nextAppointment"), c.nextAppointment());
            }
            doc.add(table.setMarginBottom(6));
        }

        private void row(Table table, String label, String value) {
            table.addCell(new Cell().add(new Paragraph(label).setFont(bold)).setBorder(Border.NO_BORDER)
                    .setPadding(2));
            table.addCell(new Cell().add(new Paragraph(value)).setBorder(Border.NO_BORDER).setPadding(2));
        }

        private Paragraph heading(String text) {
            Paragraph p = new Paragraph(text).setFont(bold).setFontSize(HEADING).setMarginTop(14).setMarginBottom(6);
            p.getAccessibilityProperties().setRole(StandardRoles.H2);
            return p;
        }

        private Div card(int number, PlanItem item) {
            Div card = new Div().setKeepTogether(true).setBorder(new SolidBorder(CARD_BORDER, 1.2f))
                    .setPadding(12).setMarginBottom(12);
            String kind = Messages.get(item.exercise().kind() == ExerciseKind.STRETCH
                    ? "handout.kind.stretch" : "handout.kind.strengthen");
            Paragraph name = new Paragraph().add(new Text(number + ". " + item.exercise().name()).setFont(bold)
                            .setFontSize(HEADING))
                    .add(new Text("   " + kind).setFontColor(MUTED).setFontSize(SMALL))
                    .setMarginTop(0).setMarginBottom(4);
            name.getAccessibilityProperties().setRole(StandardRoles.H3);
            card.add(name);
            // The picture goes to the left of the steps once exercises have pictures (a later issue);
            // until then the card prints no empty frame.
            card.add(new Paragraph(item.exercise().purpose()).setMarginBottom(4));
            List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(8).setMarginLeft(6);
            item.exercise().steps().forEach(step -> steps.add(new ListItem(step)));
            card.add(steps);
            String dosage = DosageSentence.of(item.dosage());
            if (!dosage.isEmpty()) {
                card.add(new Paragraph().add(new Text(Messages.get("handout.howMuch") + " ").setFont(bold))
                        .add(dosage).setMarginTop(6));
            }
            card.add(new Paragraph().add(new Text(Messages.get("handout.takeCare") + " ").setFont(bold))
                    .add(item.exercise().takeCare()));
            if (!item.personalInstruction().isEmpty()) {
                card.add(new Paragraph().add(new Text(Messages.get("handout.personal") + " ").setFont(bold))
                        .add(item.personalInstruction()));
            }
            return card;
        }

        private Div stopBox() {
            Div box = new Div().setKeepTogether(true).setBorder(new SolidBorder(WARNING, 3f)).setPadding(14)
                    .setMarginTop(10);
            Paragraph head = new Paragraph(c.safety().heading()).setFont(bold).setFontSize(HEADING + 2)
                    .setFontColor(WARNING).setMarginTop(0);
            head.getAccessibilityProperties().setRole(StandardRoles.H2);
            box.add(head);
            box.add(new Paragraph(c.safety().intro()));
            List flags = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            c.safety().redFlags().forEach(flag -> flags.add(new ListItem(flag)));
            box.add(flags);
            box.add(new Paragraph().add(new Text(c.safety().emergency() + " ").setFont(bold))
                    .add(new Text(Messages.get("handout.emergencyCall", c.clinic().emergencyNumber())).setFont(bold))
                    .setBorder(new SolidBorder(WARNING, 1.5f)).setPadding(8).setMarginTop(8));
            box.add(new Paragraph(c.safety().injuryWarning()).setMarginTop(8).setMarginBottom(0));
            return box;
        }

        private void tips() {
            doc.add(heading(c.tips().heading()));
            List tips = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            c.tips().tips().forEach(tip -> tips.add(new ListItem(tip)));
            doc.add(tips);
        }
    }

    private static void footers(Document doc, PdfDocument pdf, PdfFont regular, HandoutContent c) {
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            Paragraph footer = new Paragraph(Messages.get("handout.footer", c.clinic().name(), c.planNumber(),
                    DATE.format(c.printDate()), page, pages)).setFont(regular).setFontSize(SMALL).setFontColor(MUTED);
            footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            doc.showTextAligned(footer, size.getWidth() / 2, 28, page, TextAlignment.CENTER,
                    VerticalAlignment.BOTTOM, 0);
        }
    }

    private static FontProgram fontProgram(String resource) {
        try (InputStream in = HandoutWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application.");
            }
            return FontProgramFactory.createFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

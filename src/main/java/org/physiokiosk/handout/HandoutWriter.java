package org.physiokiosk.handout;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.plan.SessionTime;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.pictures.PictureCheck;
import org.physiokiosk.pictures.PictureLimits;
import org.physiokiosk.pictures.PictureProblem;
import org.physiokiosk.plan.PlanItem;

/**
 * Lays out the handout with iText as PDF/A-2a and PDF/UA-1 at once: tagged, with title, language,
 * reading order and alternative text, fonts embedded and subset and chosen per character. Body text
 * is 13 pt (17 pt in large print); each exercise is a card never split across pages; the "Stop and
 * get help" box is always printed; every page carries the clinic's name, "page N of M", the plan
 * number and the print date.
 */
public final class HandoutWriter implements HandoutRenderer {

    /** Type sizes in points for standard and large print. */
    record Sizes(float body, float small, float heading, float title) {
        static final Sizes STANDARD = new Sizes(13f, 12f, 17f, 24f);
        static final Sizes LARGE = new Sizes(17f, 16f, 22f, 30f);
    }

    private static final Color INK = new DeviceRgb(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new DeviceRgb(0x40, 0x40, 0x40);
    private static final Color CARD_BORDER = new DeviceRgb(0x80, 0x80, 0x80);
    private static final Color WARNING = new DeviceRgb(0xa0, 0x10, 0x10);
    private static final Color GLANCE = new DeviceRgb(0xee, 0xf1, 0xf4);
    private static final Color UNUSED = new DeviceRgb(0xd9, 0xd9, 0xd9);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final int DAYS = 7;

    private final HandoutFonts fonts;

    public HandoutWriter(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    /** Loads what drawing pictures needs ahead of the first handout (call it off the event thread, in parallel). */
    public static void warmUp() {
        SvgPictures.warmUp();
    }

    /** Writes the handout as PDF to {@code out}. The stream is closed when done. */
    @Override
    public void write(HandoutContent content, OutputStream out) {
        PdfDocument pdf = accessible(out);
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(content.title() + " - " + Messages.get("handout.planNumber", content.planNumber()));
        info.setAuthor(content.clinic().name());
        info.setCreator("Physio Kiosk");

        Sizes sizes = content.largePrint() ? Sizes.LARGE : Sizes.STANDARD;
        PageSize page = content.paper() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        try (Document doc = new Document(pdf, page, false)) {
            doc.setMargins(48, 48, 64, 48);
            doc.setFontProvider(fonts.provider());
            doc.setFontFamily(HandoutFonts.FAMILIES);
            doc.setFontSize(sizes.body()).setFontColor(INK);
            new Layout(doc, sizes, content, fonts, new java.util.HashMap<>()).build();
            footers(doc, pdf, sizes, content);
        }
    }

    /**
     * A new PDF/A-2a and PDF/UA-1 document: tagged, in English, sRGB output intent, its title shown by viewers.
     * The handout and the picture book both start here.
     */
    static PdfDocument accessible(OutputStream out) {
        WriterProperties props = new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
        PdfDocument pdf = new PdfADocument(new PdfWriter(out, props), PdfAConformance.PDF_A_2A, intent);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("en"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        return pdf;
    }

    private record Layout(Document doc, Sizes size, HandoutContent c, HandoutFonts fonts,
                          java.util.Map<Boolean, com.itextpdf.kernel.font.PdfFont> shapedFonts) {

        void build() {
            header();
            details();
            if (!c.patientInstructions().isEmpty()) {
                doc.add(heading(Messages.get("handout.instructions")));
                for (String line : c.patientInstructions().split("\\R")) {
                    doc.add(typed(new Paragraph(), line).setMarginBottom(2));
                }
            }
            atAGlance();
            // The warning signs come before the first exercise, so they are read before anyone starts.
            doc.add(stopBox());
            doc.add(heading(Messages.get("handout.exercises")));
            int number = 0;
            for (PlanItem item : c.items()) {
                addWhole(card(++number, item));
            }
            tips();
            tickChart();
            doc.add(new Paragraph(c.safety().disclaimer()).setFontSize(size.small()).setFontColor(MUTED)
                    .setMarginTop(12));
        }

        private void header() {
            if (c.clinic().hasLogo()) {
                Image logo = logo(c.clinic().logo()).scaleToFit(160, 56);
                logo.getAccessibilityProperties().setAlternateDescription(
                        Messages.get("handout.logoAlt", c.clinic().name()));
                doc.add(logo.setMarginBottom(4));
            }
            Paragraph clinic = bold(typed(new Paragraph(), c.clinic().name()));
            doc.add(clinic.setMarginBottom(0));
            StringBuilder contact = new StringBuilder(c.clinic().address());
            if (!c.clinic().phone().isEmpty()) {
                contact.append(contact.isEmpty() ? "" : "  \u00b7  ").append(Messages.get("handout.phone", c.clinic().phone()));
            }
            if (!contact.isEmpty()) {
                doc.add(typed(new Paragraph(), contact.toString()).setMarginTop(0));
            }
            Paragraph title = bold(new Paragraph(c.title())).setFontSize(size.title())
                    .setMarginTop(6).setMarginBottom(2);
            title.getAccessibilityProperties().setRole(StandardRoles.H1);
            doc.add(title);
            doc.add(new Paragraph(c.goal()).setMarginTop(0).setMarginBottom(8));
        }

        /**
         * Page 1's summary: which exercises, how often, how long a session takes (from the dosages), stop on sharp
         * pain, and where the warning signs are.
         */
        private void atAGlance() {
            Div box = new Div().setKeepTogether(true).setBackgroundColor(GLANCE).setPadding(10).setMarginTop(10);
            Paragraph head = bold(new Paragraph(Messages.get("handout.glance"))).setFontSize(size.heading())
                    .setMarginTop(0).setMarginBottom(4);
            head.getAccessibilityProperties().setRole(StandardRoles.H2);
            box.add(head);
            List lines = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            java.util.List<String> names = c.items().stream().map(i -> i.exercise().name()).toList();
            lines.add(new ListItem(Messages.get("handout.glanceExercises", names.size(), String.join(", ", names))));
            java.util.Set<String> often = new java.util.LinkedHashSet<>();
            c.items().forEach(i -> often.add(DosageSentence.frequency(i.dosage())));
            lines.add(new ListItem(often.size() == 1 && !often.iterator().next().isEmpty()
                    ? Messages.get("handout.glanceOften", often.iterator().next())
                    : Messages.get("handout.glanceOftenEach")));
            lines.add(new ListItem(Messages.get("handout.glanceTime", SessionTime.minutes(c.items()))));
            lines.add(new ListItem(Messages.get("handout.glanceStop")));
            lines.add(new ListItem(Messages.get("handout.glanceWarnings", c.safety().heading())));
            box.add(lines);
            doc.add(box);
        }

        /**
         * The logo, its size and structure checked before iText reads it: iText embeds a plain PNG or
         * JPEG as it is, so a picture cut short or of 15000 x 15000 pixels would otherwise go into the
         * PDF without a word and fail, or cost gigabytes, wherever the page is drawn.
         */
        private static Image logo(byte[] bytes) {
            try {
                PictureCheck.check(bytes, PictureLimits.HANDOUT);
            } catch (PictureProblem problem) {
                throw new UnusableLogoException(problem);
            }
            try {
                return new Image(ImageDataFactory.create(bytes));
            } catch (ITextException e) {
                throw new UnusableLogoException(PictureProblem.damaged(null, "iText cannot read the logo ("
                        + e.getMessage() + ")", e));
            }
        }

        private void details() {
            detail(Messages.get("handout.patient"), c.patientName());
            detail(Messages.get("handout.date"), DATE.format(c.printDate()));
            if (!c.therapist().isEmpty()) {
                detail(Messages.get("handout.therapist"), c.therapist());
            }
            if (!c.nextAppointment().isEmpty()) {
                detail(Messages.get("handout.nextAppointment"), c.nextAppointment());
            }
        }

        private void detail(String label, String value) {
            Paragraph p = new Paragraph().add(bold(new Text(label + ": "))).setMargin(0).setMarginBottom(2);
            doc.add(typed(p, value));
        }

        private Paragraph heading(String text) {
            Paragraph p = bold(new Paragraph(text)).setFontSize(size.heading()).setMarginTop(14).setMarginBottom(6);
            p.getAccessibilityProperties().setRole(StandardRoles.H2);
            return p;
        }

        private Div card(int number, PlanItem item) {
            Div card = new Div().setBorder(new SolidBorder(CARD_BORDER, 1.2f))
                    .setPadding(10).setMarginBottom(10);
            String kind = switch (item.exercise().kind()) {
                case STRETCH -> Messages.get("handout.kind.stretch");
                case STRENGTHEN -> Messages.get("handout.kind.strengthen");
                case MOBILITY -> Messages.get("handout.kind.mobility");
                case BALANCE -> Messages.get("handout.kind.balance");
            };
            Paragraph name = new Paragraph().add(bold(new Text(number + ". " + item.exercise().name()))
                            .setFontSize(size.heading()))
                    .add(new Text("   " + kind).setFontColor(MUTED).setFontSize(size.small()))
                    .setMarginTop(0).setMarginBottom(4);
            name.getAccessibilityProperties().setRole(StandardRoles.H3);
            card.add(name);
            Paragraph purpose = new Paragraph(item.exercise().purpose()).setMarginBottom(4);
            List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(8).setMarginLeft(6);
            item.exercise().steps().forEach(step -> steps.add(new ListItem(step)));
            String svg = c.pictures().get(item.exercise().id());
            if (svg == null) {
                card.add(purpose);
                card.add(steps);
            } else {
                // The picture beside the steps. A layout table, untagged itself, so its contents sit in the card's
                // reading order (purpose, steps, then the figure); a float would push the card to a new page.
                boolean pair = svg.contains("viewBox=\"0 0 660 ");
                float share = pair ? (c.largePrint() ? 50f : 44f) : (c.largePrint() ? 36f : 30f);
                Table layout = new Table(UnitValue.createPercentArray(new float[] {100 - share, share}))
                        .useAllAvailableWidth().setBorder(com.itextpdf.layout.borders.Border.NO_BORDER);
                layout.getAccessibilityProperties().setRole(null);
                // The purpose beside the picture, the steps below at full width: a narrow column of steps made
                // every card taller than half a page.
                Cell text = new Cell().add(purpose).setBorder(com.itextpdf.layout.borders.Border.NO_BORDER)
                        .setPadding(0).setPaddingRight(8).setVerticalAlignment(VerticalAlignment.MIDDLE);
                text.getAccessibilityProperties().setRole(null);
                Cell figure = new Cell().add(picture(svg, item.exercise(), pair))
                        .setBorder(com.itextpdf.layout.borders.Border.NO_BORDER).setPadding(0)
                        .setVerticalAlignment(VerticalAlignment.MIDDLE);
                figure.getAccessibilityProperties().setRole(null);
                layout.addCell(text).addCell(figure);
                card.add(layout);
                card.add(steps);
            }
            String dosage = DosageSentence.of(item.dosage());
            if (!dosage.isEmpty()) {
                card.add(new Paragraph().add(bold(new Text(Messages.get("handout.howMuch") + " ")))
                        .add(dosage).setMarginTop(6));
            }
            card.add(new Paragraph().add(bold(new Text(Messages.get("handout.takeCare") + " ")))
                    .add(item.exercise().takeCare()));
            if (!item.personalInstruction().isEmpty()) {
                Paragraph personal = new Paragraph().add(bold(new Text(Messages.get("handout.personal") + " ")));
                card.add(typed(personal, item.personalInstruction()));
            }
            return card;
        }

        /**
         * The exercise's picture beside its steps, as vectors (never a bitmap), a tagged Figure with its alt text;
         * a Start | Finish pair is captioned under each half. Bigger in large print.
         */
        /**
         * Adds a card so that it is never split: measured first, it starts a new page when it does not fit the space
         * left on this one. (iText's keep-together moved every card holding a picture to a page of its own.)
         */
        private void addWhole(Div card) {
            com.itextpdf.layout.renderer.IRenderer renderer = card.createRendererSubTree().setParent(doc.getRenderer());
            com.itextpdf.layout.layout.LayoutArea area = doc.getRenderer().getCurrentArea();
            Rectangle left = area.getBBox().clone();
            com.itextpdf.layout.layout.LayoutResult fits = renderer.layout(
                    new com.itextpdf.layout.layout.LayoutContext(new com.itextpdf.layout.layout.LayoutArea(
                            area.getPageNumber(), left)));
            // A new page only when this one already holds something: a card taller than a whole page (a very long
            // personal instruction) splits rather than leaving a blank page behind it.
            Rectangle page = doc.getPdfDocument().getDefaultPageSize();
            float whole = page.getHeight() - doc.getTopMargin() - doc.getBottomMargin();
            if (fits.getStatus() != com.itextpdf.layout.layout.LayoutResult.FULL && left.getHeight() < whole - 1) {
                doc.add(new com.itextpdf.layout.element.AreaBreak());
            }
            doc.add(card);
        }

        private Div picture(String svg, org.physiokiosk.catalog.Exercise exercise, boolean pair) {
            float width = (pair ? 200f : 130f) * (c.largePrint() ? 1.3f : 1f);
            Div figure = new Div().setMarginBottom(2);
            // A fixed size: iText's auto-scaling made every card holding a picture start a new page.
            Image image = new Image(SvgPictures.xObject(svg, doc.getPdfDocument()))
                    .setWidth(width).setHeight(width * 240f / (pair ? 660f : 320f));
            image.getAccessibilityProperties().setAlternateDescription(exercise.picture() != null ? exercise.picture()
                    : Messages.get("handout.pictureAlt", exercise.name()));
            figure.add(image);
            Paragraph caption = new Paragraph().setFontSize(size.small()).setFontColor(MUTED).setMargin(0);
            if (pair) {
                caption.add(new Text(Messages.get("handout.start"))).add(new com.itextpdf.layout.element.Tab())
                        .add(new Text(Messages.get("handout.finish")))
                        .addTabStops(new com.itextpdf.layout.element.TabStop(width / 2 + 4));
                caption.setPaddingLeft(width / 4 - 14);
            } else {
                caption.add(new Text(Messages.get("handout.hold"))).setTextAlignment(TextAlignment.CENTER);
            }
            figure.add(caption);
            return figure;
        }

        private Div stopBox() {
            Div box = new Div().setKeepTogether(true).setBorder(new SolidBorder(WARNING, 3f)).setPadding(14)
                    .setMarginTop(10);
            Paragraph head = bold(new Paragraph(c.safety().heading())).setFontSize(size.heading() + 2)
                    .setFontColor(WARNING).setMarginTop(0);
            head.getAccessibilityProperties().setRole(StandardRoles.H2);
            box.add(head);
            box.add(new Paragraph(c.safety().intro()));
            List flags = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            c.safety().redFlags().forEach(flag -> flags.add(new ListItem(flag)));
            box.add(flags);
            box.add(bold(new Paragraph(c.safety().emergency() + " "
                    + Messages.get("handout.emergencyCall", c.clinic().emergencyNumber())))
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

        /**
         * One column a day for a week; where an exercise is done more than once a day, the day has a box per
         * session. The chart says what to do with it.
         */
        private void tickChart() {
            int sessions = 1;
            for (PlanItem item : c.items()) {
                Integer perDay = item.dosage().timesPerDay();
                sessions = Math.max(sessions, perDay == null ? 1 : Math.min(perDay, 3));
            }
            Div block = new Div().setKeepTogether(true).setMarginTop(8);
            block.add(heading(Messages.get("handout.chart")));
            block.add(new Paragraph(Messages.get(sessions > 1 ? "handout.chartHowSessions" : "handout.chartHow",
                    sessions)));
            float[] widths = new float[DAYS * sessions + 1];
            widths[0] = 30;
            for (int d = 1; d < widths.length; d++) {
                widths[d] = 70f / (DAYS * sessions);
            }
            Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
            table.addHeaderCell(header(Messages.get("handout.chartExercise"), "Column"));
            for (int d = 1; d <= DAYS; d++) {
                table.addHeaderCell(header(Messages.get("handout.chartDay", d), "Column", sessions)
                        .setTextAlignment(TextAlignment.CENTER));
            }
            int number = 0;
            for (PlanItem item : c.items()) {
                table.addCell(header(++number + ". " + item.exercise().name(), "Row"));
                Integer perDay = item.dosage().timesPerDay();
                boxes(table, sessions, perDay == null ? 1 : Math.min(perDay, sessions));
            }
            table.addCell(header(Messages.get("handout.chartPain"), "Row"));
            painBoxes(table, sessions);
            block.add(table);
            block.add(new Paragraph(Messages.get("handout.chartThen")).setMarginTop(6));
            doc.add(block);
        }

        private Cell header(String text, String scope, int columns) {
            Cell cell = new Cell(1, columns).add(bold(new Paragraph(text)).setFontSize(size.small())).setPadding(4);
            cell.getAccessibilityProperties().setRole(StandardRoles.TH);
            cell.getAccessibilityProperties().addAttributes(
                    new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope));
            return cell;
        }

        /** A box per session this exercise has each day; the other session columns are shaded, not boxes. */
        private void boxes(Table table, int sessions, int used) {
            for (int d = 0; d < DAYS; d++) {
                for (int s = 0; s < sessions; s++) {
                    Cell cell = new Cell().setMinHeight(size.body() * 2).setBorder(new SolidBorder(CARD_BORDER, 1f));
                    if (s >= used) {
                        cell.setBackgroundColor(UNUSED);
                    }
                    table.addCell(cell);
                }
            }
        }

        private void painBoxes(Table table, int sessions) {
            for (int d = 0; d < DAYS; d++) {
                table.addCell(new Cell(1, sessions).setMinHeight(size.body() * 2)
                        .setBorder(new SolidBorder(CARD_BORDER, 1f)));
            }
        }

        private Cell header(String text, String scope) {
            return header(text, scope, 1);
        }

        /**
         * Adds text typed by staff: right-to-left lines in the order they are read, Devanagari words
         * shaped, everything else as it is.
         */
        private Paragraph typed(Paragraph p, String logical) {
            if (Devanagari.needs(logical) && !RightToLeft.needs(logical)) {
                Devanagari shaper = fonts.devanagari(false);
                com.itextpdf.kernel.font.PdfFont font = shapedFonts.computeIfAbsent(false, b -> shaper.fontFor());
                shaper.texts(logical, font).forEach(p::add);
                return p;
            }
            if (RightToLeft.needs(logical)) {
                Text visual = new Text(RightToLeft.visual(logical));
                visual.getAccessibilityProperties().setActualText(logical);
                return p.add(visual);
            }
            return p.add(new Text(logical));
        }

        private static <T extends IPropertyContainer> T bold(T element) {
            element.setProperty(Property.FONT_WEIGHT, "bold");
            return element;
        }
    }

    private static void footers(Document doc, PdfDocument pdf, Sizes sizes, HandoutContent c) {
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            Paragraph footer = new Paragraph(Messages.get(c.planNumber() == 0 ? "handout.footerDraft" : "handout.footer",
                    c.clinic().name(), c.planNumber(),
                    DATE.format(c.printDate()), page, pages)).setFontSize(sizes.small()).setFontColor(MUTED)
                    .setWidth(size.getWidth() - 96).setTextAlignment(TextAlignment.CENTER);
            footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            doc.showTextAligned(footer, size.getWidth() / 2, 24, page, TextAlignment.CENTER,
                    VerticalAlignment.BOTTOM, 0);
        }
    }
}

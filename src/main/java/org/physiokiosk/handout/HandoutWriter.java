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
 * is 12 pt (17 pt in large print); each exercise is a card never split across pages; the "Stop and
 * get help" box is always printed; every page carries the clinic's name (once it has one), "page N of M", the
 * plan number and the print date.
 */
public final class HandoutWriter implements HandoutRenderer {

    /** Type sizes in points for standard and large print. */
    record Sizes(float body, float small, float heading, float title) {
        static final Sizes STANDARD = new Sizes(12f, 12f, 15f, 22f);
        static final Sizes LARGE = new Sizes(17f, 16f, 22f, 30f);
    }

    private static final Color INK = new DeviceRgb(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new DeviceRgb(0x40, 0x40, 0x40);
    private static final Color CARD_BORDER = new DeviceRgb(0x80, 0x80, 0x80);
    private static final Color WARNING = new DeviceRgb(0xa0, 0x10, 0x10);
    private static final Color GLANCE = new DeviceRgb(0xee, 0xf1, 0xf4);
    private static final Color UNUSED = new DeviceRgb(0xd9, 0xd9, 0xd9);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The sRGB colour profile every handout declares (PDF/A): Java's colour management takes a while to start. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
    private static final int DAYS = 7;

    private final HandoutFonts fonts;

    public HandoutWriter(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Reads the colour profile every handout declares (about 15 ms cold), so a thread that has time can do it before
     * the first handout needs it.
     */
    public static void readColourProfile() {
        if (Srgb.PROFILE.length == 0) {
            throw new IllegalStateException("Java's sRGB colour profile is empty");
        }
    }

    /** Loads what drawing pictures needs ahead of the first handout (call it off the event thread, in parallel). */
    public static void warmUp() {
        SvgPictures.warmUp();
    }

    /** Writes the handout as PDF to {@code out}. The stream is closed when done. */
    /** The most of a page, before the last, that may be left empty. */
    static final float MOST_EMPTY = 1f / 3;

    @Override
    public void write(HandoutContent content, OutputStream out) {
        // Laid out with the tips where they fill page 1 best; when that leaves a page before the last more than a
        // third empty, laid out again the other way, and the better of the two kept (fewer pages, then fuller).
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        Outcome chosen = write(content, first, null);
        byte[] bytes = first.toByteArray();
        if (chosen.worstHole() > MOST_EMPTY) {
            java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
            Outcome other = write(content, second, !chosen.tipsFirst());
            if (other.pages() < chosen.pages()
                    || other.pages() == chosen.pages() && other.worstHole() < chosen.worstHole()) {
                bytes = second.toByteArray();
            }
        }
        try (out) {
            out.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How a layout came out: its pages, the largest share of a page before the last left empty, where the tips went. */
    record Outcome(int pages, float worstHole, boolean tipsFirst) {
    }

    private Outcome write(HandoutContent content, OutputStream out, Boolean tipsFirst) {
        PdfDocument pdf = accessible(out);
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(content.title() + " - " + Messages.get("handout.planNumber", content.planNumber()));
        if (!content.clinic().name().isEmpty()) {
            info.setAuthor(content.clinic().name());
        }
        info.setCreator("Physio Kiosk");

        Sizes sizes = content.largePrint() ? Sizes.LARGE : Sizes.STANDARD;
        PageSize page = content.paper() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Layout layout;
        int pages;
        try (Document doc = new Document(pdf, page, false)) {
            doc.setMargins(40, 42, 56, 42);
            // Every word the handout prints is in its content (the labels are English): fonts for those scripts only.
            doc.setFontProvider(fonts.provider(PrintedText.of(content)));
            doc.setFontFamily(HandoutFonts.FAMILIES);
            doc.setFontSize(sizes.body()).setFontColor(INK);
            // Lines at 1.2 times the type size, as a word processor sets them (iText's own 1.35 made the plan a page
            // longer).
            doc.setProperty(Property.LEADING, new com.itextpdf.layout.properties.Leading(
                    com.itextpdf.layout.properties.Leading.MULTIPLIED, 1.2f));
            layout = new Layout(doc, sizes, content, fonts, new java.util.HashMap<>(), new java.util.ArrayList<>(),
                    tipsFirst);
            boolean tipsWentFirst = layout.build();
            footers(doc, pdf, sizes, content);
            pages = pdf.getNumberOfPages();
            float worst = 0;
            for (float hole : layout.holes()) {
                worst = Math.max(worst, hole);
            }
            return new Outcome(pages, worst, tipsWentFirst);
        }
    }

    /**
     * A new PDF/A-2a and PDF/UA-1 document: tagged, in English, sRGB output intent, its title shown by viewers.
     * The handout and the picture book both start here.
     */
    static PdfDocument accessible(OutputStream out) {
        WriterProperties props = new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1);
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(Srgb.PROFILE));
        PdfDocument pdf = new PdfADocument(new PdfWriter(out, props), PdfAConformance.PDF_A_2A, intent);
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("en"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        return pdf;
    }

    /**
     * Lays out one handout. {@code holes} collects, for each page a block moved on from, the share of that page left
     * empty; {@code tipsFirst} null lets the layout choose where the tips go.
     */
    private record Layout(Document doc, Sizes size, HandoutContent c, HandoutFonts fonts,
                          java.util.Map<Boolean, com.itextpdf.kernel.font.PdfFont> shapedFonts,
                          java.util.List<Float> holes, Boolean tipsFirstChoice) {

        /** Lays everything out; true when the tips went before the exercises. */
        boolean build() {
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
            java.util.List<Div> cards = new java.util.ArrayList<>();
            int number = 0;
            for (PlanItem item : c.items()) {
                cards.add(card(++number, item));
            }
            // When the first card cannot follow the warning signs on page 1, what does not depend on the exercises
            // can: the tips and the disclaimer, read before starting, instead of a third of page 1 left empty.
            boolean tipsFirst = tipsFirstChoice != null ? tipsFirstChoice
                    : !cards.isEmpty() && !fits(withHeading(cards.get(0))) && fits(tips());
            boolean disclaimerFirst = false;
            if (tipsFirst) {
                doc.add(tips());
                disclaimerFirst = fits(disclaimer());
                if (disclaimerFirst) {
                    doc.add(disclaimer());
                }
            }
            for (int i = 0; i < cards.size(); i++) {
                addWhole(i == 0 ? withHeading(cards.get(0)) : cards.get(i));
            }
            if (cards.isEmpty()) {
                doc.add(heading(Messages.get("handout.exercises")));
            }
            if (!tipsFirst) {
                addWhole(tips());
            }
            tickChart(disclaimerFirst ? null : disclaimer());
            return tipsFirst;
        }

        private Div disclaimer() {
            Div block = new Div().setMarginTop(8);
            block.getAccessibilityProperties().setRole(null);
            return block.add(new Paragraph(c.safety().disclaimer()).setFontSize(size.small()).setFontColor(MUTED)
                    .setMargin(0));
        }

        private void header() {
            if (c.clinic().hasLogo()) {
                Image logo = logo(c.clinic().logo()).scaleToFit(160, 56);
                logo.getAccessibilityProperties().setAlternateDescription(c.clinic().name().isEmpty()
                        ? Messages.get("handout.logoAltUnnamed") : Messages.get("handout.logoAlt", c.clinic().name()));
                doc.add(logo.setMarginBottom(4));
            }
            // The clinic's name in bold, then its address and phone on the same line (wrapping when long). A clinic
            // that has not given them gets no line: the handout never names a clinic it was not told of.
            StringBuilder contact = new StringBuilder(c.clinic().address());
            if (!c.clinic().phone().isEmpty()) {
                contact.append(contact.isEmpty() ? "" : "  \u00b7  ").append(Messages.get("handout.phone", c.clinic().phone()));
            }
            if (!c.clinic().name().isEmpty() || !contact.isEmpty()) {
                Paragraph clinic = new Paragraph().setMargin(0);
                if (!c.clinic().name().isEmpty()) {
                    typed(clinic, c.clinic().name()).getChildren().forEach(part -> bold((IPropertyContainer) part));
                }
                if (!contact.isEmpty()) {
                    if (!c.clinic().name().isEmpty()) {
                        clinic.add(new Text("  \u00b7  "));
                    }
                    typed(clinic, contact.toString());
                }
                doc.add(clinic);
            }
            Paragraph title = bold(new Paragraph(c.title())).setFontSize(size.title())
                    .setMarginTop(4).setMarginBottom(0);
            title.getAccessibilityProperties().setRole(StandardRoles.H1);
            doc.add(title);
            doc.add(new Paragraph(c.goal()).setMarginTop(0).setMarginBottom(6));
        }

        /**
         * Page 1's summary: which exercises, how often, how long a session takes (from the dosages), stop on sharp
         * pain, and where the warning signs are.
         */
        private void atAGlance() {
            Div box = new Div().setKeepTogether(true).setBackgroundColor(GLANCE).setPadding(8).setMarginTop(8);
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
            if (c.items().stream().anyMatch(i -> i.exercise().harder() != null)) {
                lines.add(new ListItem(Messages.get("handout.glanceMoveOn")));
            }
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

        /** Patient and date, then therapist and next appointment: two to a line, in an untagged layout table. */
        private void details() {
            java.util.List<Paragraph> items = new java.util.ArrayList<>();
            items.add(detail(Messages.get("handout.patient"), c.patientName()));
            items.add(detail(Messages.get("handout.date"), DATE.format(c.printDate())));
            if (!c.therapist().isEmpty()) {
                items.add(detail(Messages.get("handout.therapist"), c.therapist()));
            }
            if (!c.nextAppointment().isEmpty()) {
                items.add(detail(Messages.get("handout.nextAppointment"), c.nextAppointment()));
            }
            Table table = new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth()
                    .setBorder(Border.NO_BORDER);
            table.getAccessibilityProperties().setRole(null);
            for (Paragraph item : items) {
                Cell cell = new Cell().add(item).setBorder(Border.NO_BORDER).setPadding(0).setPaddingRight(8);
                cell.getAccessibilityProperties().setRole(null);
                table.addCell(cell);
            }
            if (items.size() % 2 == 1) {
                Cell empty = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
                empty.getAccessibilityProperties().setRole(null);
                table.addCell(empty);
            }
            doc.add(table);
        }

        private Paragraph detail(String label, String value) {
            Paragraph p = new Paragraph().add(bold(new Text(label + ": "))).setMargin(0).setMarginBottom(2);
            return typed(p, value);
        }

        private Paragraph heading(String text) {
            Paragraph p = bold(new Paragraph(text)).setFontSize(size.heading()).setMarginTop(10).setMarginBottom(4);
            p.getAccessibilityProperties().setRole(StandardRoles.H2);
            return p;
        }

        /**
         * One exercise: its name, why, and how much beside the picture, then the steps at full width (a narrow
         * column of steps made every card taller), the take-care line and the therapist's own line. Reading order
         * follows: name, why, how much, the picture, steps, take care.
         */
        private Div card(int number, PlanItem item) {
            Div card = new Div().setBorder(new SolidBorder(CARD_BORDER, 1.2f)).setPadding(8).setPaddingTop(5)
                    .setPaddingBottom(5).setMarginBottom(6);
            String kind = switch (item.exercise().kind()) {
                case STRETCH -> Messages.get("handout.kind.stretch");
                case STRENGTHEN -> Messages.get("handout.kind.strengthen");
                case MOBILITY -> Messages.get("handout.kind.mobility");
                case BALANCE -> Messages.get("handout.kind.balance");
            };
            Paragraph name = new Paragraph().add(bold(new Text(number + ". " + item.exercise().name()))
                            .setFontSize(size.heading() - 1))
                    .add(new Text("   " + kind + (item.exercise().origin() == org.physiokiosk.catalog.Origin.CLINIC
                            ? "  \u00b7  " + Messages.get("handout.clinicOwn") : ""))
                            .setFontColor(MUTED).setFontSize(size.small()))
                    .setMarginTop(0).setMarginBottom(1);
            name.getAccessibilityProperties().setRole(StandardRoles.H3);
            Paragraph purpose = new Paragraph(item.exercise().purpose()).setMargin(0).setMarginBottom(2);
            String dosage = DosageSentence.of(item.dosage());
            Paragraph howMuch = dosage.isEmpty() ? null : new Paragraph()
                    .add(bold(new Text(Messages.get("handout.howMuch") + " "))).add(dosage).setMargin(0);
            List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(6).setMarginLeft(4).setMarginTop(3);
            item.exercise().steps().forEach(step -> steps.add(new ListItem(step)));
            String svg = c.pictures().get(item.exercise().id());
            card.add(name);
            if (svg != null) {
                // The picture floats at the right: the why, how much and the first steps run beside it, the rest
                // at full width below, so no room is left empty beside a tall picture or under a short one.
                float pictureW = c.largePrint() ? 240f : 180f;
                String alt = item.exercise().picture() != null ? item.exercise().picture()
                        : Messages.get("handout.pictureAlt", item.exercise().name());
                Div figure = PictureBlock.of(svg, alt, doc.getPdfDocument(), pictureW, c.largePrint() ? 170f : 108f,
                        c.largePrint() ? 0.8f : 0.6f, size.small(), MUTED);
                figure.setProperty(Property.FLOAT, com.itextpdf.layout.properties.FloatPropertyValue.RIGHT);
                figure.setMarginLeft(10).setMarginBottom(4);
                card.add(figure);
            }
            card.add(purpose);
            if (howMuch != null) {
                card.add(howMuch);
            }
            card.add(steps);
            card.add(new Paragraph().add(bold(new Text(Messages.get("handout.takeCare") + " ")))
                    .add(item.exercise().takeCare()).setMarginTop(3).setMarginBottom(0));
            if (!item.personalInstruction().isEmpty()) {
                Paragraph personal = new Paragraph().add(bold(new Text(Messages.get("handout.personal") + " ")))
                        .setMarginTop(4).setMarginBottom(0);
                card.add(typed(personal, item.personalInstruction()));
            }
            // The therapist's or the exercise's word on taking the next step (the general rule is in the glance box).
            String moveOn = item.moveOnLine();
            if (moveOn != null && !moveOn.isBlank()) {
                card.add(typed(new Paragraph().add(bold(new Text(Messages.get("handout.moveOn") + " "))), moveOn)
                        .setMarginTop(3).setMarginBottom(0));
            }
            return card;
        }

        /** Adds a block (a card, the tips, the chart) so that it is never split: see {@link WholeBlocks}. */
        private void addWhole(Div block) {
            WholeBlocks.add(doc, block, holes);
        }

        private boolean fits(Div block) {
            return WholeBlocks.fits(doc, block);
        }

        private Div stopBox() {
            Div box = new Div().setKeepTogether(true).setBorder(new SolidBorder(WARNING, 3f)).setPadding(10)
                    .setMarginTop(8);
            Paragraph head = bold(new Paragraph(c.safety().heading())).setFontSize(size.heading() + 2)
                    .setFontColor(WARNING).setMarginTop(0).setMarginBottom(2);
            head.getAccessibilityProperties().setRole(StandardRoles.H2);
            box.add(head);
            box.add(new Paragraph(c.safety().intro()).setMarginTop(0));
            List flags = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            c.safety().redFlags().forEach(flag -> flags.add(new ListItem(flag)));
            box.add(flags);
            box.add(bold(new Paragraph(c.safety().emergency() + " " + c.emergencyCall()))
                    .setBorder(new SolidBorder(WARNING, 1.5f)).setPadding(5).setMarginTop(6));
            box.add(new Paragraph(c.safety().injuryWarning()).setMarginTop(6).setMarginBottom(0));
            return box;
        }

        private Div tips() {
            Div block = new Div();
            block.getAccessibilityProperties().setRole(null);
            block.add(heading(c.tips().heading()));
            List tips = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            c.tips().tips().forEach(tip -> tips.add(new ListItem(tip)));
            block.add(tips);
            return block;
        }

        /** The "Your exercises" heading kept with the first card, never left alone at the foot of a page. */
        private Div withHeading(Div firstCard) {
            Div block = new Div();
            block.getAccessibilityProperties().setRole(null);
            return block.add(heading(Messages.get("handout.exercises"))).add(firstCard);
        }

        /**
         * One column a day for a week; where an exercise is done more than once a day, the day has a box per
         * session. The chart says what to do with it. The disclaimer, when page 1 had no room for it, follows it.
         */
        private void tickChart(Div disclaimer) {
            int sessions = 1;
            for (PlanItem item : c.items()) {
                Integer perDay = item.dosage().timesPerDay();
                sessions = Math.max(sessions, perDay == null ? 1 : Math.min(perDay, 3));
            }
            Div block = new Div().setKeepTogether(true);
            block.add(heading(Messages.get("handout.chart")).setMarginTop(0));
            // How to fill it in and what to do with it, in one paragraph above the chart.
            block.add(new Paragraph(Messages.get(sessions > 1 ? "handout.chartHowSessions" : "handout.chartHow",
                    sessions) + " " + Messages.get("handout.chartThen")).setMarginTop(0).setMarginBottom(3));
            float[] widths = new float[DAYS * sessions + 1];
            widths[0] = 36;
            for (int d = 1; d < widths.length; d++) {
                widths[d] = 64f / (DAYS * sessions);
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
            // The disclaimer stays with the chart: never a page of its own.
            if (disclaimer != null) {
                block.add(disclaimer);
            }
            addWhole(block);
        }

        private Cell header(String text, String scope, int columns) {
            Cell cell = new Cell(1, columns).add(bold(new Paragraph(text)).setFontSize(size.small()).setMargin(0)
                    .setMultipliedLeading(1.1f)).setPadding(2).setPaddingLeft(3);
            cell.getAccessibilityProperties().setRole(StandardRoles.TH);
            cell.getAccessibilityProperties().addAttributes(
                    new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope));
            return cell;
        }

        /** A box per session this exercise has each day; the other session columns are shaded, not boxes. */
        private void boxes(Table table, int sessions, int used) {
            for (int d = 0; d < DAYS; d++) {
                for (int s = 0; s < sessions; s++) {
                    Cell cell = new Cell().setMinHeight(size.body() * 1.45f).setPadding(0)
                            .setBorder(new SolidBorder(CARD_BORDER, 1f));
                    if (s >= used) {
                        cell.setBackgroundColor(UNUSED);
                    }
                    table.addCell(cell);
                }
            }
        }

        private void painBoxes(Table table, int sessions) {
            for (int d = 0; d < DAYS; d++) {
                table.addCell(new Cell(1, sessions).setMinHeight(size.body() * 1.45f).setPadding(0)
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
            String key = (c.planNumber() == 0 ? "handout.footerDraft" : "handout.footer")
                    + (c.clinic().name().isEmpty() ? "Unnamed" : "");
            Paragraph footer = new Paragraph(Messages.get(key, c.clinic().name(), c.planNumber(),
                    DATE.format(c.printDate()), page, pages)).setFontSize(sizes.small()).setFontColor(MUTED)
                    .setWidth(size.getWidth() - 84).setTextAlignment(TextAlignment.CENTER);
            footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            doc.showTextAligned(footer, size.getWidth() / 2, 22, page, TextAlignment.CENTER,
                    VerticalAlignment.BOTTOM, 0);
        }
    }
}

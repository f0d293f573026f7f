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
import org.physiokiosk.catalog.DoseSteps;
import org.physiokiosk.catalog.PlanAdvice;
import org.physiokiosk.catalog.SafetyText;
import org.physiokiosk.catalog.WarningTier;
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
    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_NAME_FULL = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /** The sRGB colour profile every handout declares (PDF/A): Java's colour management takes a while to start. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
    private static final int DAYS = ChartDays.DAYS;
    /** The most days one table of a once-a-day chart runs, up to a visit early in the second week. */
    private static final int MOST_DAYS = 10;

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

    /**
     * The most of a page, before the last, that may be left empty: a little under a third, as a block's room is
     * measured to its box, not to the ink of its last line.
     */
    static final float MOST_EMPTY = 0.3f;

    /** The smallest share of its size a large-print card's picture is tried at, to fit the room left on a page. */
    static final float SMALLEST = 0.35f;

    /** A plan longer than this many pages is tried again with smaller pictures, as is one with a hole. */
    static final int LONG = 4;

    /** The share of their full size the pictures of a long plan are tried at. */
    static final float SMALLER_PICTURES = 0.8f;

    /** Writes the handout as PDF to {@code out}. The stream is closed when done. */
    @Override
    public void write(HandoutContent content, OutputStream out) {
        // Laid out with the tips where they fill page 1 best; when that leaves a page before the last more than a
        // third empty, laid out again the other way, and the better of the two kept (fewer pages, then fuller).
        // A plan that still runs past four pages, or still leaves a hole before the last page (a card too tall to join
        // the one above it), is tried once more with its pictures a little smaller, and that is kept when it saves a
        // page or closes the hole: a sheet less to carry matters more than a fifth off each picture.
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        Outcome chosen = write(content, first, null, 1f);
        byte[] bytes = first.toByteArray();
        if (chosen.worstHole() > MOST_EMPTY || chosen.pages() > LONG) {
            java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
            Outcome other = write(content, second, !chosen.tipsFirst(), 1f);
            if (other.better(chosen)) {
                bytes = second.toByteArray();
                chosen = other;
            }
        }
        if (chosen.pages() > LONG || chosen.worstHole() > MOST_EMPTY) {
            java.io.ByteArrayOutputStream smaller = new java.io.ByteArrayOutputStream();
            Outcome other = write(content, smaller, null, SMALLER_PICTURES);
            if (other.pages() < chosen.pages() || other.pages() == chosen.pages() && chosen.worstHole() > MOST_EMPTY
                    && other.worstHole() <= MOST_EMPTY) {
                bytes = smaller.toByteArray();
            }
        }
        try (out) {
            out.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The picture's captions naming the printed step each panel shows ("Start: step 2"), as numbered on this card
     * once the dose has added its steps; the plain words where the catalogue names no step or the dose took it out.
     */
    static PictureBlock.Captions captions(org.physiokiosk.catalog.Exercise exercise,
            org.physiokiosk.catalog.Dosage dose) {
        PictureBlock.Captions plain = PictureBlock.Captions.plain();
        org.physiokiosk.catalog.PictureSteps shows = exercise.pictureSteps();
        if (shows == null) {
            return plain;
        }
        // Two positions the body moves back and forth between (cat and cow: belly down, back up) have no start
        // and finish: each panel names only its step.
        boolean between = shows.between();
        return new PictureBlock.Captions(
                named(plain.start(), between ? "handout.panelStep" : "handout.startStep", exercise, dose, shows.start()),
                named(plain.finish(), between ? "handout.panelStep" : "handout.finishStep", exercise, dose,
                        shows.finish()),
                held(plain.hold(), exercise, dose, shows.hold()));
    }

    /**
     * A held position's caption: the step that reaches it, and on to the step that says how long to hold it when
     * that comes later ("steps 4 to 6"), as readers looked for the hold under "Hold this position".
     */
    private static String held(String plain, org.physiokiosk.catalog.Exercise exercise,
            org.physiokiosk.catalog.Dosage dose, Integer step) {
        int printed = step == null ? 0 : DoseSteps.printedNumber(exercise, dose, step);
        if (printed == 0) {
            return plain;
        }
        java.util.List<String> steps = DoseSteps.of(exercise, dose);
        for (int i = printed; i < steps.size(); i++) {
            if (steps.get(i).startsWith("Hold for ")) {
                return Messages.get(i == printed ? "handout.holdTwoSteps" : "handout.holdSteps", printed,
                        i + 1);
            }
        }
        return Messages.get("handout.holdStep", printed);
    }

    private static String named(String plain, String key, org.physiokiosk.catalog.Exercise exercise,
            org.physiokiosk.catalog.Dosage dose, Integer step) {
        int printed = step == null ? 0 : DoseSteps.printedNumber(exercise, dose, step);
        return printed == 0 ? plain : Messages.get(key, printed);
    }

    /** How a layout came out: its pages, the largest share of a page before the last left empty, where the tips went. */
    record Outcome(int pages, float worstHole, boolean tipsFirst) {

        /** Fewer pages, or as many and fuller. */
        boolean better(Outcome other) {
            return pages < other.pages || pages == other.pages && worstHole < other.worstHole;
        }
    }

    private Outcome write(HandoutContent content, OutputStream out, Boolean tipsFirst, float pictureShare) {
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
            doc.setMargins(34, 36, 46, 36);
            // Every word the handout prints is in its content (the labels are English): fonts for those scripts only.
            doc.setFontProvider(fonts.provider(PrintedText.of(content)));
            doc.setFontFamily(HandoutFonts.FAMILIES);
            doc.setFontSize(sizes.body()).setFontColor(INK);
            // iText multiplies the font's own line height (ascent to descent, about 1.16 of the type size in DejaVu
            // Sans): 1.1 of it sets lines about 1.28 times the type size apart, as a book sets them.
            doc.setProperty(Property.LEADING, new com.itextpdf.layout.properties.Leading(
                    com.itextpdf.layout.properties.Leading.MULTIPLIED, 1.1f));
            layout = new Layout(doc, sizes, content, fonts, new java.util.HashMap<>(), new java.util.ArrayList<>(),
                    tipsFirst, pictureShare);
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
                          java.util.List<Float> holes, Boolean tipsFirstChoice, float pictureShare) {

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
            // The warning signs come before the first exercise, so they are read before anyone starts, and on page 1.
            // In large print the glance and the emergency signs do not both fit under the title: the signs go
            // first there.
            if (c.largePrint()) {
                addStopBox();
                atAGlance();
            } else {
                atAGlance();
                doc.add(stopBox());
            }
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
                addWhole(tips());
                // In large print the first card is tried under the tips, a little smaller; when it would fit there
                // only without the disclaimer, the disclaimer goes with the chart instead.
                disclaimerFirst = fits(disclaimer()) && !(c.largePrint() && !cards.isEmpty()
                        && fitsOnlyWithoutTheDisclaimer(withHeading(card(1, c.items().get(0), SMALLEST))));
                if (disclaimerFirst) {
                    doc.add(disclaimer());
                }
            }
            boolean tipsPlaced = tipsFirst;
            org.physiokiosk.catalog.FloorSteps floor = floor();
            int floorBefore = floor.isEmpty() ? -1 : firstOnTheFloor(floor);
            for (int i = 0; i < cards.size(); i++) {
                Div next = i == 0 ? withHeading(cards.get(0)) : cards.get(i);
                // Getting down to the floor goes before the first exercise there, or earlier, where it fills the
                // room a card that must start a new page would leave (large print, where a card takes most of a page).
                if (i <= floorBefore && (i == floorBefore
                        || roomLeft() > MOST_EMPTY && !fits(next) && fits(floorSteps(floor)))) {
                    // The box must start a new page that would leave this one more than MOST_EMPTY blank: the tips
                    // fill it when they fit there, as they do before a card; in large print, where the tips fill the
                    // page a last card leaves, the disclaimer.
                    if (roomLeft() > MOST_EMPTY && !fits(floorSteps(floor))) {
                        if (!c.largePrint() && !tipsPlaced && fits(tips())) {
                            doc.add(tips());
                            tipsPlaced = true;
                        } else if (c.largePrint() && !disclaimerFirst && fits(disclaimer())) {
                            doc.add(disclaimer());
                            disclaimerFirst = true;
                        }
                    }
                    addWhole(floorSteps(floor));
                    floorBefore = -1;
                }
                if (c.largePrint()) {
                    next = fillingItsPage(i, next, cards, tipsPlaced);
                }
                // A card that must start a new page would leave more than MOST_EMPTY of this one blank: the tips
                // fill it when they fit there (large print, where a card takes most of a page).
                if (!tipsPlaced && i > 0 && roomLeft() > MOST_EMPTY && !fits(next) && fits(tips())) {
                    doc.add(tips());
                    tipsPlaced = true;
                }
                addWhole(next);
            }
            if (cards.isEmpty()) {
                doc.add(heading(Messages.get("handout.exercises")));
            }
            if (!tipsPlaced) {
                addWhole(tips());
            }
            if (!c.safety().afterAFall().isEmpty()) {
                addWhole(afterAFall());
            }
            tickChart(disclaimerFirst ? null : disclaimer());
            return tipsFirst;
        }

        /** Whether the block fits in the room left on this page, but not once the disclaimer is put there. */
        private boolean fitsOnlyWithoutTheDisclaimer(Div block) {
            float room = WholeBlocks.room(doc);
            float h = height(block);
            return h <= room && h > room - height(disclaimer());
        }

        /** The number of the first card that starts in a position on the floor (0 when none says so). */
        private int firstOnTheFloor(org.physiokiosk.catalog.FloorSteps floor) {
            for (int i = 0; i < c.items().size(); i++) {
                if (floor.positions().contains(c.items().get(i).exercise().position())) {
                    return i;
                }
            }
            return 0;
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
            // The clinic's name in bold, then its address and phone on the same line (wrapping when long, never
            // inside the number). A clinic that has not given them gets no line: the handout never names a clinic it
            // was not told of.
            String name = c.clinic().name();
            String address = c.clinic().address();
            String phone = c.clinic().phone();
            if (!name.isEmpty() || !address.isEmpty() || !phone.isEmpty()) {
                Paragraph clinic = new Paragraph().setMargin(0);
                String between = "";
                if (!name.isEmpty()) {
                    typed(clinic, name).getChildren().forEach(part -> bold((IPropertyContainer) part));
                    between = "  \u00b7  ";
                }
                if (!address.isEmpty()) {
                    clinic.add(new Text(between));
                    typed(clinic, address);
                    between = "  \u00b7  ";
                }
                if (!phone.isEmpty()) {
                    clinic.add(new Text(between)).add(unbroken(Messages.get("handout.phone", phone)));
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
            // How often, when every exercise shares it; otherwise each card says it.
            if (often.size() == 1 && !often.iterator().next().isEmpty()) {
                lines.add(new ListItem(Messages.get("handout.glanceOften", often.iterator().next())));
            }
            String time = sessionTime();
            // The session time names the days when they differ in length; else a line of its own says which
            // exercises go on which days, when not all go on every one.
            String days = byDay(timed()).size() > 1 ? "" : whichDays();
            if (!days.isEmpty()) {
                lines.add(new ListItem(days));
            }
            lines.add(new ListItem(time));
            if (c.advice() == null) {
                // A handout recorded before the shared lines were chosen by plan is reprinted with the general ones.
                lines.add(new ListItem(Messages.get("handout.glanceStop")));
                if (c.items().stream().anyMatch(i -> i.exercise().harder() != null)) {
                    lines.add(new ListItem(Messages.get("handout.glanceMoveOn")));
                }
                lines.add(new ListItem(Messages.get("handout.glanceWarnings", c.safety().heading())));
            } else {
                c.safety().stopRules().forEach(rule -> lines.add(new ListItem(rule)));
                c.advice().glance().forEach(line -> lines.add(new ListItem(line)));
            }
            box.add(lines);
            doc.add(box);
        }

        /**
         * How long a session takes, from the dosages: one figure when every session holds the same exercises, else
         * one for the morning, (the afternoon) and the evening. An exercise timed in its own steps (a walk of up to
         * 30 minutes) is left out of the figure and named.
         */
        private String sessionTime() {
            java.util.List<PlanItem> timed = timed();
            // By number, as the "which days" line names them: a name in quotes read to raters as a riddle.
            java.util.List<Integer> ownTime = c.items().stream().filter(i -> !timed.contains(i))
                    .map(i -> c.items().indexOf(i) + 1).toList();
            // A plan of daily exercises and some on 3 days a week has days of two lengths: each is said, the longer
            // days named as the chart names them, as "each session" would be wrong on the others.
            java.util.Map<java.util.List<PlanItem>, java.util.List<Integer>> byDay = byDay(timed);
            String time;
            if (byDay.size() > 1) {
                java.util.List<java.util.Map.Entry<java.util.List<PlanItem>, java.util.List<Integer>>> kinds =
                        new java.util.ArrayList<>(byDay.entrySet());
                kinds.sort((a, b) -> b.getKey().size() - a.getKey().size());
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (int k = 0; k < kinds.size(); k++) {
                    String days = k == kinds.size() - 1 ? Messages.get("handout.otherDays")
                            : dayList(kinds.get(k).getValue());
                    java.util.List<Integer> numbers = kinds.get(k).getKey().stream()
                            .map(i -> c.items().indexOf(i) + 1).sorted().toList();
                    // "only exercise 2": "exercise 2" alone was read as "2 exercises".
                    parts.add(Messages.get("handout.glanceDayPartWhich", days, numbers.size() == 1
                            ? Messages.get("handout.onlyExercise", numbers.get(0)) : exercises(numbers),
                            minutesOfSessions(kinds.get(k).getKey())));
                }
                time = Messages.get("handout.glanceByDays", String.join("; ", parts));
            } else {
                int[] minutes = minutes(timed);
                boolean same = java.util.Arrays.stream(minutes).allMatch(m -> m == minutes[0]);
                time = timed.isEmpty() ? "" : same ? Messages.get("handout.glanceTime", minutes[0])
                        : minutes.length == 2 ? Messages.get("handout.glanceTimes2Which", minutes[0],
                                inSession(timed, 0), minutes[1], inSession(timed, 1))
                        : Messages.get("handout.glanceTimes3", minutes[0], minutes[1], minutes[2]);
            }
            if (!ownTime.isEmpty()) {
                String which = exercises(ownTime);
                time = (time + " " + Messages.get("handout.glanceOwnTime",
                        Character.toUpperCase(which.charAt(0)) + which.substring(1), ownTime.size())).strip();
            }
            return time;
        }

        /**
         * Which exercises are done on which days, by number and by the chart's day names, when not every one is
         * done every day: "Which days: exercises 1 to 5 on Mon, Wed and Sat; exercise 6 on Tue and Fri." Empty
         * when every exercise is done every day. "On 3 days a week" on a card leaves the reader to find which.
         */
        private String whichDays() {
            java.util.Map<java.util.List<Integer>, java.util.List<Integer>> byDays = new java.util.LinkedHashMap<>();
            boolean someDays = false;
            for (int i = 0; i < c.items().size(); i++) {
                int[] rest = restDays(c.items().get(i));
                someDays |= rest.length > 0;
                java.util.List<Integer> on = java.util.stream.IntStream.range(0, DAYS)
                        .filter(d -> java.util.Arrays.stream(rest).noneMatch(r -> r == d)).boxed().toList();
                byDays.computeIfAbsent(on, k -> new java.util.ArrayList<>()).add(i + 1);
            }
            if (!someDays) {
                return "";
            }
            java.util.List<String> parts = new java.util.ArrayList<>();
            byDays.forEach((on, numbers) -> parts.add(Messages.get("handout.whichDaysPart", exercises(numbers),
                    on.size() == DAYS ? Messages.get("handout.everyDay") : Messages.get("handout.onDays",
                            dayList(on)))));
            return Messages.get("handout.whichDays", String.join("; ", parts));
        }

        /** "exercise 6", "exercises 1 to 5", "exercises 1, 3 and 5", "all 5 exercises" (every one of the plan). */
        private String exercises(java.util.List<Integer> numbers) {
            if (numbers.size() == c.items().size() && numbers.size() > 1) {
                return Messages.get("handout.allExercises", numbers.size());
            }
            if (numbers.size() == 1) {
                return Messages.get("handout.exerciseNumber", numbers.get(0));
            }
            boolean run = numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
            String list = run && numbers.size() > 2 ? Messages.get("handout.numberRange", numbers.get(0),
                    numbers.get(numbers.size() - 1))
                    : String.join(", ", numbers.subList(0, numbers.size() - 1).stream().map(String::valueOf).toList())
                            + " " + Messages.get("handout.and") + " " + numbers.get(numbers.size() - 1);
            return Messages.get("handout.exerciseNumbers", list);
        }

        /** The exercises a session's time counts: all but one timed in its own steps (a walk of up to 30 minutes). */
        private java.util.List<PlanItem> timed() {
            return c.items().stream().filter(item -> !(item.dosage().holdSeconds() == null
                    && item.dosage().repetitions() == null
                    && item.exercise().steps().stream().anyMatch(st -> st.matches(".*\\b\\d+ minutes\\b.*"))))
                    .toList();
        }

        /** The chart's days grouped by the exercises done on them: one entry when every day holds the same. */
        private java.util.Map<java.util.List<PlanItem>, java.util.List<Integer>> byDay(java.util.List<PlanItem> timed) {
            java.util.Map<java.util.List<PlanItem>, java.util.List<Integer>> byDay = new java.util.LinkedHashMap<>();
            for (int d = 0; d < DAYS; d++) {
                final int day = d;
                java.util.List<PlanItem> that = timed.stream()
                        .filter(i -> java.util.Arrays.stream(restDays(i)).noneMatch(r -> r == day)).toList();
                if (!that.isEmpty()) {
                    byDay.computeIfAbsent(that, k -> new java.util.ArrayList<>()).add(d);
                }
            }
            return byDay;
        }

        /** The numbers of the exercises done in a day's session (0 the morning): "all 5", or "1, 3 and 5". */
        private String inSession(java.util.List<PlanItem> timed, int session) {
            java.util.List<Integer> numbers = new java.util.ArrayList<>();
            for (int i = 0; i < c.items().size(); i++) {
                PlanItem item = c.items().get(i);
                if (timed.contains(item) && (item.dosage().timesPerDay() == null ? 1
                        : item.dosage().timesPerDay()) > session) {
                    numbers.add(i + 1);
                }
            }
            return exercises(numbers);
        }

        /** The minutes of each session of a day holding these exercises: the morning's first. */
        private static int[] minutes(java.util.List<PlanItem> timed) {
            int sessions = 1;
            for (PlanItem item : timed) {
                Integer perDay = item.dosage().timesPerDay();
                sessions = Math.max(sessions, perDay == null ? 1 : Math.min(perDay, 3));
            }
            int[] minutes = new int[sessions];
            for (int k = 0; k < sessions; k++) {
                final int session = k;
                minutes[k] = SessionTime.minutes(timed.stream().filter(i -> (i.dosage().timesPerDay() == null ? 1
                        : i.dosage().timesPerDay()) > session).toList());
            }
            return minutes;
        }

        /** "23 minutes", or "8 minutes in the morning and 4 in the evening". */
        private static String minutesOfSessions(java.util.List<PlanItem> timed) {
            int[] m = minutes(timed);
            boolean same = java.util.Arrays.stream(m).allMatch(x -> x == m[0]);
            return same ? Messages.get("handout.glanceMinutes", m[0])
                    : Messages.get("handout.glanceMinutes2", m[0], m[m.length - 1]);
        }

        /** The days of the chart's week by name, as its columns are headed: "Wed, Fri and Mon". */
        private String dayList(java.util.List<Integer> days) {
            java.util.List<String> names = days.stream().map(d -> DAY_NAME.format(c.printDate().plusDays(d))).toList();
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " "
                    + Messages.get("handout.and") + " " + names.get(names.size() - 1);
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
         * One exercise: its name and how often on one line, why, then its picture beside the steps (above them in
         * large print), the take-care line, the therapist's own line and when to move on, in that reading order.
         */
        private Div card(int number, PlanItem item) {
            return card(number, item, 1f);
        }

        /** The card with its picture {@code grow} times its usual largest size (large print, a card alone). */
        private Div card(int number, PlanItem item, float grow) {
            Div card = new Div().setBorder(new SolidBorder(CARD_BORDER, 1.2f)).setPadding(7).setPaddingTop(4)
                    .setPaddingBottom(4).setMarginBottom(5);
            // No kind label ("Stretch", "Strengthen"): readers took it for an instruction nobody explained, and the
            // why line says what the exercise does. A clinic's own exercise still says so.
            Paragraph name = new Paragraph().add(bold(new Text(number + ". " + item.exercise().name()))
                    .setFontSize(size.heading() - 1)).setMarginTop(0).setMarginBottom(1);
            if (item.exercise().origin() == org.physiokiosk.catalog.Origin.CLINIC) {
                name.add(new Text("   " + Messages.get("handout.clinicOwn")).setFontColor(MUTED)
                        .setFontSize(size.small()));
            }
            name.getAccessibilityProperties().setRole(StandardRoles.H3);
            Paragraph purpose = new Paragraph(item.exercise().purpose()).setMargin(0).setMarginBottom(2);
            // How many and how long are steps of their own (DoseSteps); the line above the steps says how often.
            String often = DosageSentence.frequency(item.dosage());
            Paragraph howMuch = often.isEmpty() ? null : new Paragraph()
                    .add(bold(new Text(Messages.get("handout.howOften") + " ")))
                    .add(Character.toUpperCase(often.charAt(0)) + often.substring(1) + ".").setMargin(0);
            List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(6).setMarginLeft(4).setMarginTop(3);
            // From the first exercise on the floor on (the box goes before it), the bed-or-floor choice is the mat.
            org.physiokiosk.catalog.FloorSteps floor = floor();
            boolean onTheMat = !floor.isEmpty() && number - 1 >= firstOnTheFloor(floor);
            DoseSteps.of(item.exercise(), item.dosage()).forEach(step -> steps.add(new ListItem(onTheMat
                    ? floor.onTheMat(step) : step)));
            String svg = c.pictures().get(item.exercise().id());
            // How often sits on the name's line, at its right: one line less on every card, and the eye finds it
            // where it finds the name.
            if (howMuch != null && !c.largePrint()) {
                // Auto layout: a long name takes the room a short "how often" leaves, and the other way round.
                Table top = new Table(2).useAllAvailableWidth()
                        .setBorder(Border.NO_BORDER);
                top.getAccessibilityProperties().setRole(null);
                top.addCell(bareCell().add(name));
                top.addCell(bareCell().add(howMuch.setTextAlignment(TextAlignment.RIGHT))
                        .setVerticalAlignment(VerticalAlignment.BOTTOM));
                card.add(top.setMarginBottom(1));
            } else {
                card.add(name);
                if (howMuch != null) {
                    card.add(howMuch);
                }
            }
            // Why, at full width (a line at most), then the picture beside the steps.
            card.add(purpose);
            // From another position on the floor: how to get into this one, before its steps.
            java.util.Optional<org.physiokiosk.catalog.FloorSteps.Move> into = moveInto(floor, number - 1);
            into.ifPresent(move -> card.add(moveLine(floor, move)));
            if (svg != null) {
                // The picture floats at the right: the why, how much and the first steps run beside it, the rest
                // at full width below, so no room is left empty beside a tall picture or under a short one.
                // Twice the size handouts first printed them (larger again in large print), so a 75-year-old can see
                // where the hands and feet go.
                float pictureW = Math.min((c.largePrint() ? 330f : 290f) * pictureShare * grow, textWidth());
                String alt = item.exercise().picture() != null ? item.exercise().picture()
                        : Messages.get("handout.pictureAlt", item.exercise().name());
                float pictureH = (c.largePrint() ? 200f : 150f) * pictureShare * grow;
                // Captions in the text's own ink: in grey, readers with low vision lost the step they name.
                Div figure = PictureBlock.of(svg, alt, doc.getPdfDocument(), pictureW, pictureH,
                        (c.largePrint() ? 1.5f : 1.0f) * grow, size.small(), INK,
                        captions(item.exercise(), item.dosage()));
                if (org.physiokiosk.pictures.PictureShape.seenFromBehind(svg)) {
                    // Without a face, a body seen from behind can be taken for one facing us, its sides swapped.
                    figure.add(new Paragraph(Messages.get("handout.seenFromBehind")).setFontSize(size.small())
                            .setFontColor(INK).setMargin(0).setTextAlignment(TextAlignment.CENTER));
                }
                if (c.largePrint()) {
                    // Large type beside a large picture leaves three words a line: the picture goes above the steps.
                    figure.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.CENTER)
                            .setMarginTop(2).setMarginBottom(2);
                } else {
                    figure.setProperty(Property.FLOAT, com.itextpdf.layout.properties.FloatPropertyValue.RIGHT);
                    figure.setMarginLeft(6).setMarginBottom(4);
                }
                card.add(figure);
            }
            card.add(steps);
            // A take-care sentence the plan's stop rules already give for every exercise is not said again.
            String takeCare = c.safety().takeCare(item.exercise().takeCare());
            if (!takeCare.isEmpty()) {
                card.add(new Paragraph().add(bold(new Text(Messages.get("handout.takeCare") + " ")))
                        .add(takeCare).setMarginTop(3).setMarginBottom(0));
            }
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
            // The last exercise on the floor ends with how to stand up: a session that ends kneeling or lying down
            // is not left there.
            moveUp(floor, number - 1).ifPresent(move -> card.add(moveLine(floor, move)));
            return card;
        }

        private org.physiokiosk.catalog.FloorSteps floor() {
            return c.advice() == null ? org.physiokiosk.catalog.FloorSteps.NONE : c.advice().floor();
        }

        /** How to come to this exercise's position from the one before's, when both are on the floor and differ. */
        private java.util.Optional<org.physiokiosk.catalog.FloorSteps.Move> moveInto(
                org.physiokiosk.catalog.FloorSteps floor, int i) {
            if (floor.isEmpty() || i == 0 || i >= c.items().size()) {
                return java.util.Optional.empty();
            }
            String before = c.items().get(i - 1).exercise().position();
            String here = c.items().get(i).exercise().position();
            return floor.onTheFloor(before) && floor.onTheFloor(here) && !before.equals(here)
                    ? floor.move(before, here) : java.util.Optional.empty();
        }

        /** How to stand up after this exercise, when it is the last on the floor before standing or the end. */
        private java.util.Optional<org.physiokiosk.catalog.FloorSteps.Move> moveUp(
                org.physiokiosk.catalog.FloorSteps floor, int i) {
            if (floor.isEmpty() || i >= c.items().size()) {
                return java.util.Optional.empty();
            }
            String here = c.items().get(i).exercise().position();
            boolean lastThere = i == c.items().size() - 1
                    || !floor.onTheFloor(c.items().get(i + 1).exercise().position());
            return floor.onTheFloor(here) && lastThere
                    ? floor.move(here, org.physiokiosk.catalog.FloorSteps.STANDING) : java.util.Optional.empty();
        }

        private Paragraph moveLine(org.physiokiosk.catalog.FloorSteps floor,
                                   org.physiokiosk.catalog.FloorSteps.Move move) {
            return new Paragraph().add(bold(new Text(floor.head(move) + " "))).add(floor.body(move))
                    .setMarginTop(3).setMarginBottom(2);
        }

        private static Cell bareCell() {
            return bareCell(1);
        }

        private static Cell bareCell(int columns) {
            Cell cell = new Cell(1, columns).setBorder(Border.NO_BORDER).setPadding(0);
            cell.getAccessibilityProperties().setRole(null);
            return cell;
        }

        /** Adds a block (a card, the tips, the chart) so that it is never split: see {@link WholeBlocks}. */
        private void addWhole(Div block) {
            WholeBlocks.add(doc, block, holes);
        }

        private boolean fits(Div block) {
            return WholeBlocks.fits(doc, block);
        }

        /**
         * In large print a card takes most of a page, so most stand alone: one that would leave more than
         * MOST_EMPTY of its page blank (the next card cannot follow it there) is drawn with a larger picture, as
         * large as the page allows, as a larger picture is what a reader with low vision needs most; one that
         * would leave that much of the page before it blank is tried a little smaller, to go there.
         */
        private Div fillingItsPage(int i, Div card, java.util.List<Div> cards, boolean tipsPlaced) {
            float whole = textHeight();
            float left = WholeBlocks.room(doc);
            float h = height(card);
            if (h > left && left / whole > MOST_EMPTY) {
                // Nearly fits where a third of the page is left: a little smaller, it goes there.
                for (float grow : new float[] {0.85f, 0.7f, 0.55f, 0.45f, SMALLEST}) {
                    Div smaller = i == 0 ? withHeading(card(1, c.items().get(0), grow))
                            : card(i + 1, c.items().get(i), grow);
                    if (height(smaller) <= left) {
                        return smaller;
                    }
                }
            }
            if (h > left) {
                left = whole; // it starts a new page
            }
            float after = left - h;
            // After the last card come the tips (when not placed yet), then the chart, which large print never fits
            // in what a card leaves.
            boolean alone = i + 1 < cards.size() ? height(cards.get(i + 1)) > after
                    : tipsPlaced || height(tips()) > after;
            if (after / whole <= MOST_EMPTY || !alone) {
                return card;
            }
            for (float grow : new float[] {1.6f, 1.4f, 1.2f}) {
                Div bigger = card(i + 1, c.items().get(i), grow);
                Div candidate = i == 0 ? withHeading(bigger) : bigger;
                if (height(candidate) <= left) {
                    return candidate;
                }
            }
            return card;
        }

        /** The height a block takes laid out at the text's width, in points (a page's text height when longer). */
        private float height(Div block) {
            com.itextpdf.layout.renderer.IRenderer renderer = block.createRendererSubTree()
                    .setParent(doc.getRenderer());
            com.itextpdf.layout.layout.LayoutResult result = renderer.layout(
                    new com.itextpdf.layout.layout.LayoutContext(new com.itextpdf.layout.layout.LayoutArea(1,
                            new Rectangle(doc.getLeftMargin(), doc.getBottomMargin(), textWidth(), textHeight()))));
            return result.getStatus() == com.itextpdf.layout.layout.LayoutResult.FULL
                    ? result.getOccupiedArea().getBBox().getHeight() : Float.MAX_VALUE;
        }

        private float textWidth() {
            return doc.getPdfDocument().getDefaultPageSize().getWidth() - doc.getLeftMargin() - doc.getRightMargin();
        }

        private float textHeight() {
            return WholeBlocks.textHeight(doc);
        }

        /** The share of the current page's text area still empty. */
        private float roomLeft() {
            return WholeBlocks.room(doc) / textHeight();
        }

        private Div stopBox() {
            return stopBox(false, 0, Integer.MAX_VALUE);
        }

        /**
         * Large print: the box whole when it fits on page 1; when not, the heading, the first line and the emergency
         * tier there with as many of the later tiers as fit, and the rest in a second box on the next page under
         * "Stop and get help (continued)", so a reader who turns the page knows what the signs there are for.
         */
        private void addStopBox() {
            int later = c.safety().tiered() ? laterParts() : 0;
            int onPage1 = later;
            while (onPage1 > 0 && !fits(stopBox(false, 0, onPage1))) {
                onPage1--;
            }
            doc.add(stopBox(false, 0, onPage1));
            if (onPage1 < later) {
                doc.add(stopBox(true, onPage1, later));
            }
        }

        /** The parts of the box after the emergency tier: the other tiers, then the line on a new fall or injury. */
        private int laterParts() {
            return (int) c.safety().tiers().stream().filter(t -> t.tier() != WarningTier.EMERGENCY).count() + 1;
        }

        /**
         * The box, or part of it: the opening (heading, first line, emergency tier) unless {@code continued}, then
         * the later parts from {@code from} up to {@code to} (see {@link #laterParts()}).
         */
        private Div stopBox(boolean continued, int from, int to) {
            Div box = new Div().setKeepTogether(true).setBorder(new SolidBorder(WARNING, 3f)).setPadding(8)
                    .setMarginTop(8);
            Paragraph head = bold(new Paragraph(continued ? Messages.get("handout.stopContinued", c.safety().heading())
                    : c.safety().heading())).setFontSize(continued ? size.heading() : size.heading() + 2)
                    .setFontColor(WARNING).setMarginTop(0).setMarginBottom(continued ? 0 : 2);
            head.getAccessibilityProperties().setRole(StandardRoles.H2);
            if (!c.safety().tiered()) {
                // A handout recorded before the tiers is reprinted as it was.
                box.add(head);
                box.add(new Paragraph(c.safety().intro()).setMarginTop(0));
                box.add(bullets(c.safety().redFlags()));
                box.add(bold(new Paragraph(c.safety().emergency() + " " + c.emergencyCall()))
                        .setBorder(new SolidBorder(WARNING, 1.5f)).setPadding(5).setMarginTop(6));
                box.add(new Paragraph(c.safety().injuryWarning()).setMarginTop(6).setMarginBottom(0));
                return box;
            }
            Div opening = new Div().setKeepTogether(true);
            opening.getAccessibilityProperties().setRole(null);
            opening.add(head);
            if (!continued) {
                opening.add(new Paragraph(Messages.get("handout.stopIntro")).setMarginTop(0).setMarginBottom(2));
            }
            box.add(opening);
            int later = 0;
            for (SafetyText.Tier tier : c.safety().tiers()) {
                boolean emergency = tier.tier() == WarningTier.EMERGENCY;
                if (emergency ? continued : later < from || later >= to) {
                    later += emergency ? 0 : 1;
                    continue;
                }
                later += emergency ? 0 : 1;
                // Each tier: what to do, as a heading the eye finds, then the signs that call for it. The emergency
                // tier is framed, as the one that cannot wait.
                Div part = new Div().setMarginTop(4).setKeepTogether(true);
                part.getAccessibilityProperties().setRole(null);
                Paragraph what = bold(withNumber(c.tierHeading(tier.tier()) + ":", tier.tier())).setMargin(0)
                        .setFontColor(emergency ? WARNING : INK);
                what.getAccessibilityProperties().setRole(StandardRoles.H3);
                part.add(what).add(bullets(tier.signs()));
                if (emergency) {
                    part.setBorder(new SolidBorder(WARNING, 1.5f)).setPadding(4).setPaddingLeft(6);
                    opening.add(part);
                } else {
                    box.add(part);
                }
            }
            if (later >= from && later < to) {
                box.add(new Paragraph(c.safety().injuryWarning()).setMarginTop(6).setMarginBottom(0)
                        .setKeepTogether(true));
            }
            return box;
        }

        /** A tier's heading, the number in it kept on one line. */
        private Paragraph withNumber(String heading, WarningTier tier) {
            String number = switch (tier) {
                case EMERGENCY -> c.clinic().emergencyNumber();
                case DOCTOR_TODAY -> c.clinic().doctorLine();
                case NEXT_VISIT -> c.clinic().phone();
            };
            int at = number.isEmpty() ? -1 : heading.indexOf(number);
            if (at < 0) {
                return new Paragraph(heading);
            }
            return new Paragraph().add(new Text(heading.substring(0, at))).add(unbroken(number))
                    .add(new Text(heading.substring(at + number.length())));
        }

        private List bullets(java.util.List<String> lines) {
            List list = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            lines.forEach(line -> list.add(new ListItem(line)));
            return list;
        }

        /** What to do after a fall, for a balance plan: numbered steps, kept whole. */
        private Div afterAFall() {
            // Two columns, read down the first and then the second, numbered on: what to do first, whatever
            // happened, and then getting up, which only someone who is not hurt should try.
            java.util.List<String> all = c.afterAFall();
            int half = 0;
            while (half < all.size() && !all.get(half).startsWith("If you are not hurt")) {
                half++;
            }
            if (half == 0 || half == all.size()) {
                half = (all.size() + 1) / 2;
            }
            return stepsBox(c.safety().afterAFallHeading(), all, half, Messages.get("handout.fallFirst"),
                    Messages.get("handout.fallGettingUp"), c.safety().afterAFallPictures(), "handout.fallPictureAlt",
                    false);
        }

        /** Getting down to the floor and up again, before the first exercise there: numbered steps, kept whole. */
        private Div floorSteps(org.physiokiosk.catalog.FloorSteps floor) {
            Div box = stepsBox(floor.heading(), floor.steps(), floor.down().size(), floor.downHeading(),
                    floor.upHeading(), floor.pictures(), "handout.floorPictureAlt", true);
            if (!floor.note().isEmpty()) {
                box.add(new Paragraph(floor.note()).setMargin(0).setMarginTop(2)
                        .setTextAlignment(TextAlignment.CENTER));
            }
            return box;
        }

        /**
         * A bordered box of numbered steps in two columns (the first {@code half} steps, then the rest, numbered on),
         * each column under its own heading, with pictures of the key positions under the first column, or in one
         * row across the box when both columns are about as long.
         */
        private Div stepsBox(String heading, java.util.List<String> all, int half, String firstHead,
                             String secondHead, java.util.List<org.physiokiosk.catalog.FallPicture> pictures,
                             String altKey, boolean picturesAcross) {
            Div block = new Div().setKeepTogether(true).setBorder(new SolidBorder(CARD_BORDER, 1.2f)).setPadding(8)
                    .setMarginTop(6);
            Paragraph head = bold(new Paragraph(heading)).setFontSize(size.heading())
                    .setMarginTop(0).setMarginBottom(2);
            head.getAccessibilityProperties().setRole(StandardRoles.H2);
            block.add(head);
            Table columns = new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth()
                    .setBorder(Border.NO_BORDER);
            columns.getAccessibilityProperties().setRole(null);
            String[] heads = {firstHead, secondHead};
            int part = 0;
            for (int from : new int[] {0, half}) {
                Paragraph sub = bold(new Paragraph(heads[part++])).setMargin(0).setMarginLeft(4);
                sub.getAccessibilityProperties().setRole(StandardRoles.H3);
                List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(6).setMarginLeft(4)
                        .setItemStartIndex(from + 1);
                all.subList(from, from == 0 ? half : all.size()).forEach(step -> steps.add(new ListItem(step)));
                Cell cell = bareCell().add(sub).add(steps).setPaddingRight(6);
                if (from == 0 && !picturesAcross) {
                    // The first part is the shorter: the pictures go under it, beside the steps they show, where
                    // the box has room anyway.
                    Table grid = stepPictures(all, pictures, altKey, 3, (textWidth() - 20) / 2,
                            c.largePrint() ? 110f : 62f);
                    if (grid != null) {
                        // Under the first column, they show the second's steps: a line says so, as readers
                        // took them for the steps beside them.
                        // Each pictured step by its number: a range would promise pictures of the steps between.
                        java.util.List<String> shown = pictures.stream().map(p -> String.valueOf(p.step())).toList();
                        cell.add(bold(new Paragraph(Messages.get("handout.picturesOf",
                                String.join(", ", shown.subList(0, shown.size() - 1)), shown.get(shown.size() - 1))))
                                .setMargin(0).setMarginTop(4).setMarginLeft(4));
                        cell.add(grid);
                    }
                }
                columns.addCell(cell);
            }
            block.add(columns);
            if (picturesAcross) {
                // One row, so the box stays on one page in large print too; the pictures are as tall as the row lets
                // the upright ones be, and large print's row is taller.
                int across = Math.max(1, pictures.size());
                Table grid = stepPictures(all, pictures, altKey, across, textWidth() - 20,
                        c.largePrint() ? 110f : 120f);
                if (grid != null) {
                    block.add(grid);
                }
            }
            return block;
        }

        /**
         * The key positions of numbered steps, {@code across} to a row in {@code width}, at most {@code height} high,
         * each captioned with the steps it shows; null if none.
         */
        private Table stepPictures(java.util.List<String> all,
                                   java.util.List<org.physiokiosk.catalog.FallPicture> pictures, String altKey,
                                   int across, float width, float height) {
            java.util.List<org.physiokiosk.catalog.FallPicture> shown = pictures.stream()
                    .filter(p -> c.pictures().containsKey(p.picture()) && p.step() <= all.size()
                            && p.andStep() <= all.size()).toList();
            if (shown.isEmpty()) {
                return null;
            }
            float[] shares = new float[across];
            java.util.Arrays.fill(shares, 1);
            Table grid = new Table(UnitValue.createPercentArray(shares)).useAllAvailableWidth()
                    .setBorder(Border.NO_BORDER).setMarginTop(6);
            grid.getAccessibilityProperties().setRole(null);
            float cellW = width / across - 8;
            for (org.physiokiosk.catalog.FallPicture p : shown) {
                String caption = p.andStep() == 0 ? Messages.get("handout.fallPictureStep", p.step())
                        : Messages.get("handout.pictureSteps", p.step(), p.andStep());
                String what = all.get(p.step() - 1) + (p.andStep() == 0 ? "" : " " + all.get(p.andStep() - 1));
                Div figure = PictureBlock.of(c.pictures().get(p.picture()), Messages.get(altKey,
                        caption.toLowerCase(java.util.Locale.ROOT), what),
                        doc.getPdfDocument(), cellW, height, c.largePrint() ? height / 110f : 0.7f,
                        size.small(), INK, new PictureBlock.Captions(caption, caption, caption));
                figure.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.CENTER);
                grid.addCell(bareCell().add(figure).setVerticalAlignment(VerticalAlignment.BOTTOM).setPaddingTop(3));
            }
            for (int k = shown.size(); k % across != 0; k++) {
                grid.addCell(bareCell());
            }
            return grid;
        }

        private Div tips() {
            Div block = new Div();
            block.getAccessibilityProperties().setRole(null);
            block.add(heading(c.tips().heading()).setMarginTop(6));
            List tips = new List().setListSymbol("\u2022").setSymbolIndent(8).setMarginLeft(6);
            c.tips().tips().forEach(tip -> tips.add(new ListItem(tip)));
            block.add(tips);
            return block;
        }

        /** The "Your exercises" heading kept with the first card, never left alone at the foot of a page. */
        private Div withHeading(Div firstCard) {
            Div block = new Div();
            block.getAccessibilityProperties().setRole(null);
            block.add(heading(Messages.get("handout.exercises")));
            if (!c.pictures().isEmpty()) {
                // The key to the pictures, once, where the first one is seen.
                block.add(new Paragraph(Messages.get("handout.pictureKey")).setFontSize(size.small())
                        .setMarginTop(0).setMarginBottom(4));
            }
            return block.add(firstCard);
        }

        /**
         * One column a day for a week, each named by its day and date from the print date; where an exercise is done
         * more than once a day, the day has a labelled box per session. Grey boxes are times with no exercise: a
         * rest day of a plan done on some days of the week, or a session an exercise does not have. An example row
         * shows how to tick; the rows the plan tracks (pain, near-falls) follow the exercises. The disclaimer, when
         * page 1 had no room for it, follows it.
         */
        private void tickChart(Div disclaimer) {
            Div chosen = chooseChart(disclaimer, true);
            // Laid out once to see whether it fits here, and then added without trying again.
            if (fits(chosen)) {
                doc.add(chosen);
                return;
            }
            // The pain scale is drawn only where it costs no page: without it, the chart may still fit here.
            if (painRow()) {
                Div plain = chooseChart(disclaimer, false);
                if (fits(plain)) {
                    doc.add(plain);
                    return;
                }
            }
            addWhole(chosen);
        }

        private Div chooseChart(Div disclaimer, boolean scale) {
            // The chart runs up to the day before the next visit, when the patient brings it: a second week when
            // the visit falls in it, cut short there.
            int days = NextVisit.of(c.nextAppointment(), c.printDate())
                    .map(d -> (int) java.time.temporal.ChronoUnit.DAYS.between(c.printDate(), d)).orElse(0);
            java.time.LocalDate visit = c.printDate().plusDays(days);
            // Once a day and a visit a few days into the second week: one table whose days run up to the visit (a
            // day's box once a day is wide enough for up to ten across), rather than a second table of a day or two.
            if (days > DAYS && days <= MOST_DAYS && sessions() == 1) {
                Div upTo = chart(1, days, disclaimer, null, scale);
                if (fits(upTo) || !fits(chart(1, DAYS, disclaimer, visit, scale)) && height(upTo) < Float.MAX_VALUE) {
                    return upTo;
                }
            }
            Div two = days > DAYS && days <= 2 * DAYS ? chart(2, days, disclaimer, null, scale) : null;
            // When neither fits here the chart starts a page, where two weeks go only if that page holds them whole.
            if (two != null && (fits(two) || !fits(chart(1, DAYS, disclaimer, visit, scale))
                    && height(two) < Float.MAX_VALUE)) {
                return two;
            }
            // Two weeks would take a page of their own: one, and a line that says what to do after it (when that
            // line does not push the week on to a page of its own too).
            Div one = chart(1, DAYS, disclaimer, days > DAYS ? visit : null, scale);
            if (days > DAYS && !fits(one)) {
                Div plain = chart(1, DAYS, disclaimer, null, scale);
                return fits(plain) ? plain : one;
            }
            return one;
        }

        /** Whether the chart has a pain row (and so a pain scale to draw or leave out). */
        private boolean painRow() {
            return c.advice() == null || c.advice().chartRows().stream().anyMatch(r -> r.label().startsWith("Pain"));
        }

        /** The most sessions a day any exercise has, up to the chart's three. */
        private int sessions() {
            int sessions = 1;
            for (PlanItem item : c.items()) {
                Integer perDay = item.dosage().timesPerDay();
                sessions = Math.max(sessions, perDay == null ? 1 : Math.min(perDay, 3));
            }
            return sessions;
        }

        /**
         * The tick chart for {@code weeks} weeks from the print date (a table a week, the example row in the first),
         * with the disclaimer when given; {@code visitAfter}, when the next visit comes after the one week printed.
         * One table may run {@code span} days, more than a week, up to the day before the visit; {@code scale}: the
         * pain numbers drawn as a scale, on a chart with a pain row.
         */
        private Div chart(int weeks, int span, Div disclaimer, java.time.LocalDate visitAfter, boolean scale) {
            int sessions = sessions();
            boolean restDays = false;
            for (PlanItem item : c.items()) {
                restDays |= restDays(item).length > 0;
            }
            java.util.List<PlanAdvice.ChartRow> rows = c.advice() != null ? c.advice().chartRows()
                    : java.util.List.of(new PlanAdvice.ChartRow(Messages.get("handout.chartPain"),
                            Messages.get("handout.chartHowPain")));
            Div block = new Div().setKeepTogether(true);
            // The first and last dates, with their months, in the heading; the columns give day and date.
            java.time.LocalDate last = c.printDate().plusDays(span - 1);
            block.add(heading(Messages.get(weeks == 2 && span == 2 * DAYS ? "handout.chartWeeks"
                    : span > DAYS ? "handout.chartUpToVisit"
                    : "handout.chartWeek", DAY_MONTH.format(c.printDate()), DAY_MONTH.format(last)))
                    .setMarginTop(0));
            StringBuilder how = new StringBuilder(Messages.get("handout.chartTick"));
            // What "M" and "E" and grey mean is said by the example under this paragraph, beside its boxes.
            // "call us" with the clinic's number, when it has given one: a reader alone needs it on the chart too.
            String phone = c.clinic().phone().isBlank() ? ""
                    : " " + Messages.get("handout.onNumber", c.clinic().phone());
            rows.forEach(row -> how.append(' ').append(row.how().replace("{phone}", phone)));
            if (visitAfter != null) {
                how.append(' ').append(Messages.get("handout.chartAfterWeek", DAY_NAME_FULL.format(visitAfter) + " "
                        + DAY_MONTH.format(visitAfter)));
            }
            boolean pain = rows.stream().anyMatch(r -> r.label().startsWith("Pain"));
            how.append(' ').append(Messages.get(pain ? "handout.chartThen" : "handout.chartThenSteady"));
            block.add(new Paragraph(how.toString()).setMarginTop(0).setMarginBottom(3));
            if (pain && scale) {
                block.add(painScale());
            }
            block.add(example(sessions, restDays));
            for (int week = 0; week < weeks; week++) {
                block.add(weekTable(week * DAYS, weeks == 2 ? (week == 0 ? DAYS : span - DAYS) : span,
                        sessions, rows)
                        .setMarginTop(week == 0 ? 0 : 6));
            }
            // The disclaimer stays with the chart: never a page of its own.
            if (disclaimer != null) {
                block.add(disclaimer);
            }
            return block;
        }

        /**
         * The pain numbers drawn as a line of boxes, 0 to 10, with what the ends mean: raters asked for a scale to
         * see, not only "0 is none, 10 is the worst". Laid out, not a data table: read as "0 none, 1, ... 10 worst".
         */
        private Table painScale() {
            float[] widths = new float[11];
            java.util.Arrays.fill(widths, 1);
            Table scale = new Table(UnitValue.createPercentArray(widths))
                    .setWidth(UnitValue.createPercentValue(c.largePrint() ? 100 : 70)).setMarginBottom(4);
            scale.getAccessibilityProperties().setRole(null);
            for (int n = 0; n <= 10; n++) {
                Cell cell = new Cell().setPadding(1).setBorder(new SolidBorder(CARD_BORDER, 1f))
                        .setTextAlignment(TextAlignment.CENTER);
                cell.getAccessibilityProperties().setRole(null);
                scale.addCell(cell.add(new Paragraph(Integer.toString(n)).setMargin(0).setFontSize(size.small())));
            }
            // Under 0 and under 10, what they mean; nothing between.
            scale.addCell(bareCell(2).add(new Paragraph(Messages.get("handout.painNone")).setMargin(0)
                    .setFontSize(size.small())));
            scale.addCell(bareCell(7));
            scale.addCell(bareCell(2).setTextAlignment(TextAlignment.RIGHT).add(new Paragraph(
                    Messages.get("handout.painWorst")).setMargin(0).setFontSize(size.small())));
            return scale;
        }

        /**
         * {@code days} days of the chart (a week, or up to the visit) from day {@code from} (0 is the print date); the
         * exercises' days repeat weekly.
         */
        private Table weekTable(int from, int days, int sessions,
                                java.util.List<PlanAdvice.ChartRow> rows) {
            float[] widths = new float[days * sessions + 1];
            // Once a day, a day's box needs less room than two or three: the exercise names get it, on one line.
            widths[0] = sessions == 1 ? 40 : 28;
            // A second week cut short at the visit keeps the first week's columns, so the days line up.
            int across = Math.max(days, DAYS);
            float total = widths[0];
            for (int d = 1; d < widths.length; d++) {
                widths[d] = (100 - widths[0]) / (across * sessions);
                total += widths[d];
            }
            Table table = new Table(UnitValue.createPercentArray(widths))
                    .setWidth(UnitValue.createPercentValue(Math.min(100, total)));
            table.addHeaderCell(header(Messages.get("handout.chartExercise"), "Column"));
            for (int d = 0; d < days; d++) {
                java.time.LocalDate day = c.printDate().plusDays(from + d);
                table.addHeaderCell(header(DAY_NAME.format(day) + " " + day.getDayOfMonth(), "Column", sessions,
                        size.small()).setTextAlignment(TextAlignment.CENTER).setPaddingLeft(0).setPaddingRight(0));
            }
            if (sessions > 1) {
                Cell corner = new Cell().setPadding(0);
                corner.getAccessibilityProperties().setRole(StandardRoles.TD);
                table.addHeaderCell(corner);
                for (int d = 0; d < days; d++) {
                    for (int s = 0; s < sessions; s++) {
                        table.addHeaderCell(header(Messages.get("handout.chartSession" + sessions + "." + s), "Column")
                                .setTextAlignment(TextAlignment.CENTER).setPaddingLeft(0).setPaddingRight(0));
                    }
                }
            }
            int number = 0;
            for (PlanItem item : c.items()) {
                table.addCell(header(++number + ". " + item.exercise().name(), "Row"));
                Integer perDay = item.dosage().timesPerDay();
                boxes(table, sessions, perDay == null ? 1 : Math.min(perDay, sessions), restDays(item), days);
            }
            for (PlanAdvice.ChartRow row : rows) {
                table.addCell(header(row.label(), "Row"));
                for (int d = 0; d < days; d++) {
                    table.addCell(new Cell(1, sessions).setMinHeight(boxHeight()).setPadding(0)
                            .setBorder(new SolidBorder(CARD_BORDER, 1f)));
                }
            }
            return table;
        }

        /**
         * How to tick, shown apart from the real days, on one line: raters ticked the example row when it sat under the
         * first two dates, and read "M" and "E" only once the words were spelt out. A ticked box for each session of
         * the day named in full, and a grey box when the chart has grey boxes (a rest day, a session an exercise does
         * not have). A line laid out, not a data table: read as "Example: tick, Morning (M), tick, Evening (E), Grey:
         * nothing to do then".
         */
        private Table example(int sessions, boolean restDays) {
            boolean grey = restDays || sessions > 1;
            java.util.List<Float> widths = new java.util.ArrayList<>(java.util.List.of(c.largePrint() ? 34f : 25f));
            float box = c.largePrint() ? 6 : 5;
            for (int s = 0; s < sessions; s++) {
                widths.add(box);
                widths.add(c.largePrint() ? 22f : 16f);
            }
            if (grey) {
                widths.add(box);
                widths.add(c.largePrint() ? 40f : 30f);
            }
            float[] w = new float[widths.size()];
            float total = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = widths.get(i);
                total += w[i];
            }
            Table table = new Table(UnitValue.createPercentArray(w))
                    .setWidth(UnitValue.createPercentValue(Math.min(100, total))).setMarginBottom(4);
            table.getAccessibilityProperties().setRole(null);
            table.addCell(bareCell().add(bold(new Paragraph(Messages.get("handout.chartExample")))
                    .setFontSize(size.small()).setMargin(0).setFontColor(MUTED)));
            for (int s = 0; s < sessions; s++) {
                Cell tick = box().setTextAlignment(TextAlignment.CENTER);
                tick.getAccessibilityProperties().setRole(null);
                table.addCell(tick.add(new Paragraph("\u2713").setMargin(0).setFontColor(MUTED)));
                table.addCell(bareCell().setPaddingLeft(3).add(new Paragraph(Messages.get(sessions == 1
                        ? "handout.chartExampleDone" : "handout.chartExampleSession" + sessions + "." + s))
                        .setFontSize(size.small()).setMargin(0)));
            }
            if (grey) {
                Cell shaded = box().setBackgroundColor(UNUSED);
                shaded.getAccessibilityProperties().setRole(null);
                table.addCell(shaded);
                table.addCell(bareCell().setPaddingLeft(3).add(new Paragraph(Messages.get("handout.chartExampleRest"))
                        .setFontSize(size.small()).setMargin(0)));
            }
            return table;
        }

        private float boxHeight() {
            return size.body() * (c.largePrint() ? 1.8f : 1.3f);
        }

        private Cell box() {
            return new Cell().setMinHeight(boxHeight()).setPadding(0).setBorder(new SolidBorder(CARD_BORDER, 1f));
        }

        /**
         * The days of the chart's week (0 is the print date) that are rest days for this exercise: none for an
         * exercise done every day, else the days between its exercise days, spread evenly from today.
         */
        private int[] restDays(PlanItem item) {
            return ChartDays.restDays(item, c.items());
        }

        private Cell header(String text, String scope, int columns) {
            return header(text, scope, columns, size.small());
        }

        private Cell header(String text, String scope, int columns, float fontSize) {
            Cell cell = new Cell(1, columns).add(bold(new Paragraph(text)).setFontSize(fontSize).setMargin(0)
                    .setMultipliedLeading(1.1f)).setPadding(1).setPaddingLeft(3);
            cell.getAccessibilityProperties().setRole(StandardRoles.TH);
            cell.getAccessibilityProperties().addAttributes(
                    new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope));
            return cell;
        }

        /** A box per session this exercise has each day; rest days and the sessions it does not have are grey. */
        private void boxes(Table table, int sessions, int used, int[] rest, int days) {
            java.util.Set<Integer> restSet = new java.util.HashSet<>();
            for (int d : rest) {
                restSet.add(d);
            }
            for (int d = 0; d < days; d++) {
                for (int s = 0; s < sessions; s++) {
                    Cell cell = box();
                    if (s >= used || restSet.contains(d % DAYS)) {
                        cell.setBackgroundColor(UNUSED);
                    }
                    table.addCell(cell);
                }
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

        /** Text that never breaks across lines: a phone number split as "555-" and "0142" is misdialled. */
        private static Text unbroken(String text) {
            Text t = new Text(text);
            t.setSplitCharacters((glyphs, position) -> false);
            return t;
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
            // Large type fits only the plan and the page on one line, above the text's bottom margin; the clinic and
            // the date are on page 1.
            String key = c.largePrint() ? (c.planNumber() == 0 ? "handout.footerDraftLarge" : "handout.footerLarge")
                    : (c.planNumber() == 0 ? "handout.footerDraft" : "handout.footer")
                    + (c.clinic().name().isEmpty() ? "Unnamed" : "");
            Paragraph footer = new Paragraph(Messages.get(key, c.clinic().name(), c.planNumber(),
                    DATE.format(c.printDate()), page, pages)).setFontSize(sizes.small()).setFontColor(MUTED)
                    .setWidth(size.getWidth() - 72).setTextAlignment(TextAlignment.CENTER);
            footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            doc.showTextAligned(footer, size.getWidth() / 2, 18, page, TextAlignment.CENTER,
                    VerticalAlignment.BOTTOM, 0);
        }
    }
}

package org.physiokiosk.handout;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.util.List;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.Library;

/**
 * The picture book: every exercise of the library with its picture, name, id and review state, grouped by body
 * region, for clinicians to review and for the clinic's wall. PDF/A-2a and PDF/UA-1, like the handout.
 */
public final class PictureBookWriter {

    private static final DeviceRgb MUTED = new DeviceRgb(0x40, 0x40, 0x40);
    private static final DeviceRgb BORDER = new DeviceRgb(0x80, 0x80, 0x80);

    private final HandoutFonts fonts;

    public PictureBookWriter(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    public void write(Catalogue catalogue, OutputStream out) {
        PdfDocument pdf = HandoutWriter.accessible(out);
        pdf.getDocumentInfo().setTitle(Messages.get("book.title"));
        pdf.getDocumentInfo().setCreator("Physio Kiosk");
        try (Document doc = new Document(pdf, PageSize.A4, false)) {
            doc.setMargins(40, 40, 56, 40);
            doc.setFontProvider(fonts.provider(PrintedText.of(catalogue.exercises())));
            doc.setFontFamily(HandoutFonts.FAMILIES);
            doc.setFontSize(11);
            Paragraph title = bold(new Paragraph(Messages.get("book.title"))).setFontSize(22);
            title.getAccessibilityProperties().setRole(StandardRoles.H1);
            doc.add(title);
            doc.add(new Paragraph(Messages.get("book.intro", catalogue.exercises().size())));
            boolean first = true;
            for (String region : Library.REGIONS) {
                List<Exercise> exercises = catalogue.exercises().stream()
                        .filter(e -> e.bodyRegion().equals(region)).toList();
                if (exercises.isEmpty()) {
                    continue;
                }
                if (!first) {
                    doc.add(new AreaBreak());
                }
                first = false;
                Paragraph heading = bold(new Paragraph(capitalised(region) + " (" + exercises.size() + ")"))
                        .setFontSize(17).setMarginTop(10);
                heading.getAccessibilityProperties().setRole(StandardRoles.H2);
                doc.add(heading);
                for (Exercise e : exercises) {
                    WholeBlocks.add(doc, entry(doc, catalogue, e), new java.util.ArrayList<>());
                }
            }
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = pdf.getPage(page).getPageSize();
                Paragraph footer = new Paragraph(Messages.get("book.footer", page, pages)).setFontSize(9)
                        .setFontColor(MUTED);
                footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                doc.showTextAligned(footer, size.getWidth() / 2, 24, page, TextAlignment.CENTER,
                        VerticalAlignment.BOTTOM, 0);
            }
        }
    }

    private static Div entry(Document doc, Catalogue catalogue, Exercise e) {
        Div box = new Div().setBorder(new SolidBorder(BORDER, 0.8f)).setPadding(8)
                .setMarginBottom(8);
        Paragraph name = new Paragraph().add(bold(new com.itextpdf.layout.element.Text(e.name())).setFontSize(13))
                .add(new com.itextpdf.layout.element.Text("   " + e.id()).setFontColor(MUTED)).setMargin(0);
        name.getAccessibilityProperties().setRole(StandardRoles.H3);
        box.add(name);
        box.add(new Paragraph(Messages.get("book.details", e.kind().id(), e.level(), e.position(),
                String.join(", ", e.equipment()))
                + (e.origin() == org.physiokiosk.catalog.Origin.CLINIC ? " \u00b7 " + Messages.get("plan.clinicOwn") : ""))
                .setFontColor(MUTED).setMargin(0));
        box.add(new Paragraph(e.reviewed() ? Messages.get("book.reviewed", e.reviewedBy(), e.reviewedOn())
                : Messages.get("plan.notReviewed")).setMargin(0).setMarginBottom(4));
        catalogue.picture(e.id()).ifPresentOrElse(svg -> {
            String alt = e.picture() != null ? e.picture() : Messages.get("handout.pictureAlt", e.name());
            box.add(PictureBlock.of(svg, alt, doc.getPdfDocument(), 420f, 150f, 0.75f, 11f, MUTED,
                    PictureBlock.Captions.plain()));
            box.add(new Paragraph(e.picture() == null ? "" : e.picture()).setFontSize(9).setFontColor(MUTED)
                    .setMargin(0));
        }, () -> box.add(new Paragraph(Messages.get("book.noPicture")).setMargin(0)));
        return box;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T extends com.itextpdf.layout.IPropertyContainer> T bold(T element) {
        element.setProperty(Property.FONT_WEIGHT, "bold");
        return element;
    }
}

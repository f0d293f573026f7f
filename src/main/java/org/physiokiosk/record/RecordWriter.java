package org.physiokiosk.record;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.handout.HandoutContent;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.handout.HandoutSnapshot;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.notes.VisitNote;

/** The patient's record as a readable, tagged PDF. */
final class RecordWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final HandoutFonts fonts;

    RecordWriter(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    void write(PatientRecord r, OutputStream out) {
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("en"));
        pdf.getDocumentInfo().setTitle("Patient record " + r.patient().id());
        try (Document doc = new Document(pdf, PageSize.A4, false)) {
            // The record's words (names, notes, who opened it) are all in the record: fonts for those scripts only.
            doc.setFontProvider(fonts.provider(org.physiokiosk.handout.PrintedText.of(r)));
            doc.setFontFamily(HandoutFonts.FAMILIES);
            doc.setFontSize(11);
            doc.add(heading("Patient record", StandardRoles.H1, 20));
            doc.add(new Paragraph("Name: " + r.patient().name()));
            doc.add(new Paragraph("Date of birth: " + r.patient().dateOfBirth()));
            if (!r.patient().chartNumber().isEmpty()) {
                doc.add(new Paragraph("Chart number: " + r.patient().chartNumber()));
            }
            doc.add(new Paragraph("Patient number " + r.patient().id() + " · exported " + WHEN.format(r.exportedAt())));

            doc.add(heading("Plans (" + r.plans().size() + ")", StandardRoles.H2, 15));
            for (PatientRecord.Plan p : r.plans()) {
                doc.add(heading("Plan " + p.number() + " · version " + p.version() + " of series " + p.series() + " · "
                        + WHEN.format(p.createdAt()), StandardRoles.H3, 12));
                doc.add(new Paragraph("Therapist: " + p.therapist() + (p.nextAppointment().isEmpty() ? ""
                        : " · next appointment: " + p.nextAppointment()) + (p.largePrint() ? " · large print" : "")));
                if (!p.patientInstructions().isEmpty()) {
                    doc.add(new Paragraph("Instructions for the patient: " + p.patientInstructions()));
                }
                for (PatientRecord.Item i : p.exercises()) {
                    doc.add(new Paragraph("• " + i.name() + " (" + i.exerciseId() + "): " + i.dosage()
                            + (i.personalInstruction().isEmpty() ? "" : " Personal instruction: " + i.personalInstruction()))
                            .setMarginLeft(12));
                }
            }

            doc.add(heading("Visit notes (" + r.notes().size() + ")", StandardRoles.H2, 15));
            for (NoteHistory h : r.notes()) {
                note(doc, h.original(), "Note " + h.original().id(), 0);
                for (VisitNote a : h.amendments()) {
                    note(doc, a, "Amendment " + a.id() + " to note " + h.original().id(), 16);
                }
            }

            doc.add(heading("Handouts (" + r.handouts().size() + ")", StandardRoles.H2, 15));
            for (PatientRecord.Handout h : r.handouts()) {
                doc.add(new Paragraph("Handout " + h.number() + " of plan " + h.plan() + " · " + WHEN.format(h.producedAt())
                        + (h.printedOn() == null ? "" : " · printed on " + h.printedOn()) + "\n" + h.file()
                        + "\nSHA-256 " + h.sha256()));
                printed(doc, h);
            }

            // The patient's right to know who looked at their record (GDPR art. 15; HIPAA accounting of access).
            doc.add(heading("Who opened or changed this record (" + r.access().size() + ")", StandardRoles.H2, 15));
            for (PatientRecord.Access a : r.access()) {
                doc.add(new Paragraph(WHEN.format(a.at()) + " · " + a.staff() + " · " + a.action() + " · "
                        + a.outcome()));
            }
            int pages = pdf.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                Paragraph footer = new Paragraph("Patient record " + r.patient().id() + " · page " + i + " of " + pages)
                        .setFontSize(9);
                footer.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                doc.showTextAligned(footer, pdf.getPage(i).getPageSize().getWidth() / 2, 20, i, TextAlignment.CENTER,
                        VerticalAlignment.BOTTOM, 0);
            }
        }
    }

    /** What a handout printed, from its snapshot: the same text whatever the catalogue holds today. */
    private static void printed(Document doc, PatientRecord.Handout h) {
        if (h.printed() == null) {
            doc.add(new Paragraph("Made before snapshots were kept: its text is not stored.").setMarginLeft(12));
            return;
        }
        HandoutContent content = HandoutSnapshot.fromJson(h.printed());
        StringBuilder text = new StringBuilder("It printed, for " + content.patientName() + " on " + content.printDate()
                + (content.therapist().isEmpty() ? "" : ", therapist " + content.therapist()) + ":");
        for (PlanItem item : content.items()) {
            text.append("\n• ").append(item.exercise().name()).append(": ").append(DosageSentence.of(item.dosage()));
            if (!item.personalInstruction().isEmpty()) {
                text.append(" Personal instruction: ").append(item.personalInstruction());
            }
        }
        if (!content.patientInstructions().isEmpty()) {
            text.append("\nInstructions for the patient: ").append(content.patientInstructions());
        }
        doc.add(new Paragraph(text.toString()).setMarginLeft(12));
    }

    private static void note(Document doc, VisitNote n, String title, float indent) {
        Paragraph head = new Paragraph(title + " · " + n.author() + " · " + WHEN.format(n.writtenAt()))
                .setMarginLeft(indent).setMarginBottom(0);
        head.setProperty(Property.FONT_WEIGHT, "bold");
        doc.add(head);
        doc.add(new Paragraph(n.text()).setMarginLeft(indent));
    }

    private static Paragraph heading(String text, String role, float size) {
        Paragraph p = new Paragraph(text).setFontSize(size).setMarginTop(10);
        p.setProperty(Property.FONT_WEIGHT, "bold");
        p.getAccessibilityProperties().setRole(role);
        return p;
    }
}

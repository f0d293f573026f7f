package org.physiokiosk.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.SafetyText;
import org.physiokiosk.catalog.Tips;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/**
 * Exactly what one handout prints, in order, on which paper and in which size. It never holds the
 * private visit note.
 */
public record HandoutContent(ClinicSettings clinic, String patientName, long planNumber, LocalDate printDate,
                             String therapist, String nextAppointment, String patientInstructions,
                             List<PlanItem> items, SafetyText safety, Tips tips, PaperSize paper,
                             boolean largePrint) {

    public HandoutContent {
        items = List.copyOf(items);
    }

    public static HandoutContent of(Catalogue catalogue, ClinicSettings clinic, String patientName, long planNumber,
                                    LocalDate printDate, PlanDraft plan) {
        return new HandoutContent(clinic, patientName, planNumber, printDate, plan.therapist(),
                plan.nextAppointment(), plan.patientInstructions(), plan.items(), catalogue.safety(),
                catalogue.tips(), clinic.paper(), plan.largePrint());
    }

    public HandoutContent withPaper(PaperSize value) {
        return new HandoutContent(clinic, patientName, planNumber, printDate, therapist, nextAppointment,
                patientInstructions, items, safety, tips, value, largePrint);
    }

    /** Every text typed by staff that the handout prints, labelled, to check before export. */
    public List<Typed> typedTexts() {
        List<Typed> out = new ArrayList<>();
        out.add(new Typed("the patient's name", patientName));
        out.add(new Typed("the therapist's name", therapist));
        out.add(new Typed("the next appointment", nextAppointment));
        out.add(new Typed("the instructions for the patient", patientInstructions));
        for (PlanItem item : items) {
            out.add(new Typed("the personal instruction for " + item.exercise().name(), item.personalInstruction()));
        }
        out.add(new Typed("the clinic's name", clinic.name()));
        out.add(new Typed("the clinic's address", clinic.address()));
        out.add(new Typed("the clinic's phone", clinic.phone()));
        return out;
    }

    /** A text typed by staff, and where it came from. */
    public record Typed(String where, String text) {
    }
}

package org.physiokiosk.handout;

import java.time.LocalDate;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Clinic;
import org.physiokiosk.catalog.SafetyText;
import org.physiokiosk.catalog.Tips;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/**
 * Exactly what one handout prints, in order. It never holds the private visit note.
 */
public record HandoutContent(Clinic clinic, String patientName, long planNumber, LocalDate printDate,
                             String therapist, String nextAppointment, String patientInstructions,
                             List<PlanItem> items, SafetyText safety, Tips tips) {

    public HandoutContent {
        items = List.copyOf(items);
    }

    public static HandoutContent of(Catalogue catalogue, String patientName, long planNumber, LocalDate printDate,
                                    PlanDraft plan) {
        return new HandoutContent(catalogue.clinic(), patientName, planNumber, printDate, plan.therapist(),
                plan.nextAppointment(), plan.patientInstructions(), plan.items(), catalogue.safety(),
                catalogue.tips());
    }
}

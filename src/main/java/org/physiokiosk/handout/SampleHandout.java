package org.physiokiosk.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/**
 * The showcase handout kept in git as printables/sample-low-back-handout.pdf: the low-back starter
 * template for a made-up patient of a made-up "Sample Clinic", on a fixed date, so the same code always produces the
 * same text.
 */
public final class SampleHandout {

    public static final String FILE_NAME = "sample-low-back-handout.pdf";
    public static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    /**
     * The showcase's clinic: made up, and named a sample on the page, so that nobody takes it for a real clinic. A
     * new database never prints it (it starts with no clinic at all).
     */
    public static final ClinicSettings CLINIC = new ClinicSettings("Sample Clinic", "1 Sample Street, Sampletown",
            "555-0100", "911", null, null);

    private SampleHandout() {
    }

    public static HandoutContent content(Catalogue catalogue) {
        Template template = catalogue.template("low-back-starter").orElseThrow(() ->
                new IllegalStateException("the catalogue has no template low-back-starter"));
        List<PlanItem> items = new ArrayList<>(PlanItem.fromTemplate(template));
        items.set(0, items.get(0).withPersonalInstruction("Put a small pillow under your head."));
        PlanDraft draft = new PlanDraft(0, items, "Walk for 10 minutes every morning. Stop if your pain gets worse.",
                "Sam Lee", "Tuesday 1 December, 10:30", "", false);
        return HandoutContent.of(catalogue, CLINIC.withPaper(catalogue.clinic().paper()), "Zoë Łukasiewicz", 1, DATE,
                draft);
    }
}

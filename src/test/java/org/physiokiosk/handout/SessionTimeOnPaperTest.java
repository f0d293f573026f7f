package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.wiring.Services;

/** How long a session takes, as the plan at a glance prints it: never "each session" where the days differ. */
class SessionTimeOnPaperTest {

    @TempDir
    Path dir;

    private static String glance(Services s, Patient p, Path out, String template) throws Exception {
        List<PlanItem> items = s.catalogue().template(template).orElseThrow().items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList();
        Path pdf = s.export().exportToFolder(p, new PlanDraft(p.id(), items, "", "", "", "", false), out).file();
        return Pdfs.flatText(pdf);
    }

    @Test
    void aPlanOfDailyAndThreeDayExercisesSaysHowLongEachKindOfDayTakesAndNamesTheLongDays() throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            // Knee osteoarthritis: one exercise every day, four more on 3 days a week.
            String text = glance(s, p, clinic.paths.printables(), "knee-osteoarthritis");
            assertThat(text).doesNotContain("Each session takes")
                    .containsPattern("How long a session takes: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Mon|Tue|Wed|Thu|Fri|Sat"
                            + "|Sun) and (Mon|Tue|Wed|Thu|Fri|Sat|Sun), about \\d+ minutes; other days, about \\d+ "
                            + "minutes?\\.");
            // The low-back plan does the same exercises every day: one figure per session.
            assertThat(glance(s, p, clinic.paths.printables(), "low-back-starter")).doesNotContain(
                    "How long a session takes").contains("The morning session takes about");
        }
    }
}

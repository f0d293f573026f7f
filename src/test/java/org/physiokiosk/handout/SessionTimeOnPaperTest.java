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

/** How long your exercises take, as the plan at a glance prints it: never "each session" where the days differ. */
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
            assertThat(text).doesNotContain("Each time, your exercises take")
                    .containsPattern("How long your exercises take: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Mon|Tue|Wed|Thu|Fri|Sat"
                            + "|Sun) and (Mon|Tue|Wed|Thu|Fri|Sat|Sun), [a-z0-9 ,]+, about \\d+ minutes; other days, "
                            + "[a-z0-9 ,]+, about \\d+ minutes?\\.");
            // The low-back plan does the same exercises every day: one figure per session, with the exercises the
            // evening holds named by number, as the cards are numbered.
            var items = s.catalogue().template("low-back-starter").orElseThrow().items();
            List<String> evening = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Integer perDay = items.get(i).dosage().timesPerDay();
                if (perDay != null && perDay > 1) {
                    evening.add(Integer.toString(i + 1));
                }
            }
            assertThat(evening).hasSizeBetween(2, items.size() - 1);
            String named = String.join(", ", evening.subList(0, evening.size() - 1)) + " and "
                    + evening.get(evening.size() - 1);
            assertThat(glance(s, p, clinic.paths.printables(), "low-back-starter")).doesNotContain(
                    "How long your exercises take").containsPattern("In the morning, do all " + items.size()
                    + " exercises: about \\d+ minutes\\. In the evening, do exercises " + named
                    + ": about \\d+ minutes\\.");
        }
    }

    @Test
    void aPlanWhoseExercisesAreDoneOnDifferentDaysNamesTheDaysOfEachInTheGlanceAsTheChartHasThem()
            throws Exception {
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            String text = glance(s, p, clinic.paths.printables(), "knee-osteoarthritis");
            // One exercise every day, the other four on 3 days a week: the session time says which, by number.
            var items = s.catalogue().template("knee-osteoarthritis").orElseThrow().items();
            java.util.List<Integer> daily = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).dosage().daysPerWeek() == 7) {
                    daily.add(i + 1);
                }
            }
            assertThat(daily).hasSize(1);
            assertThat(items).filteredOn(i -> i.dosage().daysPerWeek() != 7)
                    .allMatch(i -> i.dosage().daysPerWeek() == 3);
            assertThat(text).containsPattern("How long your exercises take: [A-Z][a-z]{2}, [A-Z][a-z]{2} and [A-Z][a-z]{2}, "
                    + "all " + items.size() + " exercises, about \\d+ minutes; other days, only exercise " + daily.get(0)
                    + ", about");
            // The falls plan's sessions are all as long; a line of its own names the walk's days.
            assertThat(glance(s, p, clinic.paths.printables(), "falls-prevention-otago")).containsPattern(
                    "Which days: exercises 1 to 5 on [A-Z][a-z]{2}, [A-Z][a-z]{2} and [A-Z][a-z]{2}; exercise 6 on "
                            + "[A-Z][a-z]{2} and [A-Z][a-z]{2}\\.");
            // A plan done every day needs no such line.
            assertThat(glance(s, p, clinic.paths.printables(), "low-back-starter")).doesNotContain("Which days");
        }
    }
}

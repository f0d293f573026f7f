package org.physiokiosk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.catalog.ClinicExercise;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

/** Changing a clinic exercise makes a new version; what was planned and printed before keeps the old one. */
class ClinicExerciseVersionsTest {

    @TempDir
    Path dir;

    private Services open() throws Exception {
        return Services.start(new AppPaths(dir.resolve("clinic.db"), Fixtures.CATALOGUE_DIR, dir.resolve("out")),
                Fixtures.CLOCK);
    }

    private static Exercise withSteps(Exercise e, List<String> steps, String reviewedBy) {
        return new Exercise(e.id(), e.name(), e.kind(), e.bodyRegion(), e.purpose(), steps, e.dosage(), e.takeCare(),
                reviewedBy, reviewedBy == null ? null : LocalDate.of(2026, 11, 20), e.origin(), e.equipment(),
                e.position(), e.level(), e.aliases(), e.sources(), e.picture());
    }

    @Test
    void aPlanAndItsHandoutKeepTheVersionTheyUsedAfterTheExerciseChanges() throws Exception {
        String id;
        long planV1;
        ExportResult printed;
        try (Services s = open()) {
            ClinicExercise copy = s.clinicExercises().copy("pelvic-tilt", "Belly brace");
            id = copy.exercise().id();
            assertThat(copy.version()).isEqualTo(1);
            assertThat(copy.exercise().origin()).isEqualTo(Origin.CLINIC);
            assertThat(copy.exercise().reviewed()).isFalse();
            assertThat(copy.pictureSvg()).isEqualTo(s.catalogue().picture("pelvic-tilt").orElseThrow());
        }
        try (Services s = open()) {
            Exercise v1 = s.catalogue().exercise(id).orElseThrow();
            Patient ann = s.patients().add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            printed = s.export().exportToFile(ann, new PlanDraft(ann.id(), List.of(PlanItem.of(v1)), "", "Sam Lee",
                    "", "", false), dir.resolve("v1.pdf"), Fixtures.CLINIC.paper(), false);
            planV1 = printed.planNumber();

            List<String> steps = new ArrayList<>(v1.steps());
            steps.add("Count to five out loud.");
            ClinicExercise v2 = s.clinicExercises().change(withSteps(v1, steps, "Dr Kim Park"), null);
            assertThat(v2.version()).isEqualTo(2);
            // A review belongs to the text reviewed: the new version is not reviewed.
            assertThat(v2.exercise().reviewed()).isFalse();
        }
        try (Services s = open()) {
            Exercise now = s.catalogue().exercise(id).orElseThrow();
            assertThat(now.steps()).contains("Count to five out loud.");
            Exercise planned = s.plans().find(planV1, s.catalogue()).orElseThrow().draft().items().get(0).exercise();
            assertThat(planned.steps()).doesNotContain("Count to five out loud.");

            Path again = dir.resolve("again.pdf");
            s.export().reprint(printed.handoutId(), again, false);
            assertThat(Pdfs.text(again)).isEqualTo(Pdfs.text(dir.resolve("v1.pdf")))
                    .doesNotContain("Count to five");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteASavedVersion() throws Exception {
        try (Services s = open()) {
            String id = s.clinicExercises().copy("bridge", "Hip lift").exercise().id();
            assertThatThrownBy(() -> s.database().transaction(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("UPDATE clinic_exercise_version SET definition = '{}' WHERE exercise_id = '"
                            + id + "'");
                }
            })).hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.database().transaction(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("DELETE FROM clinic_exercise_version WHERE exercise_id = '" + id + "'");
                }
            })).hasMessageContaining("never deleted");
        }
    }

    @Test
    void onlyTheClinicsOwnCanBeChangedAndARetiredOneStaysReadable() throws Exception {
        try (Services s = open()) {
            Exercise shipped = s.catalogue().exercise("bridge").orElseThrow();
            assertThatThrownBy(() -> s.clinicExercises().change(shipped, null))
                    .hasMessageContaining("Only the clinic's own exercises can be changed");
            String id = s.clinicExercises().copy("bridge", "Hip lift").exercise().id();
            s.clinicExercises().retire(id);
            assertThat(s.clinicExercises().library().exercises()).extracting(Exercise::id).doesNotContain(id);
            assertThat(s.clinicExercises().library().exercise(id)).isPresent();
        }
    }

    @Test
    void aReviewBelongsToTheWordsReviewedAndEndsWhenTheyChange() throws Exception {
        try (Services s = open()) {
            Exercise shipped = s.clinicExercises().markReviewed("bridge", "Dr Kim Park", LocalDate.of(2026, 11, 20));
            assertThat(shipped.reviewed()).isTrue();
            assertThat(shipped.reviewedBy()).isEqualTo("Dr Kim Park");

            String id = s.clinicExercises().copy("bridge", "Hip lift").exercise().id();
            // A copy is new wording of the clinic's: not reviewed, whatever its source was.
            assertThat(s.clinicExercises().library().exercise(id).orElseThrow().reviewed()).isFalse();
            Exercise reviewed = s.clinicExercises().markReviewed(id, "Dr Kim Park", null);
            assertThat(reviewed.reviewedOn()).isEqualTo(LocalDate.now(Fixtures.CLOCK));

            List<String> steps = new ArrayList<>(reviewed.steps());
            steps.set(0, "Lie on your back on a firm bed.");
            s.clinicExercises().change(withSteps(reviewed, steps, reviewed.reviewedBy()), null);
            assertThat(s.clinicExercises().library().exercise(id).orElseThrow().reviewed()).isFalse();

            assertThatThrownBy(() -> s.clinicExercises().markReviewed("bridge", "Dr Kim Park", null))
                    .hasMessageContaining("already marked reviewed");
            assertThatThrownBy(() -> s.clinicExercises().markReviewed("bridge", "Dr Lee", LocalDate.of(2099, 1, 1)))
                    .hasMessageContaining("in the future");
            assertThatThrownBy(() -> s.clinicExercises().markReviewed("bridge", " ", null))
                    .hasMessageContaining("Name the clinician");
        }
        // Kept in the database: the next start shows it.
        try (Services s = open()) {
            assertThat(s.catalogue().exercise("bridge").orElseThrow().reviewedBy()).isEqualTo("Dr Kim Park");
        }
    }
}

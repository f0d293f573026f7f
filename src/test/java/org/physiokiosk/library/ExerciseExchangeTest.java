package org.physiokiosk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

/** A clinic's exercises and templates, carried to another clinic's database in one file. */
class ExerciseExchangeTest {

    @TempDir
    Path dir;

    private Services open(String name) throws Exception {
        return Services.start(new AppPaths(dir.resolve(name), Fixtures.CATALOGUE_DIR, dir.resolve("out")),
                Fixtures.CLOCK);
    }

    private static ExerciseExchange exchange(Services s) {
        return new ExerciseExchange(s.clinicExercises(), s.clinicTemplates());
    }

    @Test
    void aTemplateTravelsWithItsExercisesRenamedWhereTheOtherClinicHadTheSameName() throws Exception {
        String file;
        try (Services a = open("a.db")) {
            var hip = a.clinicExercises().copy("bridge", "Hip lift").exercise();
            a.clinicTemplates().save("Hips", "hip", "Our own", List.of(PlanItem.of(hip),
                    PlanItem.of(a.catalogue().exercise("cat-cow").orElseThrow())));
            file = exchange(a).export(a.clinicExercises().own(), a.clinicTemplates().own());
        }
        try (Services b = open("b.db")) {
            b.clinicExercises().copy("pelvic-tilt", "Hip lift");
            var first = exchange(b).importText(file, "ours.json");
            assertThat(first).extracting(ExerciseExchange.Imported::hereId)
                    .containsExactly("clinic-hip-lift-imported", "clinic-hips");
            Template hips = b.clinicExercises().library().template("clinic-hips").orElseThrow();
            assertThat(hips.items()).extracting(i -> i.exercise().id())
                    .containsExactly("clinic-hip-lift-imported", "cat-cow");
            assertThat(hips.sources()).containsExactly("Our own");

            var again = exchange(b).importText(file, "ours.json");
            assertThat(again).allSatisfy(i -> assertThat(i.newId()).isEmpty());
            assertThat(b.clinicExercises().library().templates()).filteredOn(t -> t.name().startsWith("Hips"))
                    .hasSize(1);
        }
    }

    @Test
    void aTemplateNamingAnExerciseNeitherInTheFileNorHereIsRefusedBeforeAnythingIsAdded() throws Exception {
        String file;
        try (Services a = open("a.db")) {
            a.clinicExercises().copy("bridge", "Hip lift");
            file = exchange(a).export(a.clinicExercises().own(), a.clinicTemplates().own())
                    .replace("\"templates\" : [ ]", "\"templates\" : [ {\"id\": \"clinic-x\", \"name\": \"X\", "
                            + "\"bodyRegion\": \"hip\", \"items\": [ {\"exerciseId\": \"no-such\", \"dosage\": "
                            + "{\"repetitions\": 10}} ] } ]");
        }
        try (Services b = open("b.db")) {
            assertThatThrownBy(() -> exchange(b).importText(file, "bad.json"))
                    .hasMessageContaining("uses the exercise 'no-such'");
            assertThat(b.clinicExercises().own()).isEmpty();
        }
    }
}

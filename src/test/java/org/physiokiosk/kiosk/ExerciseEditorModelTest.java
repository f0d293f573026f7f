package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.catalog.ExerciseLimits;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.testing.Fixtures;

/** The exercise editor's words and checks, without a window. */
class ExerciseEditorModelTest {

    private final Exercise bridge = Fixtures.catalogue().exercise("bridge").orElseThrow();

    @Test
    void aCopyStartsFromTheExercisesWordsUnderANewName() {
        ExerciseEditorModel model = new ExerciseEditorModel(bridge, true, null);
        assertThat(model.name()).isEqualTo("Bridge (our way)");
        assertThat(model.steps()).isEqualTo(String.join("\n", bridge.steps()));
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void whatIsMissingIsSaidFieldByFieldAndNothingIsSavedUntilItIsThere() {
        ExerciseEditorModel model = new ExerciseEditorModel(bridge, true, null);
        model.setText(" ", "", "\n \n", "", "", "");
        assertThat(model.problems()).containsOnlyKeys("name", "purpose", "steps", "takeCare");
        model.setText("x".repeat(61), "Why.", "One\nTwo\nThree\nFour\nFive\nSix\nSeven\nEight\nNine", "Care.", "", "");
        assertThat(model.problems()).containsOnlyKeys("name", "steps");
        assertThat(model.problems().get("steps")).contains("9 steps");
    }

    @Test
    void theResultIsTheClinicsOwnWithOneStepALineAndItsOtherNames() {
        ExerciseEditorModel model = new ExerciseEditorModel(bridge, true, null);
        model.setText("Hip lift", "Stronger hips.", " Lie down.\n\n  Lift your hips. \n", "Go slowly.",
                "hip raise,  glute bridge ,", "NHS leaflet\n\n");
        model.setKind(ExerciseKind.STRENGTHEN);
        model.setLevel(3);
        Exercise e = model.result();
        assertThat(e.name()).isEqualTo("Hip lift");
        assertThat(e.steps()).containsExactly("Lie down.", "Lift your hips.");
        assertThat(e.aliases()).containsExactly("hip raise", "glute bridge");
        assertThat(e.sources()).containsExactly("NHS leaflet");
        assertThat(e.level()).isEqualTo(3);
        assertThat(e.origin()).isEqualTo(Origin.CLINIC);
        assertThat(e.reviewed()).isFalse();
    }

    @Test
    void theClinicChoosesTheEasierAndHarderStepButNotTheSameOneForBoth() {
        ExerciseEditorModel model = new ExerciseEditorModel(bridge, true, null);
        assertThat(model.easier()).isEqualTo("pelvic-tilt");
        model.setSteps("pelvic-tilt", "pelvic-tilt");
        assertThat(model.problems()).containsKey("progression");
        model.setSteps(null, "bird-dog");
        assertThat(model.problems()).isEmpty();
        assertThat(model.result().harder()).isEqualTo("bird-dog");
        assertThat(model.result().easier()).isNull();
    }

    @Test
    void aBlankStartAsksForEverythingAndChecksItsDetails() {
        ExerciseEditorModel model = ExerciseEditorModel.blank();
        assertThat(model.blankStart()).isTrue();
        assertThat(model.pose().poses()).containsExactly("start", "finish");
        assertThat(model.problems()).containsKeys("name", "purpose", "steps", "takeCare", "alt");
        model.setText("Wall push-up", "Stronger arms.", "Stand facing a wall.", "Go slowly.", "", "");
        model.setAlt("Standing at a wall.");
        model.setEquipment("wall, trampoline");
        model.setDosage(0, 10, 0, false, 30, 0);
        assertThat(model.problems()).containsOnlyKeys("equipment", "dosage");
        assertThat(model.problems().get("equipment")).contains("trampoline");
        model.setEquipment("wall");
        model.setDosage(0, 10, 2, false, 1, 5);
        assertThat(model.problems()).isEmpty();
        assertThat(model.result().equipment()).containsExactly("wall");
        assertThat(model.result().dosage().sets()).isEqualTo(2);
    }

    /**
     * The editor holds each text to the library's limits, the ones an exercises file from another clinic is held
     * to: the longest text it lets staff save, the library accepts; one character more, neither does.
     */
    @Test
    void theEditorHoldsEachTextToTheLimitsAnImportIsHeldTo() {
        record Field(String key, int most, java.util.function.BiConsumer<ExerciseEditorModel, String> set) {
        }
        List<Field> fields = List.of(
                new Field("name", ExerciseLimits.NAME, (m, t) -> m.setText(t, "Why.", "Lie down.", "Care.", "", "")),
                new Field("purpose", ExerciseLimits.LINE, (m, t) -> m.setText("Hip lift", t, "Lie down.", "Care.",
                        "", "")),
                new Field("steps", ExerciseLimits.LINE, (m, t) -> m.setText("Hip lift", "Why.", "Lie down.\n" + t,
                        "Care.", "", "")),
                new Field("takeCare", ExerciseLimits.LINE, (m, t) -> m.setText("Hip lift", "Why.", "Lie down.", t,
                        "", "")),
                new Field("alt", ExerciseLimits.ALT, (m, t) -> {
                    m.setText("Hip lift", "Why.", "Lie down.", "Care.", "", "");
                    m.setAlt(t);
                }));
        for (Field f : fields) {
            ExerciseEditorModel model = new ExerciseEditorModel(bridge, true, null);
            f.set().accept(model, "x".repeat(f.most()));
            assertThat(model.problems()).as(f.key()).isEmpty();
            assertThat(ExerciseLimits.problem(model.result())).as(f.key()).isEmpty();
            f.set().accept(model, "x".repeat(f.most() + 1));
            assertThat(model.problems()).as(f.key()).containsOnlyKeys(f.key());
            assertThat(model.problems().get(f.key())).contains(String.valueOf(f.most() + 1), "keep",
                    String.valueOf(f.most()));
            assertThat(ExerciseLimits.problem(model.result())).as(f.key()).isPresent();
        }
        ExerciseEditorModel model = new ExerciseEditorModel(bridge, true, null);
        model.setText("Hip lift", "Why.", "Lie down.", "Care.", String.join(",", java.util.Collections.nCopies(21,
                "lift")), "");
        assertThat(model.problems().get("words")).contains("there are 21 other names; keep it to 20");
        model.setText("\u041Anee lift", "Why.", "Lie down.", "Care.", "", "");
        assertThat(model.problems().get("name")).contains("mixes letters of different alphabets");
        model.setText("Hip\u200B lift", "Why.", "Lie down.", "Care.", "", "");
        assertThat(model.problems()).isEmpty();
        assertThat(model.result().name()).isEqualTo("Hip lift");
    }
}

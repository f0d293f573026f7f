package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

class PlanModelTest {

    private final Catalogue catalogue = Fixtures.catalogue();
    private final PlanModel model = new PlanModel(catalogue);

    private Exercise exercise(String id) {
        return catalogue.exercise(id).orElseThrow();
    }

    @Test
    void anEmptyLibrarySaysWhatFoundNothingAndWhatToTry() {
        assertThat(model.emptyLibrary()).as("the whole library shows").isEmpty();
        model.setSearch("clam shell");
        assertThat(model.visibleCatalogue()).isNotEmpty();
        assertThat(model.emptyLibrary()).isEmpty();
        // Words that find nothing: the nearest names to try, by name.
        model.setSearch("shoulder dance");
        assertThat(model.visibleCatalogue()).isEmpty();
        assertThat(model.emptyLibrary()).startsWith("No exercises match \u201cshoulder dance\u201d. Try ")
                .contains("Shoulder").endsWith(".");
        // Nonsense: how to search, no names.
        model.setSearch("qzxv");
        assertThat(model.emptyLibrary()).isEqualTo("No exercises match \u201cqzxv\u201d. Check the spelling, or "
                + "search for a body part such as knee, back or balance.");
        // Found, but not with the filters set: say it is the filters.
        model.setSearch("bridge");
        model.setFilter("neck", null, null, null);
        assertThat(model.emptyLibrary()).startsWith("\u201cbridge\u201d finds exercises, but not with these filters.");
        // Filters alone that leave nothing.
        model.setSearch("");
        model.setKind(ExerciseKind.BALANCE);
        assertThat(model.emptyLibrary()).startsWith("No exercises fit all these filters.");
    }

    @Test
    void catalogueFiltersBySearchTextAndKind() {
        model.setKind(ExerciseKind.STRENGTHEN);
        assertThat(model.visibleCatalogue()).extracting(Exercise::id).contains("pelvic-tilt", "bird-dog")
                .doesNotContain("knee-to-chest")
                .allSatisfy(id -> assertThat(exercise(id).kind()).isEqualTo(ExerciseKind.STRENGTHEN));
        model.setSearch("bird dog");
        assertThat(model.visibleCatalogue()).extracting(Exercise::id).containsExactly("bird-dog");
        model.setKind(null);
        model.setSearch("");
        assertThat(model.visibleCatalogue()).hasSameSizeAs(catalogue.exercises());
    }

    @Test
    void theLibraryNarrowsByRegionEquipmentPositionAndLevelAndForgivesTypos() {
        model.setFilter("knee", null, null, null);
        assertThat(model.visibleCatalogue()).isNotEmpty().allSatisfy(e -> assertThat(e.bodyRegion()).isEqualTo("knee"));
        model.setFilter("balance and falls prevention", "counter", "standing", null);
        assertThat(model.visibleCatalogue()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.equipment()).contains("counter");
            assertThat(e.position()).isEqualTo("standing");
        });
        model.setFilter(null, null, null, 1);
        assertThat(model.visibleCatalogue()).isNotEmpty().allSatisfy(e -> assertThat(e.level()).isEqualTo(1));
        model.setFilter(null, null, null, null);
        model.setSearch("hamstrin");
        assertThat(model.visibleCatalogue()).extracting(Exercise::id).contains("hamstring-stretch");
        model.setSearch("brige");
        assertThat(model.visibleCatalogue()).extracting(Exercise::id).first().isEqualTo("bridge");
        model.setSearch("SLR");
        assertThat(model.visibleCatalogue()).extracting(Exercise::id).containsExactly("straight-leg-raise");
    }

    @Test
    void templateFillsThePlanThenItemsCanBeRemovedAndReordered() {
        model.useTemplate(catalogue.template("low-back-starter").orElseThrow());
        assertThat(model.items()).hasSize(5);

        model.select(1);
        model.remove();
        assertThat(model.items()).extracting(i -> i.exercise().id())
                .containsExactly("knee-to-chest", "cat-cow", "bird-dog", "childs-pose");

        model.select(3);
        assertThat(model.canMoveDown()).isFalse();
        model.moveUp();
        assertThat(model.items()).extracting(i -> i.exercise().id())
                .containsExactly("knee-to-chest", "cat-cow", "childs-pose", "bird-dog");
        assertThat(model.selected()).isEqualTo(2);

        model.select(0);
        assertThat(model.canMoveUp()).isFalse();
        assertThat(model.canMoveDown()).isTrue();
    }

    @Test
    void dosageAndInstructionChangeOnlyTheSelectedItem() {
        model.add(exercise("knee-to-chest"));
        model.add(exercise("cat-cow"));
        model.select(0);
        model.setDosage(new Dosage(45, 4, null, true, 2, 7));
        model.setPersonalInstruction("Use a towel behind your knee.");

        PlanItem first = model.items().get(0);
        assertThat(first.dosage().holdSeconds()).isEqualTo(45);
        assertThat(first.personalInstruction()).isEqualTo("Use a towel behind your knee.");
        assertThat(model.items().get(1)).isEqualTo(PlanItem.of(exercise("cat-cow")));
        assertThat(model.selectedDosageSentence()).startsWith("Hold for 45 seconds. Do this 4 times on each side");
    }

    @Test
    void warnsGentlyOnlyWhenThePlanHasMoreThanSixExercises() {
        for (int i = 0; i < 6; i++) {
            model.add(catalogue.exercises().get(i % 5));
        }
        assertThat(model.warning()).isEmpty();
        model.add(exercise("bird-dog"));
        assertThat(model.warning()).contains("7 exercises").contains("6 or fewer");
    }

    @Test
    void listenersHearPlanChanges() {
        AtomicInteger heard = new AtomicInteger();
        model.onPlanChanged(heard::incrementAndGet);
        model.add(exercise("cat-cow"));
        model.remove();
        assertThat(heard).hasValue(2);
        assertThat(model.canRemove()).isFalse();
    }

    @Test
    void anExerciseStepsUpAndDownKeepingThePersonalLineAndTakingTheNewDosage() {
        model.add(exercise("static-quads"));
        model.setPersonalInstruction("Use the left leg only.");
        model.setDosage(new Dosage(10, 3, 1, false, 1, 7));
        assertThat(model.easier()).isEmpty();
        assertThat(model.harder()).map(Exercise::id).contains("inner-range-quads");

        model.stepUp();
        PlanItem up = model.items().get(0);
        assertThat(up.exercise().id()).isEqualTo("inner-range-quads");
        assertThat(up.dosage()).isEqualTo(exercise("inner-range-quads").dosage());
        assertThat(up.personalInstruction()).isEqualTo("Use the left leg only.");

        model.stepUp();
        assertThat(model.items().get(0).exercise().id()).isEqualTo("straight-leg-raise");
        assertThat(model.harder()).isEmpty();
        model.stepUp(); // the top step: nothing changes
        assertThat(model.items().get(0).exercise().id()).isEqualTo("straight-leg-raise");

        model.stepDown();
        model.stepDown();
        assertThat(model.items().get(0).exercise().id()).isEqualTo("static-quads");
        assertThat(model.items().get(0).personalInstruction()).isEqualTo("Use the left leg only.");
        assertThat(model.items()).hasSize(1);
    }
}

package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.testing.Fixtures;

/** What a physio is shown when a plan was saved on another PC meanwhile. */
class PlanDifferenceTest {

    private final Catalogue catalogue = Fixtures.catalogue();

    private PlanItem item(String id) {
        return PlanItem.of(catalogue.exercise(id).orElseThrow());
    }

    @Test
    void namesTheExercisesOnlyInOneTheDosesThatDifferAndThePlansDetails() {
        PlanItem birdDog = item("bird-dog");
        PlanItem moreBirdDog = birdDog.withDosage(new Dosage(8, 12, 2, true, 1, 5));
        PlanDraft theirs = new PlanDraft(1, List.of(birdDog, item("cat-cow")), "Walk daily.", "Kim Park",
                "Tue 10:30", "", false);
        PlanDraft mine = new PlanDraft(1, List.of(moreBirdDog.withPersonalInstruction("Use a mat."),
                item("pelvic-tilt")), "Walk daily.", "Sam Lee", "Wed 9:00", "", true);

        PlanDifference d = PlanDifference.between(theirs, mine);

        assertThat(d.onlyTheirs()).containsExactly(catalogue.exercise("cat-cow").orElseThrow().name());
        assertThat(d.onlyMine()).containsExactly(catalogue.exercise("pelvic-tilt").orElseThrow().name());
        String birdDogName = birdDog.exercise().name();
        assertThat(d.changed()).containsExactly(
                new PlanDifference.Changed(birdDogName, PlanDifference.Part.DOSE, DosageSentence.of(birdDog.dosage()),
                        DosageSentence.of(moreBirdDog.dosage())),
                new PlanDifference.Changed(birdDogName, PlanDifference.Part.INSTRUCTION, "", "Use a mat."));
        assertThat(d.nextAppointment()).isEqualTo(new PlanDifference.Changed("", PlanDifference.Part.NEXT_APPOINTMENT,
                "Tue 10:30", "Wed 9:00"));
        assertThat(d.largePrint()).isTrue();
        assertThat(d.instructions()).isFalse();
        assertThat(d.order()).isFalse();
        assertThat(d.none()).isFalse();
    }

    @Test
    void theSamePlanInAnotherOrderSaysSoAndTheSamePlanSaysNothingDiffers() {
        PlanDraft theirs = new PlanDraft(1, List.of(item("bird-dog"), item("cat-cow")), "", "Kim Park", "", "", false);
        PlanDraft reordered = new PlanDraft(1, List.of(item("cat-cow"), item("bird-dog")), "", "Sam Lee", "",
                "A note is not printed.", false);

        assertThat(PlanDifference.between(theirs, reordered).order()).isTrue();
        assertThat(PlanDifference.between(theirs, new PlanDraft(1, theirs.items(), "", "Sam Lee", "", "Private.",
                false)).none()).as("who signs and the private note are not the handout").isTrue();
    }
}

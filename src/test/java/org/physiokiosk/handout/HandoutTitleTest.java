package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

/** The handout's title says what the plan is for. */
class HandoutTitleTest {

    private final Catalogue catalogue = Fixtures.catalogue();

    private List<PlanItem> items(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> PlanItem.of(catalogue.exercise(id).orElseThrow())).toList();
    }

    @Test
    void aTemplatesExercisesTakeItsTitleAndGoal() {
        var template = catalogue.template("low-back-starter").orElseThrow();
        String[] title = HandoutContent.title(catalogue, template.items().stream()
                .map(i -> new PlanItem(i.exercise(), i.dosage(), "")).toList());
        assertThat(title).containsExactly(template.title(), template.goal());
    }

    @Test
    void exercisesOfOneRegionTakeThatRegionsTitle() {
        String[] title = HandoutContent.title(catalogue, items("cat-cow", "bird-dog"));
        assertThat(title[0]).isEqualTo(Messages.get("handout.regionTitle." + Library.REGIONS.indexOf("low back")));
        assertThat(title[1]).isNotBlank();
    }

    @Test
    void everyRegionHasATitleAndAGoalThatReadEasily() {
        for (int i = 0; i < Library.REGIONS.size(); i++) {
            assertThat(Messages.get("handout.regionTitle." + i)).as(Library.REGIONS.get(i)).startsWith("Exercises");
            assertThat(org.physiokiosk.catalog.ReadingLevel.grade(Messages.get("handout.regionGoal." + i)))
                    .as(Library.REGIONS.get(i)).isLessThanOrEqualTo(8.0);
        }
    }

    @Test
    void aSnapshotFromBeforeTitlesReadsBackWithTheGeneralTitle() {
        String old = HandoutSnapshot.toJson(SampleHandout.content(catalogue)).replaceAll("\"title\":\"[^\"]*\",", "")
                .replaceAll("\"goal\":\"[^\"]*\"", "\"goal\":null");
        assertThat(HandoutSnapshot.fromJson(old).title()).isEqualTo(Messages.get("handout.title"));
    }
}

package org.physiokiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search as staff type it: prefixes, typos, aliases, body-part words, and the library's filters. */
class LibrarySearchTest {

    private static Exercise exercise(String id, String name, ExerciseKind kind, String region, List<String> equipment,
                                     String position, int level, String... aliases) {
        return new Exercise(id, name, kind, region, "Why.", List.of("Start.", "Move.", "Stop."),
                new Dosage(null, 10, 2, false, 1, 7), "Take care.", null, null, Origin.SEED, equipment, position,
                level, List.of(aliases), List.of("A source"), null);
    }

    private final LibrarySearch search = new LibrarySearch(List.of(
            exercise("bridge", "Bridge", ExerciseKind.STRENGTHEN, "low back", List.of("mat"), "lying on your back", 1,
                    "bridging", "hip lift"),
            exercise("hamstring-stretch", "Hamstring stretch", ExerciseKind.STRETCH, "knee", List.of("chair"),
                    "sitting", 1),
            exercise("straight-leg-raise", "Straight leg raise", ExerciseKind.STRENGTHEN, "knee", List.of("mat"),
                    "lying on your back", 2, "SLR"),
            exercise("chin-tuck", "Chin tuck", ExerciseKind.MOBILITY, "neck", List.of("none"), "sitting", 1,
                    "neck retraction"),
            exercise("shoulder-pendulum", "Shoulder pendulum", ExerciseKind.MOBILITY, "shoulder", List.of("table"),
                    "standing", 1, "Codman's"),
            exercise("heel-raise", "Heel raise", ExerciseKind.STRENGTHEN, "ankle and foot", List.of("counter"),
                    "standing", 2, "calf raise"),
            exercise("clam", "Clam", ExerciseKind.STRENGTHEN, "hip", List.of("mat"), "lying on your side", 1,
                    "clam shell", "clamshell"),
            exercise("tandem-stance", "Heel to toe stand", ExerciseKind.BALANCE, "balance and falls prevention",
                    List.of("counter"), "standing", 2, "tandem stance")));

    private List<String> ids(String query) {
        return search.find(query, LibrarySearch.Filter.NONE).stream().map(Exercise::id).toList();
    }

    @Test
    void beginningsOfWordsAndTyposFindTheExercise() {
        assertThat(ids("hamstrin")).containsExactly("hamstring-stretch");
        assertThat(ids("brige")).containsExactly("bridge");
        assertThat(ids("sholder")).containsExactly("shoulder-pendulum");
        assertThat(ids("hamstirng strech")).containsExactly("hamstring-stretch");
        assertThat(ids("HEEL")).containsExactly("heel-raise", "tandem-stance");
    }

    @Test
    void aliasesAndOtherNamesFindTheExercise() {
        assertThat(ids("SLR")).containsExactly("straight-leg-raise");
        assertThat(ids("clam shell")).containsExactly("clam");
        assertThat(ids("codmans")).containsExactly("shoulder-pendulum");
        assertThat(ids("calf raise")).containsExactly("heel-raise");
        assertThat(ids("tandem")).containsExactly("tandem-stance");
    }

    @Test
    void theShippedLibraryFindsItsHipAbductorExercisesByTheNamesStaffType() {
        LibrarySearch shipped = new LibrarySearch(org.physiokiosk.testing.Fixtures.catalogue().exercises());
        java.util.function.Function<String, List<String>> find = q -> shipped.find(q, LibrarySearch.Filter.NONE)
                .stream().map(Exercise::id).toList();
        assertThat(find.apply("clam shell")).first().isEqualTo("clam");
        assertThat(find.apply("clams")).first().isEqualTo("clam");
        assertThat(find.apply("side leg raise")).contains("side-lying-leg-raise");
        assertThat(find.apply("hip abduction")).contains("side-lying-leg-raise");
    }

    @Test
    void bodyPartWordsFindTheirRegion() {
        assertThat(ids("knee")).containsExactlyInAnyOrder("hamstring-stretch", "straight-leg-raise");
        assertThat(ids("calf")).contains("heel-raise");
        assertThat(ids("falls")).containsExactly("tandem-stance");
        assertThat(ids("back")).contains("bridge");
    }

    @Test
    void nameMatchesComeBeforeOtherMatches() {
        // "bridge" is named Bridge; "hip lift" is only an alias of it, so a word in a name ranks higher.
        assertThat(ids("raise")).containsExactly("straight-leg-raise", "heel-raise");
        assertThat(ids("stretch").get(0)).isEqualTo("hamstring-stretch");
    }

    @Test
    void shortWordsMustBeBeginningsAndNonsenseFindsNothing() {
        assertThat(ids("xq")).isEmpty();
        assertThat(ids("zzzzzzzz")).isEmpty();
        assertThat(ids("")).hasSize(8);
    }

    @Test
    void filtersNarrowByRegionKindEquipmentPositionAndLevel() {
        assertThat(search.find("", new LibrarySearch.Filter("knee", null, null, null, null)))
                .extracting(Exercise::id).containsExactly("hamstring-stretch", "straight-leg-raise");
        assertThat(search.find("", new LibrarySearch.Filter(null, ExerciseKind.MOBILITY, null, null, null)))
                .extracting(Exercise::id).containsExactly("chin-tuck", "shoulder-pendulum");
        assertThat(search.find("", new LibrarySearch.Filter(null, null, "counter", null, 2)))
                .extracting(Exercise::id).containsExactly("heel-raise", "tandem-stance");
        assertThat(search.find("raise", new LibrarySearch.Filter(null, null, null, "standing", null)))
                .extracting(Exercise::id).containsExactly("heel-raise");
    }

    @Test
    void distanceCountsEditsAgainstTheWordOrItsBeginning() {
        assertThat(LibrarySearch.distance("ham", "hamstring", 0)).isZero();
        assertThat(LibrarySearch.distance("brige", "bridge", 1)).isEqualTo(1);
        assertThat(LibrarySearch.distance("hmastring", "hamstring", 2)).isEqualTo(1);
        assertThat(LibrarySearch.distance("knee", "neck", 1)).isEqualTo(-1);
    }

    @Test
    void aSearchThatFindsNothingSuggestsTheNearestNamesAndNonsenseSuggestsNone() {
        // Both words must match for a hit: "shoulder swing" finds nothing, "shoulder" alone is near.
        assertThat(ids("shoulder swing")).isEmpty();
        assertThat(search.nearest("shoulder swing", LibrarySearch.Filter.NONE, 3)).extracting(Exercise::id)
                .first().isEqualTo("shoulder-pendulum");
        // A typo too far for the search ("hamstrng strech" is two edits off in a short word) still reaches its name.
        assertThat(search.nearest("hamstrng strech", LibrarySearch.Filter.NONE, 3)).extracting(Exercise::id)
                .first().isEqualTo("hamstring-stretch");
        // At most as many as asked, and only what the filter lets through.
        assertThat(search.nearest("leg raise", LibrarySearch.Filter.NONE, 1)).hasSize(1);
        assertThat(search.nearest("leg swing", new LibrarySearch.Filter("knee", null, null, null, null), 3))
                .extracting(Exercise::id).containsExactly("straight-leg-raise");
        assertThat(search.nearest("qzxv wpfj", LibrarySearch.Filter.NONE, 3)).isEmpty();
        assertThat(search.nearest("  ", LibrarySearch.Filter.NONE, 3)).isEmpty();
    }
}

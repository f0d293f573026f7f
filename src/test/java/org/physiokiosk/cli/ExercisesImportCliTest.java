package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exercises import} given a file from outside: whatever it holds, it is refused with exit 2 and a line that
 * names the entry and what to fix, or imported whole; never half, never waited on. Real files, real SQLite databases.
 */
class ExercisesImportCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The other clinic's database, which has its own "Knee hug", and what its library lists before any import. */
    private String target;
    private String before;
    /** One exercise as another clinic's export writes it: "Hip lift", with its picture. */
    private ObjectNode exported;

    @BeforeEach
    void twoClinics() throws Exception {
        String a = dir.resolve("a.db").toString();
        CliRun.ok(dir, "exercise", "copy", "bridge", "--name", "Hip lift", "--db", a);
        Path file = dir.resolve("ours.json");
        CliRun.ok(dir, "exercises", "export", "--out", file.toString(), "--db", a);
        exported = (ObjectNode) JSON.readTree(file.toFile());
        target = dir.resolve("b.db").toString();
        CliRun.ok(dir, "exercise", "copy", "knee-to-chest", "--name", "Knee hug", "--db", target);
        before = catalog();
    }

    private String catalog() {
        return CliRun.ok(dir, "catalog", "--db", target).out();
    }

    /** A copy of the exported file with {@code change} made to its one exercise's words. */
    private Path fileWith(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode file = exported.deepCopy();
        change.accept((ObjectNode) file.get("exercises").get(0).get("exercise"));
        Path path = Files.createTempFile(dir, "theirs", ".json");
        JSON.writeValue(path.toFile(), file);
        return path;
    }

    private CliRun importing(Path file) {
        return CliRun.in(dir, "exercises", "import", file.toString(), "--db", target);
    }

    /** The import is refused with exit 2 and a message holding {@code said}, and the library is as it was. */
    private void refused(Path file, String... said) {
        CliRun run = importing(file);
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(said).hasLineCount(1);
        assertThat(run.err().length()).as("the message quotes no long text whole").isLessThan(600);
        assertThat(catalog()).isEqualTo(before);
    }

    @Test
    void aNameOfAMillionCharactersIsRefusedNamingTheEntryAndTheEditorsLimit() throws Exception {
        Path file = fileWith(e -> e.put("name", "A".repeat(1_000_000)));
        refused(file, "theirs", "exercise 1 (clinic-hip-lift, 'AAAA", "the name is 1000000 characters long; keep "
                + "it to 60");
    }

    @Test
    void eachTextIsHeldToTheEditorsLimits() throws Exception {
        String longLine = "Go slowly. ".repeat(30);
        refused(fileWith(e -> e.put("purpose", longLine)), "exercise 1 (clinic-hip-lift, 'Hip lift')",
                "why it helps is 330 characters long; keep it to 300");
        refused(fileWith(e -> e.put("takeCare", longLine)), "the take-care line is 330 characters long; keep it "
                + "to 300");
        refused(fileWith(e -> ((ArrayNode) e.get("steps")).set(1, longLine)), "step 2 is 330 characters long; "
                + "keep it to 300");
        refused(fileWith(e -> e.put("moveOn", longLine)), "when to move on is 330 characters long");
        refused(fileWith(e -> e.put("picture", longLine)), "the picture's description is 330 characters long; "
                + "keep it to 200");
        refused(fileWith(e -> {
            ArrayNode steps = (ArrayNode) e.get("steps");
            while (steps.size() < 9) {
                steps.add("And again.");
            }
        }), "there are 9 steps; keep it to 8");
        refused(fileWith(e -> ((ArrayNode) e.get("aliases")).add("x".repeat(61))), "other name 5 is 61 characters "
                + "long; keep it to 60");
        refused(fileWith(e -> ((ArrayNode) e.get("sources")).add("y".repeat(1001))), "source 3 is 1001 "
                + "characters long; keep it to 1000");
        refused(fileWith(e -> e.put("purpose", "Stronger \u001b[31mhips.")), "why it helps holds a hidden control "
                + "character");
    }

    @Test
    void aPictureIsHeldToTheLimitsOfTheKiosksOwnPictures() throws Exception {
        ObjectNode file = exported.deepCopy();
        String svg = file.get("exercises").get(0).get("picture").asText();
        ((ObjectNode) file.get("exercises").get(0)).put("picture", svg.replace("</svg>",
                "<!--" + "x".repeat(3 * 1024 * 1024) + "--></svg>"));
        Path path = dir.resolve("big-picture.json");
        JSON.writeValue(path.toFile(), file);
        refused(path, "exercise 1 (clinic-hip-lift, 'Hip lift')", "picture is refused", "the most is 2 MB");
    }

    @Test
    void aLevelOrANumberOutOfRangeIsRefused() throws Exception {
        refused(fileWith(e -> e.put("level", 99)), "exercise 1 (clinic-hip-lift, 'Hip lift')",
                "the level is 99; use 1 (gentle start), 2 (building up) or 3 (stronger)");
        refused(fileWith(e -> e.put("level", 0)), "the level is 0");
        refused(fileWith(e -> e.put("level", "hard")), "the field 'level' must be a whole number, not text");
        refused(fileWith(e -> e.put("level", 2.5)), "the field 'level' must be a whole number, not a number");
        refused(fileWith(e -> ((ObjectNode) e.get("dosage")).put("repetitions", 100_000)),
                "the dosage's repetitions must be between 1 and 600");
        refused(fileWith(e -> ((ObjectNode) e.get("dosage")).put("daysPerWeek", 9)),
                "the dosage's days per week must be 7 or fewer");
        refused(fileWith(e -> ((ObjectNode) e.get("dosage")).put("sets", 10_000_000_000L)),
                "the dosage's sets must be a whole number");
        refused(fileWith(e -> e.put("bodyRegion", "tail")), "the body region is 'tail'; use one of");
        refused(fileWith(e -> e.put("position", "upside down")), "the starting position is 'upside down'");
        refused(fileWith(e -> ((ArrayNode) e.get("equipment")).add("trampoline")), "the equipment 'trampoline'");
    }

    @Test
    void anEmptyOrMistypedEntryIsRefusedWithExitTwoNamingItAndNothingIsImported() throws Exception {
        ObjectNode file = exported.deepCopy();
        ((ArrayNode) file.get("exercises")).addObject();
        Path empty = dir.resolve("empty-entry.json");
        JSON.writeValue(empty.toFile(), file);
        // The first exercise is good; the second is {}: neither is imported.
        refused(empty, "exercise 2 is not an exercise", "exercises export --out FILE");

        ((ObjectNode) file.get("exercises").get(1)).putObject("exercise");
        JSON.writeValue(empty.toFile(), file);
        refused(empty, "exercise 2: the fields id, name, kind, bodyRegion, purpose, steps, dosage, takeCare, origin, "
                + "position, level are missing");

        refused(fileWith(e -> e.put("name", 5)), "exercise 1 (clinic-hip-lift): the field 'name' must be text, not "
                + "a number");
        refused(fileWith(e -> e.put("steps", "Lie down.")), "the field 'steps' must be a list of text, not text");
        refused(fileWith(e -> e.putArray("steps").add(1)), "the field 'steps' must be a list of text; item 1 is a "
                + "number");
        refused(fileWith(e -> e.put("dosage", "lots")), "the field 'dosage' must be an object of fields");
        refused(fileWith(e -> e.put("kind", "jumping")), "the kind is 'jumping'; use stretch, strengthen");
        refused(fileWith(e -> e.remove("takeCare")), "the field 'takeCare' is missing");
        refused(fileWith(e -> e.put("origin", "SEED")), "is not a clinic's own exercise");

        ObjectNode twice = exported.deepCopy();
        ((ArrayNode) twice.get("exercises")).add(twice.get("exercises").get(0).deepCopy());
        ((ObjectNode) twice.get("exercises").get(1).get("exercise")).put("name", "Hip lift two");
        Path same = dir.resolve("same-id.json");
        JSON.writeValue(same.toFile(), twice);
        refused(same, "exercise 2 (clinic-hip-lift, 'Hip lift two'): its id is the id of exercise 1 too");

        ObjectNode wrong = exported.deepCopy();
        wrong.put("exercises", "all of them");
        Path notAList = dir.resolve("not-a-list.json");
        JSON.writeValue(notAList.toFile(), wrong);
        refused(notAList, "\"exercises\" must be a list, not text");
    }

    @Test
    void aTemplateIsHeldToTheSameRules() throws Exception {
        ObjectNode file = exported.deepCopy();
        ArrayNode templates = file.putArray("templates");
        ObjectNode hips = templates.addObject();
        Path path = dir.resolve("templates.json");
        JSON.writeValue(path.toFile(), file);
        refused(path, "template 1: the fields name, bodyRegion, items are missing");

        hips.put("id", "clinic-hips").put("name", "H".repeat(1_000_000)).put("bodyRegion", "hip");
        hips.putArray("items").addObject().put("exerciseId", "clinic-hip-lift").putObject("dosage")
                .put("repetitions", 10);
        JSON.writeValue(path.toFile(), file);
        refused(path, "template 1 (clinic-hips, 'HHHH", "the name is 1000000 characters long; keep it to 60");

        hips.put("name", "Hips");
        ((ObjectNode) hips.get("items").get(0).get("dosage")).put("repetitions", 601);
        JSON.writeValue(path.toFile(), file);
        refused(path, "template 1 (clinic-hips, 'Hips'): the dosage of its exercise 1's repetitions must be between "
                + "1 and 600");

        ArrayNode items = hips.putArray("items");
        for (int i = 0; i < 21; i++) {
            items.addObject().put("exerciseId", "clinic-hip-lift").putObject("dosage").put("repetitions", 10);
        }
        JSON.writeValue(path.toFile(), file);
        refused(path, "template 1 (clinic-hips, 'Hips'): it has 21 exercises; a template may have 20 at most");
    }

    @Test
    void namesAreCleanedAsPatientNamesAreAndLookAlikesAreRefused() throws Exception {
        // Invisible characters and odd spaces go, as from a patient's name.
        CliRun added = importing(fileWith(e -> e.put("name", "\u200BHip\u00A0 lift\u200D ball\u202E")));
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("added clinic-hip-lift  Hip lift ball");
        assertThat(catalog()).contains("Hip lift ball  [clinic's own]").doesNotContain("\u200B", "\u202E");
        before = catalog();

        refused(fileWith(e -> e.put("id", "clinic-x").put("name", "Hip \u0007lift")), "exercise 1 (clinic-x, "
                + "'Hip ?lift'): the name holds a hidden control character; type it again");
        // A Cyrillic "К" in a Latin word.
        refused(fileWith(e -> e.put("id", "clinic-x").put("name", "\u041Anee lift")), "the name mixes letters of "
                + "different alphabets in the word '\u041Anee'");

        CliRun.ok(dir, "exercise", "copy", "bridge", "--name", "TOE TAP", "--db", target);
        CliRun.ok(dir, "exercise", "copy", "cat-cow", "--name", "Ankle roll 1", "--db", target);
        before = catalog();
        // In Greek capitals, in full-width letters, with a small L for the 1: each looks like a name here.
        refused(fileWith(e -> ours(e).put("name", "\u03A4\u039F\u0395 \u03A4\u0391\u03A1")), "exercise 1 "
                + "(clinic-x, '\u03A4\u039F\u0395 \u03A4\u0391\u03A1'): its name looks like that of the "
                + "exercise 'TOE TAP' (clinic-toe-tap) here, written with other letters; give it another name");
        refused(fileWith(e -> ours(e).put("name", "\uFF2B\uFF4E\uFF45\uFF45 \uFF48\uFF55\uFF47")),
                "its name looks like that of the exercise 'Knee hug' (clinic-knee-hug)");
        refused(fileWith(e -> ours(e).put("name", "Ankle roll l")),
                "its name looks like that of the exercise 'Ankle roll 1' (clinic-ankle-roll-1)");

        // The same name, in other case, is another clinic's exercise of that name, as before: it is renamed.
        CliRun same = importing(fileWith(e -> ours(e).put("id", "clinic-y").put("name", "KNEE HUG")));
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("added clinic-y  KNEE HUG (imported)");
    }

    /** An exercise of words none here has, so it is added unless its name is refused. */
    private static ObjectNode ours(ObjectNode exercise) {
        return exercise.put("id", "clinic-x").put("purpose", "Words of the other clinic's own.");
    }

    /** The kiosk's own commands hold a new name to the same rules. */
    @Test
    void aCopyIsNamedByTheSameRules() {
        CliRun mixed = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "Cat and c\u03BFw", "--db", target);
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("the name mixes letters of different alphabets in the word 'c\u03BFw'");
        CliRun like = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "\u041A\u039D\u0395\u0395 hug",
                "--db", target);
        assertThat(like.code()).isEqualTo(2);
        assertThat(like.err()).contains("mixes letters");
        CliRun fullWidth = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "\uFF2B\uFF4E\uFF45\uFF45 hug",
                "--db", target);
        assertThat(fullWidth.code()).isEqualTo(2);
        assertThat(fullWidth.err()).contains("looks like that of the exercise 'Knee hug' (clinic-knee-hug)");
        assertThat(catalog()).isEqualTo(before);
    }

    /** A pipe would wait for a writer and /dev/zero never ends: both are refused before anything is opened. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeOrADeviceIsRefusedAtOnceAndNothingIsOpened() throws Exception {
        Path fifo = dir.resolve("exercises.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path db = dir.resolve("new.db");

        for (String file : List.of(fifo.toString(), "/dev/zero")) {
            Run run = inNewProcess("exercises", "import", file, "--db", db.toString());
            assertThat(run.code()).as(run.printed()).isEqualTo(2);
            assertThat(run.printed()).contains(file + " is not an ordinary file", "exercises export");
        }
        assertThat(db).as("refused before the database is opened").doesNotExist();
    }

    private record Run(int code, String printed) {
    }

    /** The command in a JVM of its own, stopped after a minute: a command that hangs fails the test, not the build. */
    private Run inNewProcess(String... command) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classpath, "org.physiokiosk.app.Main"));
        line.addAll(List.of(command));
        Path output = Files.createTempFile(dir, "printed", ".txt");
        ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().remove("PHYSIO_KIOSK_DB");
        Process p = pb.start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the command ended by itself; it printed: %s", printed).isTrue();
        return new Run(p.exitValue(), printed);
    }
}

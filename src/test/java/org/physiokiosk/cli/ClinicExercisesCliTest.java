package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Pdfs;

/** The clinic's own exercises from the command line, on a real SQLite file. */
class ClinicExercisesCliTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("data").resolve("clinic.db").toString();
    }

    private CliRun ok(String... args) {
        return CliRun.ok(dir, args);
    }

    @Test
    void aCopyIsTheClinicsOwnListedAndPrintedWithItsPicture() throws Exception {
        String id = ok("exercise", "copy", "knee-to-chest", "--name", "Knee hug (our way)", "--db", db()).out().strip();
        assertThat(id).isEqualTo("clinic-knee-hug-our-way");
        assertThat(ok("catalog", "--db", db()).out()).contains(id + " ", "Knee hug (our way)  [clinic's own]");

        Path pdf = dir.resolve("hug.pdf");
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", id + ",pelvic-tilt", "--out",
                pdf.toString(), "--db", db());
        assertThat(Pdfs.flatText(pdf)).contains("1. Knee hug (our way) our clinic's own exercise",
                "Lie on your back on your bed or on the floor.");
        assertThat(Pdfs.flatText(pdf)).doesNotContain("Pelvic tilt our clinic's own");
        assertThat(Pdfs.figureAlts(pdf)).hasSize(2);

        // The picture book of this clinic's library holds it, marked; the shipped one does not.
        Path book = dir.resolve("book.pdf");
        ok("pictures", "--out", book.toString(), "--db", db());
        assertThat(Pdfs.flatText(book)).contains("Knee hug (our way) " + id, "the clinic's own");
        Path shipped = dir.resolve("shipped.pdf");
        ok("pictures", "--out", shipped.toString());
        assertThat(Pdfs.flatText(shipped)).doesNotContain(id);
    }

    @Test
    void retiringHidesItFromNewPlansWhileOldHandoutsReprintTheSame() throws Exception {
        String id = ok("exercise", "copy", "bridge", "--name", "Hip lift", "--db", db()).out().strip();
        Path first = dir.resolve("first.pdf");
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", id, "--out", first.toString(),
                "--db", db());

        assertThat(ok("exercise", "retire", id, "--db", db()).out()).contains("retired " + id);
        assertThat(ok("catalog", "--db", db()).out()).doesNotContain(id);
        CliRun refused = CliRun.in(dir, "export", "--patient", "Ann Lee", "--exercises", id, "--out",
                dir.resolve("second.pdf").toString(), "--db", db());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("is retired");

        String patient = ok("patients", "--db", db()).out().strip().split("\\s+")[0];
        String handout = ok("handouts", "--patient", patient, "--db", db()).out().strip().split("\\s+")[0];
        Path again = dir.resolve("again.pdf");
        ok("reprint", "--handout", handout, "--out", again.toString(), "--db", db());
        assertThat(Pdfs.text(again)).isEqualTo(Pdfs.text(first));
    }

    @Test
    void wrongRequestsAreRefusedWithWhatToDoAndExitTwo() {
        CliRun shipped = CliRun.in(dir, "exercise", "retire", "knee-to-chest", "--db", db());
        assertThat(shipped.code()).isEqualTo(2);
        assertThat(shipped.err()).contains("comes with Physio Kiosk", "only the clinic's own exercises");

        CliRun unknown = CliRun.in(dir, "exercise", "copy", "no-such-thing", "--name", "X", "--db", db());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no exercise 'no-such-thing'", "catalog");

        CliRun taken = CliRun.in(dir, "exercise", "copy", "bridge", "--name", "cat and cow", "--db", db());
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).contains("already has an exercise named 'Cat and cow'");

        String id = ok("exercise", "copy", "bridge", "--name", "Hip lift", "--db", db()).out().strip();
        ok("exercise", "retire", id, "--db", db());
        CliRun twice = CliRun.in(dir, "exercise", "retire", id, "--db", db());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("already retired");
    }

    @Test
    void exercisesTravelToAnotherClinicWithTheirPicturesAndNothingThereIsOverwritten() throws Exception {
        String a = dir.resolve("a.db").toString();
        String b = dir.resolve("b.db").toString();
        ok("exercise", "copy", "knee-to-chest", "--name", "Knee hug", "--db", a);
        ok("exercise", "copy", "bridge", "--name", "Hip lift", "--db", a);
        ok("exercise", "copy", "pelvic-tilt", "--name", "Hip lift", "--db", b);
        Path file = dir.resolve("ours.json");
        assertThat(ok("exercises", "export", "--out", file.toString(), "--db", a).out()).contains("2 exercise(s)");

        String added = ok("exercises", "import", file.toString(), "--db", b).out();
        assertThat(added).contains("added clinic-knee-hug  Knee hug",
                "added clinic-hip-lift-imported  Hip lift (imported)  (was clinic-hip-lift)");
        String catalog = ok("catalog", "--db", b).out();
        // The other clinic's own "Hip lift" is still its own, untouched.
        assertThat(catalog).contains("clinic-hip-lift  strengthen   Hip lift  [clinic's own]",
                "clinic-hip-lift-imported", "clinic-knee-hug");
        assertThat(ok("exercises", "import", file.toString(), "--db", b).out())
                .contains("already here clinic-knee-hug").doesNotContain("added");

        Path pdf = dir.resolve("b.pdf");
        ok("export", "--patient", "Bo Lee", "--dob", "1950-01-01", "--exercises", "clinic-knee-hug", "--out",
                pdf.toString(), "--db", b);
        assertThat(Pdfs.figureAlts(pdf)).hasSize(1);
        assertThat(Pdfs.bitmapImages(pdf)).isZero();
    }

    @Test
    void anImportedPictureThatReachesOutsideIsRefusedNamingItAndNoLibraryPrintsOnStandardError() throws Exception {
        String a = dir.resolve("a.db").toString();
        ok("exercise", "copy", "knee-to-chest", "--name", "Knee hug", "--db", a);
        Path file = dir.resolve("ours.json");
        ok("exercises", "export", "--out", file.toString(), "--db", a);
        String target = dir.resolve("t.db").toString();
        ok("catalog", "--db", target);
        String before = ok("catalog", "--db", target).out();
        Path secret = java.nio.file.Files.write(dir.resolve("secret.png"),
                org.physiokiosk.testing.TestPictures.plainPng(7, 13));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = json.readTree(file.toFile());
        java.util.Map<String, String> pictures = new java.util.LinkedHashMap<>();
        pictures.put("two-links", org.physiokiosk.testing.TestPictures.twoLinks(
                org.physiokiosk.testing.TestPictures.plainPng(10, 10), secret.toUri().toString()));
        pictures.put("import", org.physiokiosk.testing.TestPictures.importing("http://127.0.0.1:9/sheet.css"));
        pictures.put("letter", "Dear Sam, see you on Monday.");
        java.io.PrintStream was = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (var picture : pictures.entrySet()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("exercises").get(0)).put("picture",
                        picture.getValue());
                Path hostile = dir.resolve(picture.getKey() + ".json");
                json.writeValue(hostile.toFile(), tree);
                CliRun r = CliRun.in(dir, "exercises", "import", hostile.toString(), "--db", target);
                assertThat(r.code()).as(picture.getKey()).isEqualTo(2);
                assertThat(r.err()).as(picture.getKey()).contains("exercise 1 (", "its picture is refused");
                assertThat(r.err()).as(picture.getKey()).containsAnyOf("save it again", "not a readable SVG");
            }
        } finally {
            System.setErr(was);
        }
        assertThat(stray.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(ok("catalog", "--db", target).out()).isEqualTo(before);
    }

    @Test
    void aForeignOrDangerousFileIsRefusedAndChangesNothing() throws Exception {
        String a = dir.resolve("a.db").toString();
        ok("exercise", "copy", "knee-to-chest", "--name", "Knee hug", "--db", a);
        Path file = dir.resolve("ours.json");
        ok("exercises", "export", "--out", file.toString(), "--db", a);
        String target = dir.resolve("t.db").toString();
        ok("catalog", "--db", target);
        String before = ok("catalog", "--db", target).out();

        java.nio.file.Files.writeString(dir.resolve("foreign.json"), "{\"exercises\": []}");
        CliRun foreign = CliRun.in(dir, "exercises", "import", dir.resolve("foreign.json").toString(), "--db", target);
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err()).contains("is not a Physio Kiosk exercises file", "exercises export");

        String text = java.nio.file.Files.readString(file);
        java.nio.file.Files.writeString(dir.resolve("script.json"),
                text.replace("<svg xmlns=\\\"http://www.w3.org/2000/svg\\\"",
                        "<svg xmlns=\\\"http://www.w3.org/2000/svg\\\"><script>alert(1)</script><g/></svg><!--"));
        CliRun script = CliRun.in(dir, "exercises", "import", dir.resolve("script.json").toString(), "--db", target);
        assertThat(script.code()).isEqualTo(2);
        assertThat(script.err()).contains("exercise 1 (clinic-knee-hug, 'Knee hug'): its picture is refused");

        java.nio.file.Files.writeString(dir.resolve("newer.json"), text.replace("\"version\" : 1", "\"version\" : 9"));
        CliRun newer = CliRun.in(dir, "exercises", "import", dir.resolve("newer.json").toString(), "--db", target);
        assertThat(newer.code()).isEqualTo(2);
        assertThat(newer.err()).contains("newer Physio Kiosk");

        assertThat(ok("catalog", "--db", target).out()).isEqualTo(before);
    }
}

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
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", id + ",cat-cow", "--out",
                pdf.toString(), "--db", db());
        assertThat(Pdfs.flatText(pdf)).contains("1. Knee hug (our way) Stretch · our clinic's own exercise",
                "Lie on your back on the floor.");
        assertThat(Pdfs.flatText(pdf)).doesNotContain("Cat and cow Stretch · our clinic's own");
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
}

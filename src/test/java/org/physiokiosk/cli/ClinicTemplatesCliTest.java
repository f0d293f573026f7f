package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Pdfs;

/** The clinic's own templates from the command line, on a real SQLite file. */
class ClinicTemplatesCliTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("clinic.db").toString();
    }

    private CliRun ok(String... args) {
        return CliRun.ok(dir, args);
    }

    @Test
    void aShippedTemplateIsCopiedRenamedUsedAndRetiredWhileTheShippedOneStays() throws Exception {
        String id = ok("template", "copy", "knee-osteoarthritis", "--name", "Knee OA - our way", "--db", db()).out()
                .strip();
        assertThat(id).isEqualTo("clinic-knee-oa-our-way");
        assertThat(ok("catalog", "--db", db()).out()).contains(
                "knee-osteoarthritis template     Knee - osteoarthritis (5 exercises)\n",
                id + " template     Knee OA - our way (5 exercises)  [clinic's own]");

        ok("template", "rename", id, "--name", "Knee OA (clinic)", "--db", db());
        assertThat(ok("catalog", "--db", db()).out()).contains("Knee OA (clinic) (5 exercises)  [clinic's own]");

        Path pdf = dir.resolve("oa.pdf");
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template", id, "--out", pdf.toString(),
                "--db", db());
        assertThat(Pdfs.figureAlts(pdf)).hasSize(5);

        // Its exercises replaced by a recorded plan's: plan 1 was just printed from it; plan 2 holds two exercises.
        ok("export", "--patient", "Ann Lee", "--exercises", "cat-cow,bridge", "--out", dir.resolve("two.pdf")
                .toString(), "--db", db());
        assertThat(ok("template", "update", id, "--from-plan", "2", "--db", db()).out()).contains("(2 exercises)");
        assertThat(ok("catalog", "--db", db()).out()).contains("Knee OA (clinic) (2 exercises)  [clinic's own]");
        CliRun noPlan = CliRun.in(dir, "template", "update", id, "--from-plan", "99", "--db", db());
        assertThat(noPlan.code()).isEqualTo(2);
        assertThat(noPlan.err()).contains("no plan number 99");

        ok("template", "retire", id, "--db", db());
        assertThat(ok("catalog", "--db", db()).out()).doesNotContain(id).contains("knee-osteoarthritis");
    }

    @Test
    void shippedTemplatesStayAsTheyAreAndNamesAreNotShared() {
        CliRun shipped = CliRun.in(dir, "template", "retire", "low-back-starter", "--db", db());
        assertThat(shipped.code()).isEqualTo(2);
        assertThat(shipped.err()).contains("comes with Physio Kiosk and stays as it is", "template copy low-back-starter");
        CliRun rename = CliRun.in(dir, "template", "rename", "low-back-starter", "--name", "X", "--db", db());
        assertThat(rename.code()).isEqualTo(2);

        CliRun taken = CliRun.in(dir, "template", "copy", "tennis-elbow", "--name", "Knee - osteoarthritis", "--db",
                db());
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).contains("already a template named 'Knee - osteoarthritis'");
    }
}

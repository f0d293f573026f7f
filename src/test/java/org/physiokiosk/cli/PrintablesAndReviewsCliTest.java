package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * Two small guards on what the clinic keeps: the printables folder, which holds every patient's handouts, is its
 * owner's only, as the record is; and a review mark is dated neither in the future nor before the words it marks.
 */
class PrintablesAndReviewsCliTest {

    @TempDir
    Path dir;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void thePrintablesFolderAndEveryHandoutInItAreTheirOwnersOnly() throws Exception {
        Path made = dir.resolve("printables");
        Path existing = Files.createDirectories(dir.resolve("shared-looking"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Services services = Services.start(new AppPaths(dir.resolve("clinic.db"), Fixtures.CATALOGUE_DIR, made),
                Fixtures.CLOCK)) {
            Patient ann = services.desks().patients().add(Actor.COMMAND_LINE, new NewPatient("Ann Lee",
                    LocalDate.of(1950, 1, 1), ""));
            var items = PlanItem.fromTemplate(services.catalogue().template("low-back-starter").orElseThrow());
            for (Path folder : new Path[] {made, existing}) {
                var result = services.desks().handouts().exportToFolder(Actor.COMMAND_LINE, ann,
                        new PlanDraft(ann.id(), items, "", "", "", "", false), folder);
                assertThat(mode(folder)).as("the folder %s", folder.getFileName()).isEqualTo("rwx------");
                assertThat(mode(result.file())).as("the handout").isEqualTo("rw-------");
            }
        }
        Path out = dir.resolve("new-folder").resolve("plan.pdf");
        CliRun.ok(dir, "export", "--patient", "Bo Chen", "--dob", "1951-02-03", "--template", "low-back-starter",
                "--out", out.toString(), "--db", dir.resolve("clinic.db").toString());
        assertThat(mode(out.getParent())).as("a folder made for a handout").isEqualTo("rwx------");
    }

    @Test
    void aReviewIsDatedNeitherInTheFutureNorBeforeTheWordsItMarks() {
        String db = dir.resolve("clinic.db").toString();
        // Saved on the test clock's day, 2026-11-24.
        String id = CliRun.ok(dir, "exercise", "copy", "bridge", "--name", "Hip lift", "--db", db).out().strip();
        CliRun before = CliRun.in(dir, "exercise", "review", id, "--by", "Sam Lee", "--on", "2026-11-23", "--db", db);
        assertThat(before.code()).as(before.err()).isEqualTo(2);
        assertThat(before.err()).contains("is before this text was saved (2026-11-24)");
        CliRun future = CliRun.in(dir, "exercise", "review", id, "--by", "Sam Lee", "--on", "2026-11-25", "--db", db);
        assertThat(future.code()).isEqualTo(2);
        assertThat(future.err()).contains("is in the future");
        assertThat(CliRun.ok(dir, "catalog", "--db", db).out()).doesNotContain("reviewed by Sam Lee");
        CliRun.ok(dir, "exercise", "review", id, "--by", "Sam Lee", "--on", "2026-11-24", "--db", db);
        assertThat(CliRun.ok(dir, "catalog", "--db", db).out()).contains("reviewed by Sam Lee, 2026-11-24");
    }
}

package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the record names a handout's file, and how another PC finds it again. */
class PrintablesFolderTest {

    @TempDir
    Path dir;

    @Test
    void aHandoutInThePrintablesFolderIsNamedRelativeToIt() {
        PrintablesFolder printables = new PrintablesFolder(dir.resolve("printables"));

        assertThat(printables.name(dir.resolve("printables/2026-11-24-Lee-plan-1.pdf")))
                .isEqualTo("2026-11-24-Lee-plan-1.pdf");
        assertThat(printables.name(dir.resolve("printables/room 2/./plan.pdf"))).isEqualTo("room 2/plan.pdf");
        assertThat(printables.locate("room 2/plan.pdf")).isEqualTo(dir.resolve("printables/room 2/plan.pdf")
                .toAbsolutePath());
    }

    @Test
    void aFileChosenElsewhereKeepsItsWholePath() {
        PrintablesFolder printables = new PrintablesFolder(dir.resolve("printables"));
        Path elsewhere = dir.resolve("desktop/plan.pdf").toAbsolutePath();

        assertThat(printables.name(elsewhere)).isEqualTo(elsewhere.toString());
        assertThat(printables.name(dir.resolve("printables-old/plan.pdf")))
                .as("a folder whose name only starts the same is not inside").startsWith("/");
        assertThat(printables.locate(elsewhere.toString())).isEqualTo(elsewhere);
    }

    @Test
    void anotherPcFindsTheFileInItsOwnFolderOnlyWithTheBytesThatWereWritten() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("on this PC/printables"));
        Path pdf = Files.writeString(shared.resolve("plan-1.pdf"), "the handout");
        String sha = PrintablesFolder.sha256Of(pdf);
        PrintablesFolder here = new PrintablesFolder(shared);

        assertThat(here.find("plan-1.pdf", sha)).contains(pdf.toAbsolutePath());
        assertThat(here.find("C:\\Users\\desk\\PhysioKiosk\\printables\\plan-1.pdf", sha))
                .as("a whole path from another PC, looked for by its name here").contains(pdf.toAbsolutePath());
        assertThat(here.find("/home/frontdesk/printables/plan-1.pdf", sha)).contains(pdf.toAbsolutePath());

        Files.writeString(pdf, "changed since");
        assertThat(here.find("plan-1.pdf", sha)).as("a changed file is not the handout").isEmpty();
        assertThat(here.find("plan-2.pdf", sha)).isEmpty();
    }

    @Test
    void aNameThatClimbsOutOfTheFolderFindsNothing() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.pdf"), "not a handout");
        Files.createDirectories(dir.resolve("printables"));
        PrintablesFolder printables = new PrintablesFolder(dir.resolve("printables"));

        assertThat(printables.find("../secret.pdf", PrintablesFolder.sha256Of(outside))).isEmpty();
    }
}

package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.store.Backups;
import org.physiokiosk.testing.Pdfs;

/** The record-keeping commands, as a clinic's script or an administrator would use them. */
class RecordsCliTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    private String db() {
        return dir.resolve("data").resolve("clinic.db").toString();
    }

    private CliRun ok(String... args) {
        return CliRun.ok(dir, args);
    }

    private long firstNumber(String text) {
        return Long.parseLong(text.strip().split("\\s+")[0]);
    }

    @Test
    void notesAreAddedAmendedAndListedWithTheOriginalKept() {
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                dir.resolve("a.pdf").toString(), "--db", db());
        long patient = firstNumber(ok("patients", "--find", "Ann", "--db", db()).out());
        String added = ok("note", "add", "--patient", Long.toString(patient), "--text", "Pain 6/10, left.",
                "--author", "Sam Lee", "--db", db()).out().strip();
        assertThat(added).matches("note \\d+");
        long noteId = Long.parseLong(added.substring(5));
        assertThat(ok("note", "amend", "--note", Long.toString(noteId), "--text", "Correction: right side.",
                "--author", "Kim Park", "--db", db()).out()).contains("amendment", "to note " + noteId);

        String notes = ok("notes", "--patient", Long.toString(patient), "--db", db()).out();
        assertThat(notes).containsSubsequence("note " + noteId, "Sam Lee", "Pain 6/10, left.",
                "amendment", "Kim Park", "Correction: right side.");
    }

    @Test
    void reprintWritesTheHandoutAgainFromItsSnapshot() throws Exception {
        Path first = dir.resolve("first.pdf");
        ok("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template", "low-back-starter", "--out",
                first.toString(), "--db", db());
        long patient = firstNumber(ok("patients", "--db", db()).out());
        long handout = firstNumber(ok("handouts", "--patient", Long.toString(patient), "--db", db()).out());
        Path again = dir.resolve("again.pdf");
        ok("reprint", "--handout", Long.toString(handout), "--out", again.toString(), "--db", db());
        assertThat(Pdfs.text(again)).isEqualTo(Pdfs.text(first));
        CliRun missing = run("reprint", "--handout", "999", "--out", dir.resolve("none.pdf").toString(), "--db", db());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no handout number 999");
    }

    @Test
    void patientExportThenEraseWithConfirmation() throws Exception {
        Path pdf = dir.resolve("zed.pdf");
        ok("export", "--patient", "Zed Doe", "--dob", "1950-01-01", "--exercises", "cat-cow", "--note", "private",
                "--out", pdf.toString(), "--db", db());
        long patient = firstNumber(ok("patients", "--db", db()).out());
        String written = ok("patient", "export", "--patient", Long.toString(patient), "--out",
                dir.resolve("export").toString(), "--db", db()).out();
        assertThat(written.lines()).hasSize(2);
        assertThat(Files.readString(Path.of(written.lines().toList().get(0)))).contains("Zed Doe", "private");

        CliRun unconfirmed = run("patient", "erase", "--patient", Long.toString(patient), "--db", db());
        assertThat(unconfirmed.code()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("add --yes");
        assertThat(pdf).exists();

        assertThat(ok("patient", "erase", "--patient", Long.toString(patient), "--yes", "--db", db()).out())
                .contains("1 notes", "1 plans", "1 handouts", "1 handout files");
        assertThat(pdf).doesNotExist();
        assertThat(ok("patients", "--db", db()).out()).isBlank();
    }

    @Test
    void backupAndRestoreFromTheCommandLine() throws Exception {
        ok("export", "--patient", "Before Backup", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                dir.resolve("a.pdf").toString(), "--db", db());
        Path backup = Path.of(ok("backup", "--db", db()).out().strip());
        assertThat(backup.getParent().getFileName().toString()).isEqualTo("backups");
        assertThat(Backups.integrity(backup)).isEqualTo("ok");
        Path mine = dir.resolve("mine.db");
        assertThat(ok("backup", "--to", mine.toString(), "--db", db()).out().strip()).isEqualTo(mine.toString());

        ok("export", "--patient", "After Backup", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                dir.resolve("b.pdf").toString(), "--db", db());
        assertThat(ok("restore", "--from", backup.toString(), "--db", db()).out()).contains("restored", "kept as");
        assertThat(ok("patients", "--db", db()).out()).contains("Before Backup").doesNotContain("After Backup");
    }

    @Test
    void aDamagedDatabaseIsNamedOnOneLineAndKeptAside() throws Exception {
        ok("backup", "--db", db());
        Files.writeString(Path.of(db()), "garbage ".repeat(500));
        CliRun r = run("patients", "--db", db());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines().toList()).singleElement().asString().contains("is damaged", "kept aside");
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".damaged-"));
        }
        assertThat(ok("restore", "--db", db()).out()).contains("restored");
        assertThat(run("patients", "--db", db()).code()).isZero();
    }

    @Test
    void readOnlyPlacesGiveOneLineAndChangeNothing() {
        CliRun pdf = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                "/proc/physio-kiosk-test/plan.pdf", "--db", db());
        assertThat(pdf.code()).isEqualTo(1);
        assertThat(pdf.err().lines().toList()).singleElement().asString().contains("Could not write the handout",
                "Nothing was recorded");
        long patient = firstNumber(ok("patients", "--db", db()).out());
        assertThat(ok("handouts", "--patient", Long.toString(patient), "--db", db()).out()).isBlank();

        CliRun data = run("patients", "--db", "/proc/physio-kiosk-test/clinic.db");
        assertThat(data.code()).isNotZero();
        assertThat(data.err().lines().toList()).singleElement().asString().contains("Cannot create the folder");
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> command : List.of(List.of("note", "add"), List.of("note", "amend"), List.of("notes"),
                List.of("patients"), List.of("handouts"), List.of("reprint"), List.of("patient", "export"),
                List.of("patient", "erase"), List.of("backup"), List.of("restore"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun r = run(args);
            assertThat(r.code()).as("%s --help", command).isZero();
            assertThat(r.out()).as("%s --help", command).contains("Usage:");
        }
    }
}

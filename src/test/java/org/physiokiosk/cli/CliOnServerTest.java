package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.FreshSchema;

/**
 * The command line with {@code --db postgresql://...}: a plan, a note and a handout recorded on the real clinic server
 * and read back by the next command, as another PC would. User and password come from PGUSER and PGPASSWORD.
 */
class CliOnServerTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final FreshSchema schema = new FreshSchema();

    private String server;

    @BeforeEach
    void address() {
        server = schema.address();
    }

    private CommandLineRun run(String... args) {
        return CommandLineRun.in(dir, args);
    }

    @Test
    void aPlanNoteAndHandoutRecordedOnTheServerAreThereForTheNextCommand() throws Exception {
        Path pdf = dir.resolve("zoe.pdf");
        CommandLineRun export = run("export", "--patient", "Zoë Łukasiewicz", "--dob", "1950-01-01", "--template",
                "low-back-starter", "--note", "Knee sore after stairs", "--out", pdf.toString(), "--db", server);
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isPositive();

        CommandLineRun found = run("patients", "--find", "zoë", "--db", server);
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).contains("Zoë Łukasiewicz");
        assertThat(run("patients", "--find", "ŁUKASIEWICZ", "--db", server).out()).contains("Zoë Łukasiewicz");

        CommandLineRun notes = run("notes", "--patient", "1", "--db", server);
        assertThat(notes.code()).as(notes.err()).isZero();
        assertThat(notes.out()).contains("Knee sore after stairs");
        CommandLineRun handouts = run("handouts", "--patient", "1", "--db", server);
        assertThat(handouts.code()).as(handouts.err()).isZero();
        assertThat(handouts.out()).contains("zoe.pdf");

        // The server itself holds the record: nothing was written into a database file here.
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anotherPcListsAHandoutInItsOwnPrintablesFolder() throws Exception {
        Path frontDesk = Files.createDirectories(dir.resolve("front desk"));
        Path room2 = Files.createDirectories(dir.resolve("room 2"));
        Path pdf = frontDesk.resolve("printables").resolve("ann.pdf");
        CommandLineRun export = CommandLineRun.in(frontDesk, "export", "--patient", "Ann Lee", "--dob", "1950-01-01",
                "--template", "low-back-starter", "--out", pdf.toString(), "--db", server);
        assertThat(export.code()).as(export.err()).isZero();

        // The record names the file in the printables folder, so room 2 looks for it in its own (a shared folder).
        CommandLineRun handouts = CommandLineRun.in(room2, "handouts", "--patient", "1", "--db", server);
        assertThat(handouts.code()).as(handouts.err()).isZero();
        assertThat(handouts.out()).contains(room2.resolve("printables").resolve("ann.pdf").toString())
                .doesNotContain(frontDesk.toString());
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNothingIsOpened() {
        String withPassword = server.replace("postgresql://", "postgresql://physio:secret@");
        CommandLineRun r = run("patients", "--find", "a", "--db", withPassword);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("PGUSER", "PGPASSWORD", "~/.pgpass").doesNotContain("secret");
    }

    @Test
    void anUnreachableServerIsNamedWithWhatToCheck() {
        CommandLineRun r = run("patients", "--find", "a", "--db", "postgresql://127.0.0.1:1/physio");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("127.0.0.1:1/physio", "cannot be reached");
    }

    @Test
    void aBackupOfTheServerIsASqliteRecordThatOpensAnywhere() {
        Path pdf = dir.resolve("zoe.pdf");
        CommandLineRun export = run("export", "--patient", "Zoë Łukasiewicz", "--dob", "1950-01-01", "--template",
                "low-back-starter", "--note", "Knee sore after stairs", "--out", pdf.toString(), "--db", server);
        assertThat(export.code()).as(export.err()).isZero();

        Path snapshot = dir.resolve("snapshot.db");
        CommandLineRun backup = run("backup", "--to", snapshot.toString(), "--db", server);
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("snapshot.db");
        // The snapshot is a clinic record of its own: the patient, the note and the handout, with a whole audit chain.
        assertThat(run("patients", "--find", "zoë", "--db", snapshot.toString()).out()).contains("Zoë Łukasiewicz");
        assertThat(run("notes", "--patient", "1", "--db", snapshot.toString()).out())
                .contains("Knee sore after stairs");
        assertThat(run("handouts", "--patient", "1", "--db", snapshot.toString()).out()).contains("zoe.pdf");
        CommandLineRun verify = run("audit", "verify", "--db", snapshot.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();

        // Without a file named there is nowhere on this PC to put it: say how.
        CommandLineRun routine = run("backup", "--db", server);
        assertThat(routine.code()).isEqualTo(2);
        assertThat(routine.err()).contains("backup --to FILE", "pg_dump");
    }

    @Test
    void aPatientsRecordIsExportedAndErasedOnTheServerAsFromAFile() throws Exception {
        Path pdf = dir.resolve("ann.pdf");
        CommandLineRun export = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template", "low-back-starter",
                "--note", "Pain 7/10 on the left", "--out", pdf.toString(), "--db", server);
        assertThat(export.code()).as(export.err()).isZero();

        CommandLineRun record = run("patient", "export", "--patient", "1", "--out", dir.resolve("record").toString(), "--db",
                server);
        assertThat(record.code()).as(record.err()).isZero();
        assertThat(Files.readString(dir.resolve("record").resolve("patient-1-record.json")))
                .contains("Ann Lee", "Pain 7/10 on the left");

        long notesFileBefore = notesFile();
        CommandLineRun erase = run("patient", "erase", "--patient", "1", "--yes", "--db", server);
        assertThat(erase.code()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("1 notes", "1 handout files").doesNotContain("older copies");
        // The notes table was rewritten (VACUUM FULL): the erased note's old copy left the file it was in.
        assertThat(notesFile()).isNotEqualTo(notesFileBefore);
        assertThat(pdf).doesNotExist();
        assertThat(run("patients", "--find", "Ann", "--db", server).out()).doesNotContain("Ann Lee");
        assertThat(run("notes", "--patient", "1", "--db", server).out()).doesNotContain("Pain 7/10");
    }

    /** The server's file number for the notes table (it changes when the table is rewritten). */
    private long notesFile() throws Exception {
        try (var c = schema.schema().dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_relation_filenode('visit_note')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

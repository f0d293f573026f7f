package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff accounts from the command line: secrets from the environment, never arguments. */
class StaffCliTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("clinic.db").toString();
    }

    @Test
    void theFirstAdministratorThenStaffAddedOnlyByAnAdministratorWithHerSecret() {
        CliRun first = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("added kim (administrator)").doesNotContain("48291573");

        CliRun noAs = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "739201"), dir, "staff", "add", "--name", "sam",
                "--full-name", "Sam Lee", "--role", "clinician", "--db", db());
        assertThat(noAs.code()).isEqualTo(2);
        assertThat(noAs.err()).contains("--as NAME");

        CliRun wrong = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "739201", "PHYSIO_KIOSK_PIN", "999999"), dir,
                "staff", "add", "--name", "sam", "--full-name", "Sam Lee", "--role", "clinician", "--as", "kim",
                "--db", db());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("do not match an active account").doesNotContain("999999");

        CliRun added = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "739201", "PHYSIO_KIOSK_PIN", "48291573"), dir,
                "staff", "add", "--name", "sam", "--full-name", "Sam Lee", "--role", "clinician", "--as", "kim",
                "--db", db());
        assertThat(added.code()).as(added.err()).isZero();

        CliRun list = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573"), dir, "staff", "list", "--as", "kim",
                "--db", db());
        assertThat(list.out()).contains("kim", "administrator", "Kim Park", "sam", "clinician", "Sam Lee");
        CliRun weak = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "111111", "PHYSIO_KIOSK_PIN", "48291573"), dir,
                "staff", "add", "--name", "ann", "--full-name", "Ann Ho", "--role", "front-desk", "--as", "kim",
                "--db", db());
        assertThat(weak.code()).isEqualTo(2);
        assertThat(weak.err()).contains("first that anyone would try");
    }

    @Test
    void signInsAreInTheAuditTrailWhichOnlyAnAdministratorReadsAndVerifyProvesIntact() throws Exception {
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "000001"), dir, "staff", "list", "--as", "kim", "--db", db());
        CliRun noAs = CliRun.in(dir, "audit", "--db", db());
        assertThat(noAs.code()).isEqualTo(2);
        CliRun trail = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573"), dir, "audit", "--as", "kim", "--db", db());
        assertThat(trail.out()).contains("staff added: kim (administrator)", "sign-in", "refused", "done")
                .doesNotContain("48291573").doesNotContain("000001");
        CliRun ok = CliRun.in(dir, "audit", "verify", "--db", db());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("intact: 4 row(s)");

        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db()); var s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_never_changes");
            s.execute("UPDATE audit SET outcome = 'done' WHERE id = 2");
        }
        CliRun broken = CliRun.in(dir, "audit", "verify", "--db", db());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("row 2 was changed");
    }

    @Test
    void anAdministratorUnlocksRetiresAndResetsAnotherAccount() {
        Map<String, String> admin = Map.of("PHYSIO_KIOSK_PIN", "48291573", "PHYSIO_KIOSK_NEW_PIN", "739201");
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        CliRun.withEnv(admin, dir, "staff", "add", "--name", "sam", "--full-name", "Sam Lee", "--role", "clinician",
                "--as", "kim", "--db", db());
        // Sam forgets: locked at the 10th wrong secret (the waits are real, so the count is checked in the service
        // test; here the administrator resets it and Sam signs in with the new one).
        CliRun reset = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573", "PHYSIO_KIOSK_NEW_PIN", "604928"), dir,
                "staff", "reset-pin", "--name", "sam", "--as", "kim", "--db", db());
        assertThat(reset.code()).as(reset.err()).isZero();
        CliRun asSam = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "604928"), dir, "staff", "list", "--as", "sam",
                "--db", db());
        assertThat(asSam.code()).as("a clinician signs in but may not list staff").isEqualTo(2);
        assertThat(asSam.err()).contains("only an administrator");

        // Sam's role changed, as on the kiosk's Staff screen; an unknown role is a usage error, nothing changed.
        CliRun role = CliRun.withEnv(admin, dir, "staff", "role", "--name", "sam", "--role", "front-desk", "--as", "kim",
                "--db", db());
        assertThat(role.code()).as(role.err()).isZero();
        assertThat(role.out()).contains("sam is now front-desk");
        CliRun badRole = CliRun.withEnv(admin, dir, "staff", "role", "--name", "sam", "--role", "boss", "--as", "kim",
                "--db", db());
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role is administrator, clinician or front-desk");
        CliRun ownRole = CliRun.withEnv(admin, dir, "staff", "role", "--name", "kim", "--role", "clinician", "--as",
                "kim", "--db", db());
        assertThat(ownRole.code()).isEqualTo(2);
        assertThat(ownRole.err()).contains("cannot change their own role");
        assertThat(CliRun.withEnv(admin, dir, "staff", "role", "--name", "sam", "--role", "clinician", "--as", "kim",
                "--db", db()).code()).isZero();

        CliRun notAdmin = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "604928"), dir, "staff", "unlock", "--name",
                "kim", "--as", "sam", "--db", db());
        assertThat(notAdmin.code()).isEqualTo(2);
        assertThat(notAdmin.err()).contains("Only an administrator");

        assertThat(CliRun.withEnv(admin, dir, "staff", "retire", "--name", "sam", "--as", "kim", "--db", db()).code())
                .isZero();
        CliRun retired = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "604928"), dir, "staff", "list", "--as", "sam",
                "--db", db());
        assertThat(retired.code()).isEqualTo(1);
        assertThat(retired.err()).contains("do not match an active account");
        assertThat(CliRun.withEnv(admin, dir, "staff", "list", "--as", "kim", "--db", db()).out())
                .contains("sam", "[retired]");
        CliRun self = CliRun.withEnv(admin, dir, "staff", "retire", "--name", "kim", "--as", "kim", "--db", db());
        assertThat(self.code()).isEqualTo(2);
        assertThat(self.err()).contains("cannot retire their own account");
    }

    @Test
    void onceADatabaseHasStaffRecordCommandsNeedSomeoneWithTheRightRoleAndAreInTheTrail() throws Exception {
        Map<String, String> kim = Map.of("PHYSIO_KIOSK_PIN", "48291573", "PHYSIO_KIOSK_NEW_PIN", "739201");
        // Before staff: as today, audited as the command line.
        CliRun.ok(dir, "export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow", "--out",
                dir.resolve("a.pdf").toString(), "--db", db());
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        CliRun.withEnv(kim, dir, "staff", "add", "--name", "ann", "--full-name", "Ann Ho", "--role", "front-desk",
                "--as", "kim", "--db", db());

        CliRun noAs = CliRun.in(dir, "patients", "--db", db());
        assertThat(noAs.code()).isEqualTo(2);
        assertThat(noAs.err()).contains("this database has staff: add --as NAME");
        assertThat(noAs.out()).isEmpty();

        Map<String, String> ann = Map.of("PHYSIO_KIOSK_PIN", "739201");
        CliRun found = CliRun.withEnv(ann, dir, "patients", "--as", "ann", "--db", db());
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).contains("Ann Lee");
        String patient = found.out().strip().split("\\s+")[0];
        // Front desk never sees visit notes, and does not save plans.
        CliRun notes = CliRun.withEnv(ann, dir, "notes", "--patient", patient, "--as", "ann", "--db", db());
        assertThat(notes.code()).isEqualTo(2);
        assertThat(notes.err()).contains("ann is a front desk; visit notes read needs a clinician or above");
        CliRun export = CliRun.withEnv(ann, dir, "export", "--patient", "Ann Lee", "--exercises", "cat-cow", "--out",
                dir.resolve("b.pdf").toString(), "--as", "ann", "--db", db());
        assertThat(export.code()).isEqualTo(2);
        assertThat(java.nio.file.Files.exists(dir.resolve("b.pdf"))).isFalse();

        String trail = CliRun.withEnv(kim, dir, "audit", "--as", "kim", "--db", db()).out();
        assertThat(trail).contains("command line", "plan saved, handout made", "patients", "ann",
                "refused: needs clinician");
        assertThat(CliRun.in(dir, "audit", "verify", "--db", db()).code()).isZero();

        // Restore: only an administrator, and it is in the restored database's trail.
        Path backup = dir.resolve("copy.db");
        assertThat(CliRun.withEnv(kim, dir, "backup", "--to", backup.toString(), "--as", "kim", "--db", db()).code())
                .isZero();
        CliRun restoreNoAs = CliRun.in(dir, "restore", "--from", backup.toString(), "--db", db());
        assertThat(restoreNoAs.code()).isEqualTo(2);
        assertThat(restoreNoAs.err()).contains("--as NAME");
        CliRun restoreByAnn = CliRun.withEnv(ann, dir, "restore", "--from", backup.toString(), "--as", "ann", "--db",
                db());
        assertThat(restoreByAnn.code()).isEqualTo(2);
        CliRun restored = CliRun.withEnv(kim, dir, "restore", "--from", backup.toString(), "--as", "kim", "--db",
                db());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(CliRun.withEnv(kim, dir, "audit", "--as", "kim", "--db", db()).out()).contains("restore from copy.db");
        assertThat(CliRun.in(dir, "audit", "verify", "--db", db()).code()).isZero();
    }

    @Test
    void aRestoreOverADatabaseThatCannotBeReadNeedsAnAdministratorOfTheBackup() throws Exception {
        Map<String, String> kim = Map.of("PHYSIO_KIOSK_PIN", "48291573");
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        Path backup = dir.resolve("copy.db");
        assertThat(CliRun.withEnv(kim, dir, "backup", "--to", backup.toString(), "--as", "kim", "--db", db()).code())
                .isZero();
        // Its pages after the header overwritten: it cannot be read to tell whether it has staff.
        Path file = Path.of(db());
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 100, bytes.length, (byte) 0x5a);
        java.nio.file.Files.write(file, bytes);

        CliRun noAs = CliRun.in(dir, "restore", "--from", backup.toString(), "--db", db());
        assertThat(noAs.code()).as(noAs.err()).isEqualTo(2);
        assertThat(noAs.err()).contains("cannot be read", "--as NAME");
        assertThat(java.nio.file.Files.readAllBytes(file)).as("nothing restored").isEqualTo(bytes);
        CliRun wrong = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "93715824"), dir, "restore", "--from",
                backup.toString(), "--as", "kim", "--db", db());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("do not match an active account");
        assertThat(java.nio.file.Files.readAllBytes(file)).as("nothing restored").isEqualTo(bytes);
        CliRun restored = CliRun.withEnv(kim, dir, "restore", "--from", backup.toString(), "--as", "kim", "--db",
                db());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(CliRun.withEnv(kim, dir, "staff", "list", "--as", "kim", "--db", db()).out()).contains("Kim Park");
    }

    @Test
    void onADatabaseWithStaffTheHandoutAndTheNoteAreSignedByTheSignedInPersonNeverATypedName() throws Exception {
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573", "PHYSIO_KIOSK_NEW_PIN", "739201"), dir, "staff", "add",
                "--name", "sam", "--full-name", "Sam Lee PT", "--role", "clinician", "--as", "kim", "--db", db());
        Map<String, String> sam = Map.of("PHYSIO_KIOSK_PIN", "739201");
        Path pdf = dir.resolve("plan.pdf");
        CliRun typed = CliRun.withEnv(sam, dir, "export", "--patient", "Ann Lee", "--dob", "1950-01-01",
                "--exercises", "cat-cow", "--therapist", "Somebody Else", "--out", pdf.toString(), "--as", "sam",
                "--db", db());
        assertThat(typed.code()).isEqualTo(2);
        assertThat(typed.err()).contains("--therapist is not used on a database with staff");
        assertThat(pdf).doesNotExist();

        CliRun export = CliRun.withEnv(sam, dir, "export", "--patient", "Ann Lee", "--dob", "1950-01-01",
                "--exercises", "cat-cow", "--out", pdf.toString(), "--as", "sam", "--db", db());
        assertThat(export.code()).as(export.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Sam Lee PT");
        }
        CliRun note = CliRun.withEnv(sam, dir, "note", "add", "--patient", "1", "--text", "Seen.", "--as", "sam",
                "--db", db());
        assertThat(note.code()).as(note.err()).isZero();
        assertThat(CliRun.withEnv(sam, dir, "notes", "--patient", "1", "--as", "sam", "--db", db()).out())
                .contains("Sam Lee PT");
        CliRun review = CliRun.withEnv(sam, dir, "exercise", "review", "cat-cow", "--as", "sam", "--db", db());
        assertThat(review.code()).as(review.err()).isZero();
        assertThat(review.out()).contains("by Sam Lee PT");
    }
    @Test
    void exportingTheClinicsExercisesNeedsAnAdministratorOnceTheDatabaseHasStaff() throws Exception {
        CliRun.ok(dir, "exercise", "copy", "bridge", "--name", "Hip lift", "--db", db());
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573", "PHYSIO_KIOSK_NEW_PIN", "739201"), dir, "staff", "add",
                "--name", "sam", "--full-name", "Sam Lee", "--role", "clinician", "--as", "kim", "--db", db());
        Path file = dir.resolve("ours.json");

        CliRun nobody = CliRun.in(dir, "exercises", "export", "--out", file.toString(), "--db", db());
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("--as NAME");
        CliRun sam = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "739201"), dir, "exercises", "export", "--out",
                file.toString(), "--as", "sam", "--db", db());
        assertThat(sam.code()).isEqualTo(2);
        assertThat(sam.err()).contains("needs an administrator");
        assertThat(file).doesNotExist();

        CliRun kim = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573"), dir, "exercises", "export", "--out",
                file.toString(), "--as", "kim", "--db", db());
        assertThat(kim.code()).as(kim.err()).isZero();
        assertThat(java.nio.file.Files.readString(file)).contains("Hip lift");
        assertThat(CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "48291573"), dir, "audit", "--as", "kim", "--db", db())
                .out()).containsPattern("sam\\s+exercises exported.*refused: needs administrator")
                .containsPattern("kim\\s+exercises exported to ours.json.*done");
    }

    @Test
    void anAdministratorWhosePinIsFromBeforeIsToldOnEveryCommandToChooseALongerOne() throws Exception {
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        // As a database made before administrators needed 8 digits holds Kim's secret.
        try (var db = org.physiokiosk.store.Database.open(Path.of(db()))) {
            var staff = new org.physiokiosk.store.StaffRepository(db, org.physiokiosk.testing.Fixtures.CLOCK);
            staff.newSecret(staff.find("kim").orElseThrow().member().id(),
                    org.physiokiosk.staff.Secrets.hash("482915"));
        }
        CliRun list = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "482915"), dir, "staff", "list", "--as", "kim",
                "--db", db());
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Kim Park");
        assertThat(list.err()).contains("no longer enough for an administrator", "at least 8 digits",
                "staff reset-pin --name kim --as kim").doesNotContain("482915");

        CliRun weak = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "482915", "PHYSIO_KIOSK_NEW_PIN", "604928"), dir,
                "staff", "reset-pin", "--name", "kim", "--as", "kim", "--db", db());
        assertThat(weak.code()).isEqualTo(2);
        assertThat(weak.err()).contains("An administrator's PIN needs at least 8 digits");
        CliRun longer = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "482915", "PHYSIO_KIOSK_NEW_PIN", "60492817"), dir,
                "staff", "reset-pin", "--name", "kim", "--as", "kim", "--db", db());
        assertThat(longer.code()).as(longer.err()).isZero();
        CliRun after = CliRun.withEnv(Map.of("PHYSIO_KIOSK_PIN", "60492817"), dir, "staff", "list", "--as", "kim",
                "--db", db());
        assertThat(after.code()).isZero();
        assertThat(after.err()).isEmpty();
    }

    @Test
    void anAdministratorAddedWithASixDigitPinIsRefusedSayingWhatItNeeds() {
        CliRun six = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "482915"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        assertThat(six.code()).isEqualTo(2);
        assertThat(six.err()).contains("An administrator's PIN needs at least 8 digits (or choose a passphrase of at "
                + "least 12 characters)");
        CliRun phrase = CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "a long walk to the sea"), dir, "staff",
                "add", "--name", "kim", "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        assertThat(phrase.code()).as(phrase.err()).isZero();
    }
}

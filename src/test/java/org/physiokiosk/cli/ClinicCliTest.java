package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.ComputersLocale;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.Pdfs;

/** The clinic's details from the command line: a new database says they are not set; an administrator sets them. */
class ClinicCliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ComputersLocale inTheUnitedKingdom = new ComputersLocale(Locale.UK);

    private String db() {
        return dir.resolve("clinic.db").toString();
    }

    private static Map<String, String> pin(String pin) {
        return Map.of("PHYSIO_KIOSK_PIN", pin);
    }

    @Test
    void aNewDatabaseSaysItsDetailsAreNotSetAndHowToSetThem() {
        CliRun show = CliRun.ok(dir, "clinic", "show", "--db", db());
        assertThat(show.out()).contains("name:             (not set)", "emergency number: (not set)",
                "handouts print no clinic name and tell patients to call their local emergency number (in the "
                        + "United Kingdom: 999)", "physio-kiosk clinic set --name NAME --phone PHONE --emergency NUMBER");
        assertThat(CliRun.in(dir, "--help").out()).containsPattern("\\n  clinic ");
    }

    @Test
    void anAdministratorSetsTheDetailsAndTheNextHandoutPrintsThem() throws Exception {
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"), dir, "staff", "add", "--name", "kim",
                "--full-name", "Kim Park", "--role", "administrator", "--db", db());
        CliRun.withEnv(Map.of("PHYSIO_KIOSK_NEW_PIN", "739201", "PHYSIO_KIOSK_PIN", "48291573"), dir, "staff", "add",
                "--name", "sam", "--full-name", "Sam Lee", "--role", "clinician", "--as", "kim", "--db", db());

        CliRun nothing = CliRun.withEnv(pin("48291573"), dir, "clinic", "set", "--as", "kim", "--db", db());
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("give what to set: --name, --address, --phone, --emergency or --doctor-line");
        CliRun noAs = CliRun.in(dir, "clinic", "set", "--name", "Riverside Physio", "--emergency", "999", "--db", db());
        assertThat(noAs.code()).isEqualTo(2);
        assertThat(noAs.err()).contains("--as NAME");
        CliRun clinician = CliRun.withEnv(pin("739201"), dir, "clinic", "set", "--name", "Riverside Physio",
                "--emergency", "999", "--as", "sam", "--db", db());
        assertThat(clinician.code()).isEqualTo(2);
        assertThat(clinician.err()).contains("needs an administrator");
        CliRun noNumber = CliRun.withEnv(pin("48291573"), dir, "clinic", "set", "--name", "Riverside Physio",
                "--as", "kim", "--db", db());
        assertThat(noNumber.code()).isEqualTo(2);
        assertThat(noNumber.err()).contains("give the emergency number patients should call with --emergency "
                + "(in the United Kingdom: 999)");
        assertThat(CliRun.ok(dir, "clinic", "show", "--db", db()).out()).as("nothing saved by a refusal")
                .contains("name:             (not set)");

        CliRun set = CliRun.withEnv(pin("48291573"), dir, "clinic", "set", "--name", "Riverside Physio", "--address",
                "2 River Road, Leeds", "--phone", "0113 496 0000", "--emergency", "999", "--as", "kim", "--db", db());
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("saved: Riverside Physio  \u00b7  2 River Road, Leeds  \u00b7  0113 496 0000"
                + "  \u00b7  emergency 999  \u00b7  doctor line (not set)");
        CliRun doctor = CliRun.withEnv(pin("48291573"), dir, "clinic", "set", "--doctor-line", "111", "--as", "kim",
                "--db", db());
        assertThat(doctor.code()).as(doctor.err()).isZero();
        // Setting one detail keeps the others, the doctor line among them.
        CliRun phoneOnly = CliRun.withEnv(pin("48291573"), dir, "clinic", "set", "--phone", "0113 496 0001", "--as",
                "kim", "--db", db());
        assertThat(phoneOnly.code()).as(phoneOnly.err()).isZero();
        assertThat(CliRun.ok(dir, "clinic", "show", "--db", db()).out()).contains("name:             Riverside Physio",
                "phone:            0113 496 0001", "emergency number: 999", "doctor line:      111")
                .doesNotContain("not set");

        Path out = dir.resolve("handout.pdf");
        CliRun export = CliRun.withEnv(pin("48291573"), dir, "export", "--patient", "Ann Lee", "--dob", "1950-01-01",
                "--template", "low-back-starter", "--out", out.toString(), "--as", "kim", "--db", db());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Pdfs.flatText(out)).contains("Riverside Physio \u00b7 2 River Road, Leeds \u00b7 Phone: 0113 496 0001",
                "Call 999 now:", "Call your doctor today, or call 111:", "Tell us at your next visit, or call the clinic on "
                + "0113 496 0001:").doesNotContain("local emergency number");
        CliRun trail = CliRun.withEnv(pin("48291573"), dir, "audit", "--as", "kim", "--db", db());
        assertThat(trail.out()).containsPattern("kim +clinic settings changed +- +done")
                .containsPattern("sam +clinic settings changed +- +refused: needs administrator");
    }
}

package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.ComputersLocale;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * A record made before the shipped clinic.yaml stopped making up a clinic still holds "Physio Kiosk Demo Clinic":
 * once brought up to date it counts as not set up, as a new one does, and keeps whatever the clinic typed itself. On
 * real database files made at schema version 16.
 */
class MadeUpClinicMigrationTest {

    /** The details every record was given by the clinic.yaml shipped before schema version 17. */
    static final String[] DEMO = {"Physio Kiosk Demo Clinic", "1 High Street, Springfield", "555-0100", "911"};

    @TempDir
    Path dir;

    @RegisterExtension
    final ComputersLocale inTheUnitedKingdom = new ComputersLocale(Locale.UK);

    /** A record at schema version 16 whose clinic row holds these details. */
    private Path recordAt16(String... details) throws Exception {
        Path file = dir.resolve("old-" + System.nanoTime() + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.sqlite(c, 0, 16);
            insertClinic(c, details);
        }
        return file;
    }

    static void insertClinic(Connection c, String... details) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clinic (id, name, address, phone, "
                + "emergency_number, paper, updated_at) VALUES (1, ?, ?, ?, ?, 'a4', '2026-01-01T00:00:00Z')")) {
            for (int i = 0; i < 4; i++) {
                ps.setString(i + 1, details[i]);
            }
            ps.executeUpdate();
        }
    }

    private static ClinicSettings clinicOf(Path file) {
        try (Database db = Database.open(file)) {
            return new ClinicRepository(db, Fixtures.CLOCK).load().orElseThrow();
        }
    }

    @Test
    void aRecordStillHoldingTheMadeUpClinicIsNotSetUpAndPrintsNoneOfIt() throws Exception {
        Path file = recordAt16(DEMO);
        AppPaths paths = new AppPaths(file, Fixtures.CATALOGUE_DIR, dir.resolve("printables"));
        try (Services s = Services.start(paths, Fixtures.CLOCK)) {
            ClinicSettings clinic = s.desks().clinic().settings();
            assertThat(List.of(clinic.name(), clinic.address(), clinic.phone(), clinic.emergencyNumber()))
                    .containsOnly("");
            assertThat(clinic.hasDetails()).isFalse();
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            List<PlanItem> items = new ArrayList<>();
            s.catalogue().template("low-back-starter").orElseThrow().items()
                    .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
            Path pdf = s.export().exportToFolder(p, new PlanDraft(p.id(), items, "", "Sam Lee", "", "", false),
                    paths.printables()).file();
            assertThat(Pdfs.flatText(pdf)).doesNotContain("Demo Clinic").doesNotContain("High Street")
                    .doesNotContain("555-0100").doesNotContain("Call 911")
                    .contains("Call your local emergency number now (in the United Kingdom: 999):");
        }
    }

    @Test
    void whatTheClinicTypedItselfStays() throws Exception {
        // A clinic that gave its name but never looked at the address and phone: those were made up, the name is its.
        assertThat(clinicOf(recordAt16("Riverside Physio", DEMO[1], DEMO[2], DEMO[3])))
                .isEqualTo(new ClinicSettings("Riverside Physio", "", "", "911", null, null));
        assertThat(clinicOf(recordAt16(DEMO[0], "2 River Road, Leeds", "0113 496 0000", "999")))
                .isEqualTo(new ClinicSettings("", "2 River Road, Leeds", "0113 496 0000", "999", null, null));
        ClinicSettings own = new ClinicSettings("Riverside Physio", "2 River Road, Leeds", "0113 496 0000", "999",
                null, null);
        assertThat(clinicOf(recordAt16(own.name(), own.address(), own.phone(), own.emergencyNumber()))).isEqualTo(own);
        // Only the exact words shipped: a name that merely contains them is the clinic's.
        assertThat(clinicOf(recordAt16("Physio Kiosk Demo Clinic North", DEMO[1], DEMO[2], DEMO[3])).name())
                .isEqualTo("Physio Kiosk Demo Clinic North");
    }
}

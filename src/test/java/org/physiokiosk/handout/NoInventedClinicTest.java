package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.testing.ComputersLocale;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.testing.PdfValidation;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;
import org.physiokiosk.wiring.Services;

/**
 * A new database knows nothing of the clinic, so its handouts name none and invent no number: they tell the patient
 * to call their local emergency number, with the one of the computer's country when it is known. On a real database
 * file, each handout read back from its PDF.
 */
class NoInventedClinicTest {

    @TempDir
    Path dir;

    /** Each test says which country the computer is in; the locale is put back after it. */
    @RegisterExtension
    final ComputersLocale locale = new ComputersLocale(Locale.getDefault());

    private static PlanDraft starter(Services s, Patient p) {
        List<PlanItem> items = new ArrayList<>();
        s.catalogue().template("low-back-starter").orElseThrow().items()
                .forEach(i -> items.add(new PlanItem(i.exercise(), i.dosage(), "")));
        return new PlanDraft(p.id(), items, "", "Sam Lee", "", "", false);
    }

    private static Path export(Services s) throws Exception {
        Patient p = TestClinic.addPatient(s, "Ann Lee");
        return s.export().exportToFolder(p, starter(s, p), s.paths().printables()).file();
    }

    private static void namesNoMadeUpClinic(String text) {
        assertThat(text).doesNotContain("Demo Clinic").doesNotContain("High Street").doesNotContain("Springfield")
                .doesNotContain("555-0100").doesNotContain("Call 911").doesNotContain("Phone:")
                .as("the showcase's made-up clinic").doesNotContain(SampleHandout.CLINIC.name());
    }

    @Test
    void aNewDatabasesHandoutNamesNoClinicAndSuggestsTheNumberOfTheComputersCountry() throws Exception {
        Locale.setDefault(Locale.UK);
        TestClinic clinic = new TestClinic(dir);
        try (Services s = clinic.start()) {
            assertThat(s.desks().clinic().settings().hasDetails()).as("a new database is not set up").isFalse();
            Path pdf = export(s);
            String text = Pdfs.flatText(pdf);
            namesNoMadeUpClinic(text);
            assertThat(text).contains("Call your local emergency number now (in the United Kingdom: 999):");
            // Page 1 starts with the handout's title, and the footer names no clinic.
            assertThat(Pdfs.pageTexts(pdf).get(0).strip()).startsWith("Exercises to ease your low back pain");
            assertThat(text).contains("Plan number 1 \u00b7 Printed 24 November 2026 \u00b7 Page 1 of ");
            PdfValidation.assertPdfA2aAndUa1(pdf);
        }
    }

    @Test
    void aComputerInACountryWithoutAKnownNumberSuggestsNone() throws Exception {
        Locale.setDefault(new Locale("pt", "BR"));
        try (Services s = new TestClinic(dir).start()) {
            String text = Pdfs.flatText(export(s));
            namesNoMadeUpClinic(text);
            assertThat(text).contains("Call your local emergency number now:").doesNotContain("local emergency number now (");
        }
    }

    @Test
    void theClinicsOwnDetailsArePrintedOnceAnAdministratorGivesThem() throws Exception {
        Locale.setDefault(Locale.UK);
        try (Services s = new TestClinic(dir).start()) {
            s.desks().clinic().saveDetails(Actor.COMMAND_LINE, "Riverside Physio", "2 River Road, Leeds",
                    "0113 496 0000", "911", null);
            Path pdf = export(s);
            String text = Pdfs.flatText(pdf);
            assertThat(text).contains("Riverside Physio \u00b7 2 River Road, Leeds \u00b7 Phone: 0113 496 0000",
                    "Call 911 now:", "Riverside Physio \u00b7 Plan number 1").doesNotContain("local emergency number");
            PdfValidation.assertPdfA2aAndUa1(pdf);
        }
    }

    @Test
    void aReprintSuggestsTheNumberItFirstPrintedWhereverItIsReprinted() throws Exception {
        Locale.setDefault(new Locale("en", "NZ"));
        TestClinic clinic = new TestClinic(dir);
        long handout;
        String printed;
        try (Services s = clinic.start()) {
            Patient p = TestClinic.addPatient(s, "Ann Lee");
            ExportResult r = s.export().exportToFolder(p, starter(s, p), s.paths().printables());
            handout = r.handoutId();
            printed = Pdfs.text(r.file());
        }
        assertThat(printed.replaceAll("\\s+", " ")).contains("(in New Zealand: 111):");
        Locale.setDefault(Locale.US);
        try (Services s = clinic.start()) {
            Path again = s.export().reprint(handout, dir.resolve("again.pdf"), false).file();
            assertThat(Pdfs.text(again)).isEqualTo(printed);
        }
    }
}

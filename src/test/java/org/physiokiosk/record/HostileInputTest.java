package org.physiokiosk.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.patient.PatientForm;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Pdfs;
import org.physiokiosk.testing.TestClinic;

/** Awkward names and notes are stored, shown and printed exactly, and never reach a file name. */
class HostileInputTest {

    @TempDir
    Path dir;

    /** The clinic the tests run in: its record in a SQLite file here, on the clinic server in the subclass. */
    TestClinic clinic() throws IOException {
        return new TestClinic(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anne-Marie O'Brien \"Annie\"", "Robert'); DROP TABLE patient;--", "Zoë 😀 Lee",
        "דוד בן-גוריון", "../../etc/passwd", "C:\\Windows\\System32", "%s %n ${jndi:ldap://x}"})
    void storedShownAndPrintedExactly(String name) throws Exception {
        PatientForm.Result form = PatientForm.check(name, "1950-01-01", "", LocalDate.of(2026, 11, 24));
        assertThat(form.valid()).as(form.problems().toString()).isTrue();
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = s.patients().add(form.patient().orElseThrow());
            assertThat(s.patients().find(p.id()).orElseThrow().name()).isEqualTo(name);
            assertThat(s.patients().search(name, 5)).extracting(Patient::name).contains(name);
            String note = name + "\nline two\twith a tab";
            PlanDraft draft = new PlanDraft(p.id(), List.of(PlanItem.of(s.catalogue().exercises().get(0))
                    .withPersonalInstruction(name)), name, "Sam Lee", "", note, false);
            ExportResult r = s.export().exportToFolder(p, draft, clinic.paths.printables());
            assertThat(r.file().getParent()).isEqualTo(clinic.paths.printables().toAbsolutePath().normalize());
            assertThat(r.file().getFileName().toString()).matches("2026-11-24-[A-Za-z]+-plan-\\d+\\.pdf");
            assertThat(Pdfs.text(r.file())).contains(name);
            assertThat(s.notes().forPatient(p.id())).singleElement()
                    .satisfies(n -> assertThat(n.text()).isEqualTo(note));
        }
    }

    @Test
    void invisibleCharactersNeverReachTheRecordOrTheHandout() throws Exception {
        String typed = "\u202EAna\u00A0\u200BSilva\uFEFF";
        PatientForm.Result form = PatientForm.check(typed, "1950-01-01", "", LocalDate.of(2026, 11, 24));
        assertThat(form.valid()).as(form.problems().toString()).isTrue();
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = s.patients().add(form.patient().orElseThrow());
            assertThat(s.patients().find(p.id()).orElseThrow().name()).isEqualTo("Ana Silva");
            assertThat(s.patients().search(typed, 5)).containsExactly(p);
            PlanDraft draft = new PlanDraft(p.id(), List.of(PlanItem.of(s.catalogue().exercises().get(0))), "",
                    "Sam Lee", "", "", false);
            ExportResult r = s.export().exportToFolder(p, draft, clinic.paths.printables());
            assertThat(Pdfs.text(r.file())).contains("Ana Silva").doesNotContain("\u202E").doesNotContain("\u200B");
        }
    }

    @Test
    void aPersianNameKeepsItsNonJoinerAndIsFoundWithoutIt() throws Exception {
        String hosseinzadeh = "\u062D\u0633\u06CC\u0646\u200C\u0632\u0627\u062F\u0647";
        PatientForm.Result form = PatientForm.check(hosseinzadeh, "1950-01-01", "", LocalDate.of(2026, 11, 24));
        TestClinic clinic = clinic();
        try (Services s = clinic.start()) {
            Patient p = s.patients().add(form.patient().orElseThrow());
            assertThat(s.patients().find(p.id()).orElseThrow().name()).isEqualTo(hosseinzadeh);
            assertThat(s.patients().search(hosseinzadeh.replace("\u200C", ""), 5)).containsExactly(p);
            assertThat(s.patients().sameNameAndBirth(hosseinzadeh.replace("\u200C", "\u200D"),
                    LocalDate.of(1950, 1, 1))).containsExactly(p);
        }
    }
}

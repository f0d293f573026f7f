package org.physiokiosk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.AddResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * Each use case checks the acting person's role in the service itself (not only by hiding buttons), writes one
 * row with who, what, which patient and the outcome, and never puts clinical text or a secret in the trail. On a
 * real SQLite file through the real wiring.
 */
class DesksTest {

    @TempDir
    Path dir;

    private Services services;
    Services.Desks desks;
    private Actor admin;
    private Actor clinician;
    private Actor frontDesk;

    @BeforeEach
    void start() throws Exception {
        services = Services.start(paths(), Fixtures.CLOCK);
        desks = services.desks();
        var kim = desks.staff().add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, "48291573");
        admin = Actor.of(kim);
        clinician = Actor.of(desks.staff().add(Optional.of(kim), "sam", "Sam Lee PT", Role.CLINICIAN, "739201"));
        frontDesk = Actor.of(desks.staff().add(Optional.of(kim), "ann", "Ann Ho", Role.FRONT_DESK, "610384"));
    }

    /** Where the record is: a SQLite file here, the clinic server in the subclass. */
    AppPaths paths() {
        return new AppPaths(dir.resolve("clinic.db"), Fixtures.CATALOGUE_DIR, dir.resolve("out"));
    }

    /** An administrator's backup from the kiosk: a checked file here; the server is backed up where it runs. */
    void anAdministratorBacksUp(Actor admin) {
        assertThat(desks.clinic().backupNow(admin)).exists();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Patient patient() {
        var added = desks.patients().addUnlessOnRecord(frontDesk,
                new NewPatient("Maria Lopez", LocalDate.of(1961, 3, 4), null));
        return ((AddResult.Added) added).patient();
    }

    private List<AuditEntry> rows() {
        return services.audit().all();
    }

    @Test
    void theFrontDeskFindsAndAddsPatientsAndReprintsButNeverReadsNotes() throws Exception {
        Patient p = patient();
        assertThat(desks.patients().search(frontDesk, "lopez", 10)).extracting(Patient::id).containsExactly(p.id());
        desks.notes().add(clinician, p.id(), "Knee pain 6/10 on stairs; private to the clinic.", null);

        assertThatThrownBy(() -> desks.notes().history(frontDesk, p.id()))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("ann is a front desk")
                .hasMessageContaining("needs a clinician");
        assertThatThrownBy(() -> desks.notes().add(frontDesk, p.id(), "x", null)).isInstanceOf(NotAllowed.class);

        AuditEntry last = rows().get(rows().size() - 1);
        assertThat(last.staff()).isEqualTo("ann");
        assertThat(last.action()).isEqualTo(NoteDesk.ADDED);
        assertThat(last.patientId()).isEqualTo(p.id());
        assertThat(last.outcome()).isEqualTo("refused: needs clinician");
        assertThat(rows()).noneMatch(e -> e.action().contains("Knee pain") || e.outcome().contains("Knee pain"));

        // The front desk cannot make a handout, but reprints one a clinician made, and the reprint is a row.
        PlanDraft draft = draft(p);
        assertThatThrownBy(() -> desks.handouts().exportToFolder(frontDesk, p, draft, dir.resolve("out")))
                .isInstanceOf(NotAllowed.class);
        Files.createDirectories(dir.resolve("out"));
        ExportResult made = desks.handouts().exportToFolder(clinician, p, draft, dir.resolve("out"));
        ExportResult again = desks.handouts().reprint(frontDesk, made.handoutId(), dir.resolve("again.pdf"), false);
        assertThat(again.file()).exists();
        assertThat(rows()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(HandoutDesk.REPRINTED);
            assertThat(e.staff()).isEqualTo("ann");
            assertThat(e.patientId()).isEqualTo(p.id());
            assertThat(e.outcome()).isEqualTo("done");
        });
    }

    @Test
    void theHandoutAndTheNoteAreSignedByTheSignedInPersonNeverATypedName() throws Exception {
        Patient p = patient();
        Files.createDirectories(dir.resolve("out"));
        desks.handouts().exportToFolder(clinician, p, draft(p), dir.resolve("out"));
        var plan = desks.patients().open(frontDesk, p.id()).latestPlan().orElseThrow();
        assertThat(plan.draft().therapist()).isEqualTo("Sam Lee PT");

        var note = desks.notes().add(clinician, p.id(), "Seen today.", "Somebody Else");
        assertThat(note.author()).isEqualTo("Sam Lee PT");
        var amendment = desks.notes().amend(admin, note.id(), "Seen today at 10.", "Typed");
        assertThat(amendment.author()).isEqualTo("Kim Park");

        // The command line on a database without staff still names the author itself.
        assertThat(NoteDesk.author(Actor.COMMAND_LINE, "Dr Typed")).isEqualTo("Dr Typed");
    }

    @Test
    void openingAPatientSaysTheirLatestPlanAndWhenTheyWereLastSeen() throws Exception {
        Patient p = patient();
        var first = desks.patients().open(frontDesk, p.id());
        assertThat(first.latestPlan()).isEmpty();
        assertThat(first.lastVisit()).as("never seen").isEmpty();

        desks.notes().add(clinician, p.id(), "Seen today.", null);
        assertThat(desks.patients().open(frontDesk, p.id()).lastVisit()).contains(Fixtures.CLOCK.instant());
        Files.createDirectories(dir.resolve("out"));
        desks.handouts().exportToFolder(clinician, p, draft(p), dir.resolve("out"));
        var opened = desks.patients().open(frontDesk, p.id());
        assertThat(opened.latestPlan()).isPresent();
        assertThat(opened.lastVisit()).contains(Fixtures.CLOCK.instant());
    }

    @Test
    void onlyAnAdministratorErasesExportsBacksUpChangesSettingsOrReadsTheTrail() {
        Patient p = patient();
        for (Actor notAdmin : List.of(frontDesk, clinician)) {
            assertThatThrownBy(() -> desks.records().erase(notAdmin, p.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> desks.records().export(notAdmin, p.id(), dir.resolve("rec"), false))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> desks.clinic().backupNow(notAdmin)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> desks.clinic().save(notAdmin, desks.clinic().settings()))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> desks.clinic().saveLockMinutes(notAdmin, 10)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> desks.audit().entries(notAdmin, AuditFilter.ALL)).isInstanceOf(NotAllowed.class);
        }
        assertThat(desks.patients().find(frontDesk, p.id())).isEqualTo(p);

        desks.clinic().saveLockMinutes(admin, 12);
        assertThat(desks.clinic().lockMinutes()).isEqualTo(12);
        assertThatThrownBy(() -> desks.clinic().saveLockMinutes(admin, 31)).hasMessageContaining("1 to 30 minutes");
        anAdministratorBacksUp(admin);
        assertThat(desks.records().erase(admin, p.id()).notes()).isZero();
        assertThat(desks.audit().entries(admin, new AuditFilter(null, p.id(), null, null, null)))
                .extracting(AuditEntry::action)
                .contains(PatientDesk.ADDED, RecordDesk.ERASED);
        assertThat(desks.audit().check().firstProblem()).isEmpty();
    }

    @Test
    void aPatientExportSaysWhoOpenedTheRecord() throws Exception {
        Patient p = patient();
        desks.patients().open(frontDesk, p.id());
        desks.notes().history(clinician, p.id());
        var exported = desks.records().export(admin, p.id(), dir.resolve("rec"), false);
        String json = Files.readString(exported.json());
        assertThat(json).contains("\"access\"").contains("\"staff\" : \"ann\"")
                .contains("\"action\" : \"" + PatientDesk.VIEWED + "\"")
                .contains("\"staff\" : \"sam\"").contains(NoteDesk.READ);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(exported.pdf().toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Who opened or changed this record").contains("ann").contains(PatientDesk.VIEWED);
        }
    }

    @Test
    void anActionAndItsRowAreSavedTogetherOrNotAtAll() {
        Patient p = patient();
        int before = rows().size();
        // A note too long to save is refused by the store: no note, and no "done" row claiming one.
        assertThatThrownBy(() -> desks.notes().add(clinician, p.id(), "x".repeat(org.physiokiosk.notes.VisitNote.MAX_TEXT + 1), null));
        assertThat(rows()).hasSize(before);
        assertThat(desks.notes().history(clinician, p.id())).isEmpty();
    }

    @Test
    void aPlanSavedMeanwhileStopsTheSaveAndComesBackWithWhatDiffers() throws Exception {
        Patient p = patient();
        Path out = Files.createDirectories(dir.resolve("out"));
        // Two clinicians open the patient with no plan; Kim saves first.
        ExportResult kims = desks.handouts().exportToFolder(admin, p, draft(p).editingLatest(null), out);
        Exercise second = services.catalogue().exercises().get(1);
        PlanDraft sams = new PlanDraft(p.id(), List.of(new PlanItem(second, second.dosage(), "")), "", "", "",
                "Seen today; private.", false).editingLatest(null);

        assertThatThrownBy(() -> desks.handouts().exportToFolder(clinician, p, sams, out))
                .isInstanceOfSatisfying(org.physiokiosk.plan.PlanChangedException.class, e -> {
                    assertThat(e.theirs().id()).isEqualTo(kims.planNumber());
                    assertThat(e.theirs().draft().therapist()).isEqualTo("Kim Park");
                    assertThat(e.difference().onlyTheirs())
                            .containsExactly(services.catalogue().exercises().get(0).name());
                    assertThat(e.difference().onlyMine()).containsExactly(second.name());
                });
        try (var files = Files.list(out)) {
            assertThat(files).as("only Kim's handout; nothing of Sam's left behind").containsExactly(kims.file());
        }
        AuditEntry refused = rows().get(rows().size() - 1);
        assertThat(refused.staff()).isEqualTo("sam");
        assertThat(refused.action()).isEqualTo(HandoutDesk.SAVED);
        assertThat(refused.outcome()).isEqualTo("not saved: another plan was saved meanwhile");
        assertThat(desks.notes().history(clinician, p.id())).as("Sam's note was not saved").isEmpty();

        // Sam decides to save theirs over Kim's: the next version of the same plan.
        ExportResult samsSaved = desks.handouts().exportToFolder(clinician, p, sams.editingLatest(kims.planNumber()),
                out);
        assertThat(desks.patients().plan(clinician, samsSaved.planNumber()).orElseThrow().version()).isEqualTo(2);
    }

    private PlanDraft draft(Patient p) {
        Exercise e = services.catalogue().exercises().get(0);
        return new PlanDraft(p.id(), List.of(new PlanItem(e, e.dosage(), "")), "", "typed name", "", "", false);
    }

    @Test
    void anAdministratorManagesStaffInTheKioskWithTheCommandLinesRulesAndRows() {
        StaffDesk team = desks.team();
        assertThat(team.staff(admin)).extracting(m -> m.signInName()).containsExactly("ann", "kim", "sam");
        // Only an administrator: a refusal is itself a row.
        assertThatThrownBy(() -> team.staff(clinician)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> team.add(clinician, "lee", "Lee Wu", Role.CLINICIAN, "520741"))
                .isInstanceOf(NotAllowed.class);
        assertThat(rows()).anySatisfy(r -> {
            assertThat(r.staff()).isEqualTo("sam");
            assertThat(r.action()).isEqualTo("staff added");
            assertThat(r.outcome()).isEqualTo("refused: needs administrator");
        });

        var lee = team.add(admin, "lee", "Lee Wu", Role.FRONT_DESK, "520741");
        assertThat(lee.role()).isEqualTo(Role.FRONT_DESK);
        // A weak PIN is refused, saying why; nothing is added.
        assertThatThrownBy(() -> team.add(admin, "max", "Max Roe", Role.CLINICIAN, "1234"))
                .hasMessageContaining("PIN");
        assertThat(team.staff(admin)).extracting(m -> m.signInName()).doesNotContain("max");

        team.changeRole(admin, "lee", Role.CLINICIAN);
        assertThat(team.staff(admin)).filteredOn(m -> m.signInName().equals("lee")).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.CLINICIAN));
        // The record keeps an administrator who can put things right: not one's own role, nor one's own account.
        assertThatThrownBy(() -> team.changeRole(admin, "kim", Role.CLINICIAN)).hasMessageContaining("own role");
        assertThatThrownBy(() -> team.retire(admin, "kim")).hasMessageContaining("own account");

        // Locked after ten failures; unlocked by the administrator; a forgotten PIN reset (and unlocked).
        for (int i = 0; i < 10; i++) {
            services.staff().attempt("lee", "000000");
        }
        assertThat(team.staff(admin)).filteredOn(m -> m.signInName().equals("lee")).singleElement()
                .satisfies(m -> assertThat(m.locked()).isTrue());
        team.unlock(admin, "lee");
        assertThat(services.staff().signIn("lee", "520741")).isPresent();
        team.resetSecret(admin, "lee", "864209");
        assertThat(services.staff().signIn("lee", "520741")).isEmpty();
        assertThat(services.staff().signIn("lee", "864209")).isPresent();

        team.retire(admin, "lee");
        assertThat(team.staff(admin)).filteredOn(m -> m.signInName().equals("lee")).singleElement()
                .satisfies(m -> assertThat(m.active()).isFalse());
        assertThat(services.staff().signIn("lee", "864209")).isEmpty();

        // Each change is a row by the administrator; no PIN is written anywhere in the trail.
        assertThat(rows()).filteredOn(r -> r.staff().equals("kim")).extracting(AuditEntry::action)
                .contains("staff added: lee (front-desk)", "staff role changed: lee (front-desk to clinician)",
                        "staff unlocked: lee", "staff secret reset: lee", "staff retired: lee");
        assertThat(rows()).allSatisfy(r -> assertThat(r.action() + r.outcome()).doesNotContain("520741", "864209"));
    }
}

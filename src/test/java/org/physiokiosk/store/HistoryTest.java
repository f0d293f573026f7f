package org.physiokiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.notes.VisitNote;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

class HistoryTest {

    @TempDir
    Path dir;

    private final Catalogue catalogue = Fixtures.catalogue();

    /** The record the tests run on: a SQLite file here, the clinic server in the subclass. */
    Database open() {
        return Fixtures.database(dir);
    }

    @Test
    void aCorrectionIsAnAmendmentAndTheOriginalStaysReadable() {
        try (Database db = open()) {
            Patient p = new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            NoteRepository notes = new NoteRepository(db, Fixtures.CLOCK);
            VisitNote original = notes.add(p.id(), null, "Pain 7/10 on the left.", "Sam Lee");
            VisitNote fix = notes.amend(original.id(), "Correction: the right side, not the left.", "Sam Lee");
            VisitNote second = notes.amend(fix.id(), "Seen again: 5/10.", "Kim Park");

            assertThat(fix.amendsNote()).isEqualTo(original.id());
            assertThat(second.amendsNote()).as("an amendment of an amendment links to the original").isEqualTo(original.id());
            List<NoteHistory> history = notes.history(p.id());
            assertThat(history).singleElement().satisfies(h -> {
                assertThat(h.original().text()).isEqualTo("Pain 7/10 on the left.");
                assertThat(h.amendments()).extracting(VisitNote::author).containsExactly("Sam Lee", "Kim Park");
            });
        }
    }

    @Test
    void theDatabaseRefusesToChangeASavedNoteOrPlan() {
        try (Database db = open()) {
            Patient p = new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            new NoteRepository(db, Fixtures.CLOCK).add(p.id(), null, "original", "Sam");
            new PlanRepository(db, Fixtures.CLOCK).record(new PlanDraft(p.id(),
                    List.of(PlanItem.of(catalogue.exercises().get(0))), "", "Sam", "", "", false));
            for (String sql : List.of("UPDATE visit_note SET text = 'changed'", "UPDATE plan SET therapist = 'x'",
                    "UPDATE plan_item SET repetitions = 99")) {
                assertThatThrownBy(() -> db.transaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        return ps.executeUpdate();
                    }
                })).as(sql).hasMessageContaining("never changed");
            }
            assertThat(new NoteRepository(db, Fixtures.CLOCK).forPatient(p.id())).extracting(VisitNote::text)
                    .containsExactly("original");
        }
    }

    @Test
    void changingAPlanMakesANewVersionAndOldVersionsStayReadable() {
        try (Database db = open()) {
            Patient p = new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            PlanRepository plans = new PlanRepository(db, Fixtures.CLOCK);
            PlanDraft first = new PlanDraft(p.id(), List.of(PlanItem.of(catalogue.exercise("cat-cow").orElseThrow())),
                    "", "Sam", "", "", false);
            long v1 = plans.record(first);
            long v2 = plans.record(new PlanDraft(p.id(), List.of(PlanItem.of(catalogue.exercise("bird-dog").orElseThrow())),
                    "", "Sam", "", "", false).basedOn(v1));
            long v3 = plans.record(new PlanDraft(p.id(), List.of(), "", "Sam", "", "", false).basedOn(v2));

            assertThat(plans.find(v1, catalogue)).get().satisfies(s -> {
                assertThat(s.version()).isEqualTo(1);
                assertThat(s.draft().items()).extracting(i -> i.exercise().id()).containsExactly("cat-cow");
            });
            assertThat(plans.find(v2, catalogue).orElseThrow().version()).isEqualTo(2);
            assertThat(plans.find(v3, catalogue).orElseThrow()).satisfies(s -> {
                assertThat(s.version()).isEqualTo(3);
                assertThat(s.series()).isEqualTo(v1);
            });
            Patient other = new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Bo", LocalDate.of(1960, 1, 1), ""));
            assertThatThrownBy(() -> plans.record(new PlanDraft(other.id(), List.of(), "", "", "", "", false).basedOn(v1)))
                    .hasMessageContaining("not this patient's plan");
        }
    }

    @Test
    void notesOverTheLimitAreRefusedWithTheLimitAndAMegabyteNoteIsKeptExactly() {
        try (Database db = open()) {
            Patient p = new PatientRepository(db, Fixtures.CLOCK).add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            NoteRepository notes = new NoteRepository(db, Fixtures.CLOCK);
            String megabyte = ("Line with 'quotes', \"doubles\", DROP TABLE patient; -- emoji \uD83D\uDE00 עברית \t\n")
                    .repeat(1_000_000 / 70);
            VisitNote big = notes.add(p.id(), null, megabyte, "Sam");
            assertThat(notes.find(big.id()).orElseThrow().text()).isEqualTo(megabyte);
            assertThatThrownBy(() -> notes.add(p.id(), null, "x".repeat(VisitNote.MAX_TEXT + 1), "Sam"))
                    .hasMessageContaining("longer than 2000000 characters");
            assertThatThrownBy(() -> notes.add(p.id(), null, "  ", "Sam")).hasMessageContaining("empty");
        }
    }
}

package org.physiokiosk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.store.ChangeRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.testing.Fixtures;

/**
 * What one PC learns of another's work: a second connection to the same record adds patients, plans and notes, and
 * erases one; the watch names the patients whose record grew and says when the patient list changed. On a SQLite file
 * here, on the clinic server in {@link RecordWatchOnServerTest}.
 */
class RecordWatchTest {

    @TempDir
    Path dir;

    /** The record, opened once for each PC. */
    Database open() {
        return Fixtures.database(dir);
    }

    @Test
    void anotherPcsNewPatientsPlansNotesAndErasuresAreSeenOnceEach() {
        try (Database here = open(); Database there = open()) {
            RecordWatch watch = new RecordWatch(new ChangeRepository(here));
            PatientRepository patients = new PatientRepository(there, Fixtures.CLOCK);
            Patient ann = patients.add(new NewPatient("Ann Lee", LocalDate.of(1950, 1, 1), ""));
            assertThat(watch.poll().any()).as("the first look only takes its bearings").isFalse();

            Patient ben = patients.add(new NewPatient("Ben Ode", LocalDate.of(1960, 1, 1), ""));
            RecordWatch.Changes added = watch.poll();
            assertThat(added.patientsAddedOrErased()).isTrue();
            assertThat(added.patientsTouched()).isEmpty();
            assertThat(watch.poll()).isEqualTo(RecordWatch.Changes.NONE);

            new PlanRepository(there, Fixtures.CLOCK).record(new PlanDraft(ann.id(),
                    List.of(PlanItem.of(Fixtures.catalogue().exercises().get(0))), "", "Kim Park", "", "", false));
            new NoteRepository(there, Fixtures.CLOCK).add(ben.id(), null, "Seen today.", "Kim Park");
            RecordWatch.Changes grew = watch.poll();
            assertThat(grew.patientsAddedOrErased()).isFalse();
            assertThat(grew.patientsTouched()).containsExactlyInAnyOrder(ann.id(), ben.id());

            patients.erase(ann.id());
            assertThat(watch.poll().patientsAddedOrErased()).as("an erasure changes the list").isTrue();
            assertThat(watch.poll().any()).isFalse();
        }
    }
}

package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.testing.Fixtures;

class HandoutModelTest {

    private final HandoutModel model = new HandoutModel();
    private final Patient patient = new Patient(7, "Ann Lee", LocalDate.of(1950, 1, 1), "");
    private final List<PlanItem> items = List.of(PlanItem.of(Fixtures.catalogue().exercises().get(0)));

    @Test
    void exportNeedsAPatientExercisesAndTheTherapistsName() {
        assertThat(model.problems(Optional.empty(), List.of())).hasSize(3);
        model.setTherapist("Sam Lee");
        assertThat(model.problems(Optional.of(patient), List.of())).singleElement().asString()
                .contains("Add at least one exercise");
        assertThat(model.problems(Optional.of(patient), items)).isEmpty();
    }

    @Test
    void aFailureIsAProblemAndTheNextSuccessIsNot() {
        model.showProblems(List.of("Choose a printer first."));
        assertThat(model.problem()).as("a missing printer").isTrue();
        model.exportStarted();
        assertThat(model.problem()).as("while busy").isFalse();
        model.failed("The printer is out of paper.");
        assertThat(model.status()).isEqualTo("The printer is out of paper.");
        assertThat(model.problem()).as("a print that failed").isTrue();
        assertThat(model.exporting()).isFalse();
        model.exportFinished(3, Path.of("printables", "handout.pdf"));
        assertThat(model.problem()).as("saved").isFalse();
        model.failed("The PDF could not be opened.");
        model.done("Printed plan 3.");
        assertThat(model.problem()).isFalse();
    }

    @Test
    void draftCarriesTheNoteAndInstructionsSeparately() {
        model.setTherapist("Sam Lee");
        model.setPrivateNote("  private  ");
        model.setPatientInstructions("printed");
        var draft = model.draft(patient, items);
        assertThat(draft.privateNote()).isEqualTo("private");
        assertThat(draft.patientInstructions()).isEqualTo("printed");
        assertThat(draft.patientId()).isEqualTo(7);
    }

    @Test
    void exportStateDrivesTheButtons() {
        assertThat(model.canOpen()).isFalse();
        model.exportStarted();
        assertThat(model.exporting()).isTrue();
        model.exportFinished(3, Path.of("printables", "x.pdf"));
        assertThat(model.exporting()).isFalse();
        assertThat(model.canOpen()).isTrue();
        assertThat(model.status()).contains("plan 3").contains("x.pdf");
    }
}

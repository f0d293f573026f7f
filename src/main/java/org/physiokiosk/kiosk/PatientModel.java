package org.physiokiosk.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.patient.PatientForm;

/** State behind the patient screen: search results, the add-patient form's problems, the chosen patient. */
public final class PatientModel {

    private final Clock clock;
    private final Listeners resultsChanged = new Listeners();
    private final Listeners chosenChanged = new Listeners();
    private final Listeners problemsChanged = new Listeners();
    private List<Patient> results = List.of();
    private Patient chosen;
    private Map<PatientForm.Field, String> problems = Map.of();

    public PatientModel(Clock clock) {
        this.clock = clock;
    }

    public List<Patient> results() {
        return results;
    }

    public void setResults(List<Patient> results) {
        this.results = List.copyOf(results);
        resultsChanged.fire();
    }

    public Optional<Patient> chosen() {
        return Optional.ofNullable(chosen);
    }

    public void choose(Patient patient) {
        this.chosen = patient;
        chosenChanged.fire();
    }

    /** Checks the form; on success clears the problems and returns the patient to save. */
    public Optional<NewPatient> check(String name, String dateOfBirth, String chartNumber) {
        PatientForm.Result result = PatientForm.check(name, dateOfBirth, chartNumber, LocalDate.now(clock));
        problems = result.problems();
        problemsChanged.fire();
        return result.patient();
    }

    public String problem(PatientForm.Field field) {
        return problems.getOrDefault(field, "");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void onResultsChanged(Runnable r) {
        resultsChanged.add(r);
    }

    public void onChosenChanged(Runnable r) {
        chosenChanged.add(r);
    }

    public void onProblemsChanged(Runnable r) {
        problemsChanged.add(r);
    }
}

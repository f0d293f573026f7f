package org.physiokiosk.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.patient.PatientForm;
import org.physiokiosk.patient.TypedDate;
import org.physiokiosk.patient.PatientName;

/**
 * State behind the patient screen: search results, the add-patient form's problems, the chosen patient,
 * and the question asked when the form's patient is already on record (one person, one record).
 *
 * <p>Adding goes: {@link #check}, then {@code PatientDesk.addUnlessOnRecord} off the event thread,
 * then {@link #addFinished}. A patient with the same name (as compared by {@link PatientName#key}) and date of
 * birth is not added: the model holds a {@link LookAlike} question, and only {@link #answer} with
 * {@link Answer#ADD_ANOTHER} hands back a patient to add anyway (with {@code PatientDesk.add}).
 */
public final class PatientModel {

    /** Staff's answer to the look-alike question. */
    public enum Answer {
        /** Use the record already on file: the safe choice, and the default. */
        USE_EXISTING,
        /** This is another person with the same name and date of birth: add them. */
        ADD_ANOTHER,
        /** Go back to the form (also what closing the question or Escape means). */
        CANCEL
    }

    /** The form's patient has the same name and date of birth as {@code existing}, the oldest such record. */
    public record LookAlike(NewPatient candidate, Patient existing) {
    }

    private final Clock clock;
    private final Listeners resultsChanged = new Listeners();
    private final Listeners chosenChanged = new Listeners();
    private final Listeners problemsChanged = new Listeners();
    private final Listeners questionAsked = new Listeners();
    private final Listeners formDone = new Listeners();
    private List<Patient> results = List.of();
    private Patient chosen;
    private Map<PatientForm.Field, String> problems = Map.of();
    private LookAlike question;

    private final TypedDate.DayOrder dayOrder;

    /** Dates typed with numbers only are read in the order the computer's locale writes them. */
    public PatientModel(Clock clock) {
        this(clock, TypedDate.DayOrder.of(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)));
    }

    public PatientModel(Clock clock, TypedDate.DayOrder dayOrder) {
        this.clock = clock;
        this.dayOrder = dayOrder;
    }

    /** The date-of-birth field's label, with an example in the order this computer writes dates. */
    public String dateOfBirthLabel() {
        return org.physiokiosk.Messages.get("patient.dob", TypedDate.example(dayOrder));
    }

    /**
     * The date of birth as typed, said back in words with the age ("14 March 1956, age 70"), so a day and month
     * read the wrong way round are seen before saving; empty while it is not a date.
     */
    public String dateOfBirthSaid(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        try {
            LocalDate born = TypedDate.parse(typed, dayOrder);
            LocalDate today = LocalDate.now(clock);
            if (born.isAfter(today)) {
                return "";
            }
            return org.physiokiosk.Messages.get("patient.dobSaid", PatientHeaderText.day(born),
                    PatientHeaderText.age(born, today));
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
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
        PatientForm.Result result = PatientForm.check(name, dateOfBirth, chartNumber, LocalDate.now(clock), dayOrder);
        problems = result.problems();
        problemsChanged.fire();
        return result.patient();
    }

    /**
     * What the store did with the form's patient (event thread). Added: that patient is chosen and the form
     * is done. Already on record: nothing was saved, and the look-alike question is asked.
     */
    public void addFinished(org.physiokiosk.patient.AddResult result) {
        if (result instanceof org.physiokiosk.patient.AddResult.AlreadyOnRecord found) {
            question = new LookAlike(found.candidate(), found.existing());
            questionAsked.fire();
        } else {
            question = null;
            formFinished(((org.physiokiosk.patient.AddResult.Added) result).patient());
        }
    }

    /** The look-alike question waiting for an answer, if any. */
    public Optional<LookAlike> question() {
        return Optional.ofNullable(question);
    }

    /** The look-alike question in words, naming the record on file; "" when nothing is asked. */
    public String questionText() {
        if (question == null) {
            return "";
        }
        Patient p = question.existing();
        // A name saved before names were normalised may hold a direction override: show it tidied, so it
        // cannot turn the rest of the question around.
        return Messages.get("patient.lookAlike", PatientName.normalise(p.name()), p.dateOfBirth().toString(), p.id());
    }

    /**
     * Staff answered the look-alike question. {@code USE_EXISTING} chooses the record on file and the form is
     * done; {@code CANCEL} leaves the form as typed; {@code ADD_ANOTHER} returns the patient to add, which
     * is the only way a look-alike gets added. Empty when nothing was asked.
     */
    public Optional<NewPatient> answer(Answer answer) {
        LookAlike asked = question;
        question = null;
        if (asked == null) {
            return Optional.empty();
        }
        return switch (answer) {
            case USE_EXISTING -> {
                formFinished(asked.existing());
                yield Optional.empty();
            }
            case ADD_ANOTHER -> Optional.of(asked.candidate());
            case CANCEL -> Optional.empty();
        };
    }

    private void formFinished(Patient patient) {
        choose(patient);
        formDone.fire();
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

    /** Called when a look-alike question is waiting for an answer. */
    public void onQuestionAsked(Runnable r) {
        questionAsked.add(r);
    }

    /** Called when the add-patient form's work is done (added, or the record on file used): it can be emptied. */
    public void onFormDone(Runnable r) {
        formDone.add(r);
    }
}

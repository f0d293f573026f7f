package org.physiokiosk.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.patient.AddResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.StoredPlan;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.store.StoreException;

/** Finding and adding patients, and opening a patient's record (front desk and above). */
public final class PatientDesk {

    public static final String FIND = "find patients";
    public static final String ADDED = "patient added";
    public static final String VIEWED = "patient viewed";
    public static final String LISTED = "patients listed";

    private final Gate gate;
    private final PatientRepository patients;
    private final PlanRepository plans;
    private final Supplier<Catalogue> library;

    public PatientDesk(Gate gate, PatientRepository patients, PlanRepository plans, Supplier<Catalogue> library) {
        this.gate = gate;
        this.patients = patients;
        this.plans = plans;
        this.library = library;
    }

    /** Patients matching a few letters of the name or a date of birth. Finding is not viewing: no row. */
    public List<Patient> search(Actor who, String query, int limit) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return patients.search(query, limit);
    }

    /** A list for the command line (all patients, or those matching): listing names is a row of its own. */
    public List<Patient> list(Actor who, String query) {
        gate.require(who, Role.FRONT_DESK, LISTED, null);
        List<Patient> found = patients.search(query, 500);
        gate.record(who, LISTED, null, "done: " + found.size() + " shown");
        return found;
    }

    /** Patients whose name compares equal to {@code name}. */
    public List<Patient> sameName(Actor who, String name) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return patients.sameName(name);
    }

    /** A recorded plan by its number. */
    public Optional<StoredPlan> plan(Actor who, long planId) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return plans.find(planId, library.get());
    }

    /** Whether the patient of that number is still on record (not erased, on this PC or another). No row. */
    public boolean stillOnRecord(Actor who, long patientId) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return patients.find(patientId).isPresent();
    }

    /** The number of the patient's latest plan, if any (to tell that another PC saved one). No row. */
    public Optional<Long> latestPlan(Actor who, long patientId) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return plans.latestFor(patientId);
    }

    /** The patient of that number, or a refusal that says how to find one. */
    public Patient find(Actor who, long patientId) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return patients.find(patientId).orElseThrow(() -> new StoreException.Refused(
                "There is no patient number " + patientId + " (see: patients --find NAME)."));
    }

    /** Adds the patient unless one of the same name and date of birth is on record (then nothing is added). */
    public AddResult addUnlessOnRecord(Actor who, NewPatient candidate) {
        gate.require(who, Role.FRONT_DESK, ADDED, null);
        return gate.inTransaction(() -> {
            AddResult result = patients.addUnlessOnRecord(candidate);
            if (result instanceof AddResult.Added added) {
                gate.record(who, ADDED, added.patient().id(), "done");
            }
            return result;
        });
    }

    /** Adds the patient even though a look-alike is on record: staff confirmed it is someone else. */
    public Patient add(Actor who, NewPatient confirmed) {
        return gate.actFor(who, Role.FRONT_DESK, ADDED, Patient::id, () -> patients.add(confirmed));
    }

    /** What the kiosk shows of a patient once chosen: their latest plan and when they were last seen, if ever. */
    public record Opened(Optional<StoredPlan> latestPlan, Optional<Instant> lastVisit) {
    }

    /**
     * The same as {@link #open} for a record already opened in this window, read again to keep the header true after a
     * handout or a note. No row: the opening was recorded.
     */
    public Opened seenAgain(Actor who, long patientId) {
        gate.require(who, Role.FRONT_DESK, FIND, null);
        return new Opened(plans.latestFor(patientId).flatMap(id -> plans.find(id, library.get())),
                patients.lastVisit(patientId));
    }

    /** Opens a patient's record: the row says who looked; the answer is their latest plan and last visit. */
    public Opened open(Actor who, long patientId) {
        return gate.act(who, Role.FRONT_DESK, VIEWED, patientId, () -> new Opened(
                plans.latestFor(patientId).flatMap(id -> plans.find(id, library.get())),
                patients.lastVisit(patientId)));
    }
}

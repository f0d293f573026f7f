package org.physiokiosk.service;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.handout.ExportException;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.handout.ExportService;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.LoggedHandout;
import org.physiokiosk.plan.PlanChangedException;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.store.StoreException;

/**
 * Plans and their handouts. A clinician saves a plan and makes its handout, signed by the signed-in person; the
 * front desk sees the handouts and reprints them. The PDF is rendered outside the database's write lock and the
 * row written after it.
 */
public final class HandoutDesk {

    public static final String SAVED = "plan saved, handout made";
    public static final String PRINTED = "handout printed";
    public static final String REPRINTED = "handout reprinted";
    public static final String LISTED = "handouts listed";
    public static final String PREVIEW = "handout previewed";

    private final Gate gate;
    private final ExportService export;
    private final HandoutRepository handouts;
    private final PlanRepository plans;
    private final Supplier<Catalogue> library;

    public HandoutDesk(Gate gate, ExportService export, HandoutRepository handouts, PlanRepository plans,
                       Supplier<Catalogue> library) {
        this.plans = plans;
        this.library = library;
        this.gate = gate;
        this.export = export;
        this.handouts = handouts;
    }

    /** Whether {@code who} may save plans and make handouts (the kiosk hides what a role may not do). */
    public static boolean mayMake(Actor who) {
        return who.role().covers(Role.CLINICIAN);
    }

    /** Refuses (and records it) before anything else is done, unless {@code who} may save plans. */
    public void checkMayMake(Actor who) {
        gate.require(who, Role.CLINICIAN, SAVED, null);
    }

    public List<LoggedHandout> list(Actor who, long patientId) {
        return gate.act(who, Role.FRONT_DESK, LISTED, patientId, () -> handouts.forPatient(patientId));
    }

    /** The handout as it would print; nothing is recorded, so no row. */
    public byte[] preview(Actor who, Patient patient, PlanDraft draft) throws ExportException {
        gate.require(who, Role.CLINICIAN, PREVIEW, patient.id());
        return export.preview(patient, signed(who, draft));
    }

    /**
     * Records the plan and writes its handout into {@code folder}. A draft edited as the patient's latest plan, when
     * another plan was saved meanwhile, is not recorded: the {@link PlanChangedException} carries that plan and what
     * differs, for the person to decide.
     */
    public ExportResult exportToFolder(Actor who, Patient patient, PlanDraft draft, Path folder)
            throws ExportException {
        PlanDraft signed = signed(who, draft);
        try {
            return gate.actThenRecord(who, Role.CLINICIAN, SAVED, patient.id(),
                    () -> export.exportToFolder(patient, signed, folder));
        } catch (PlanChangedException changed) {
            throw plans.find(changed.latest(), library.get()).map(theirs -> changed.explained(theirs, signed))
                    .orElse(changed);
        }
    }

    public ExportResult exportToFile(Actor who, Patient patient, PlanDraft draft, Path file, PaperSize paper,
                                     boolean replace) throws ExportException {
        PlanDraft signed = signed(who, draft);
        return gate.actThenRecord(who, Role.CLINICIAN, SAVED, patient.id(),
                () -> export.exportToFile(patient, signed, file, paper, replace));
    }

    /** Records that a handout went to a printer. */
    public void printed(Actor who, long patientId, ExportResult result, String printer) {
        gate.act(who, Role.FRONT_DESK, PRINTED, patientId, () -> {
            export.markPrinted(result, printer);
            return null;
        });
    }

    /** Writes an earlier handout again exactly as it was. */
    public ExportResult reprint(Actor who, long handoutId, Path file, boolean replace) throws ExportException {
        gate.require(who, Role.FRONT_DESK, REPRINTED, null);
        long patientId = handouts.patientOf(handoutId).orElseThrow(() -> new StoreException.Refused(
                "There is no handout number " + handoutId + " (see: handouts --patient ID)."));
        return gate.actThenRecord(who, Role.FRONT_DESK, REPRINTED, patientId,
                () -> export.reprint(handoutId, file, replace));
    }

    /** The plan signed by the signed-in person; the command line without staff keeps the name it was given. */
    static PlanDraft signed(Actor who, PlanDraft draft) {
        return who.isStaff() ? draft.withTherapist(who.fullName()) : draft;
    }
}

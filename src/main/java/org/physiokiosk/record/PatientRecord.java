package org.physiokiosk.record;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import org.physiokiosk.notes.NoteHistory;
import org.physiokiosk.patient.Patient;

/** Everything held about one patient, as exported for the patient or another clinic. */
public record PatientRecord(Patient patient, Instant exportedAt, List<Plan> plans, List<NoteHistory> notes,
                            List<Handout> handouts, List<Access> access) {

    public PatientRecord {
        plans = List.copyOf(plans);
        notes = List.copyOf(notes);
        handouts = List.copyOf(handouts);
        access = List.copyOf(access);
    }

    /** Who looked at or changed this record, from the audit trail: when, who, what, and the outcome. */
    public record Access(Instant at, String staff, String action, String outcome) {
    }

    /** One plan version with its exercises as recorded. */
    public record Plan(long number, long series, int version, Instant createdAt, String therapist,
                       String nextAppointment, String patientInstructions, boolean largePrint, List<Item> exercises) {
    }

    /** One exercise of a plan: what it is and how much. */
    public record Item(String exerciseId, String name, String dosage, String personalInstruction) {
    }

    /**
     * One handout produced, with {@code printed}: the snapshot of exactly what it printed (JSON, embedded as it is in
     * the exported file), or null for handouts made before snapshots were kept.
     */
    public record Handout(long number, long plan, Instant producedAt, String file, String sha256, String printedOn,
                          @JsonRawValue String printed) {
    }
}

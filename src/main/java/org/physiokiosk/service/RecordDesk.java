package org.physiokiosk.service;

import java.nio.file.Path;
import org.physiokiosk.record.PatientRecordService;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;

/**
 * A patient's whole record: exported (JSON and PDF, with who opened it) or erased. Both are an administrator's:
 * they hand over or remove everything, notes included.
 */
public final class RecordDesk {

    public static final String EXPORTED = "record exported";
    public static final String ERASED = "patient erased";

    private final Gate gate;
    private final PatientRecordService records;

    public RecordDesk(Gate gate, PatientRecordService records) {
        this.gate = gate;
        this.records = records;
    }

    /** Whether {@code who} may export or erase a whole record (the kiosk hides the buttons otherwise). */
    public static boolean mayHandle(Actor who) {
        return who.role().covers(Role.ADMINISTRATOR);
    }

    public PatientRecordService.Exported export(Actor who, long patientId, Path folder, boolean replace) {
        return gate.actThenRecord(who, Role.ADMINISTRATOR, EXPORTED, patientId,
                () -> records.export(patientId, folder, replace));
    }

    /** Erases the patient; the row keeps only the patient's number (the erasure log keeps the counts). */
    public PatientRecordService.Erased erase(Actor who, long patientId) {
        return gate.actThenRecord(who, Role.ADMINISTRATOR, ERASED, patientId, () -> records.erase(patientId));
    }
}

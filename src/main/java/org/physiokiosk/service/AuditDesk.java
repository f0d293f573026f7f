package org.physiokiosk.service;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.AuditRepository;

/** The audit trail, for administrators: read with filters, and its chain verified. Reading it is itself a row. */
public final class AuditDesk {

    public static final String READ = "audit trail read";

    private final Gate gate;
    private final AuditRepository audit;
    private final ZoneId zone;

    public AuditDesk(Gate gate, AuditRepository audit, ZoneId zone) {
        this.gate = gate;
        this.audit = audit;
        this.zone = zone;
    }

    public static boolean mayRead(Actor who) {
        return who.role().covers(Role.ADMINISTRATOR);
    }

    /** The rows that match, oldest first. */
    public List<AuditEntry> entries(Actor who, AuditFilter filter) {
        gate.require(who, Role.ADMINISTRATOR, READ, filter.patientId());
        List<AuditEntry> rows = audit.all().stream().filter(e -> filter.matches(e, zone)).toList();
        gate.record(who, READ, filter.patientId(), "done");
        return rows;
    }



    /** A walk of the whole chain: how many rows it checked, and the first that does not match (empty: intact). */
    public record Check(int rows, Optional<String> firstBreak) {
    }

    /** Walks the chain once and says how many rows it checked; anyone may (it names row numbers only). */
    public Check check() {
        List<AuditEntry> rows = audit.all();
        return new Check(rows.size(), AuditRepository.firstBreak(rows));
    }
}

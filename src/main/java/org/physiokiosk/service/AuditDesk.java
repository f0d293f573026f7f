package org.physiokiosk.service;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;
import org.physiokiosk.audit.AuditProof;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.AuditRepository;

/** The audit trail, for administrators: read with filters, and its chain verified. Reading it is itself a row. */
public final class AuditDesk {

    public static final String READ = "audit trail read";

    private final Gate gate;
    private final AuditRepository audit;
    private final ZoneId zone;
    private final java.util.function.Supplier<List<Path>> backups;

    /** {@code backups}: this record's backups, found when a check asks (none for a clinic server, backed up where it runs). */
    public AuditDesk(Gate gate, AuditRepository audit, ZoneId zone, java.util.function.Supplier<List<Path>> backups) {
        this.gate = gate;
        this.audit = audit;
        this.zone = zone;
        this.backups = backups;
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



    /**
     * Checks the trail (anyone may: it names row numbers and backup files only): its chain, the database's guards on
     * it, and every backup of this record that can be found, plus {@code others} (backups kept elsewhere), each a
     * witness from outside the record. Says what that proves and what it cannot.
     */
    public AuditProof check(List<Path> others) {
        List<Path> all = new java.util.ArrayList<>(backups.get());
        others.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return audit.verify(all);
    }

    public AuditProof check() {
        return check(List.of());
    }
}

package org.physiokiosk.service;

import java.util.function.Function;
import org.physiokiosk.plan.PlanChangedException;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Database;

/**
 * The one place that asks "who, and may they?". Every use case passes through it: the role is checked (a refusal
 * is itself a row in the trail), the work runs in one transaction, and its audit row is written inside that same
 * transaction, so an action and its record are saved together or not at all. Rows hold who, what, which patient and
 * the outcome: never clinical text, never a secret.
 */
public final class Gate {

    /** Work that may throw a checked exception (an export that could not be written). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final Database db;
    private final AuditRepository audit;

    public Gate(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Refuses, and records the refusal, unless {@code who}'s role covers {@code needed}. */
    public void require(Actor who, Role needed, String action, Long patientId) {
        if (!who.role().covers(needed)) {
            audit.append(who.signInName(), action, patientId, "refused: needs " + needed.id());
            throw new NotAllowed(who, needed, action);
        }
    }

    /** Checks the role, then runs {@code work} and writes its row in one transaction. */
    public <T> T act(Actor who, Role needed, String action, Long patientId, java.util.function.Supplier<T> work) {
        require(who, needed, action, patientId);
        return inTransaction(() -> {
            T result = work.get();
            audit.append(who.signInName(), action, patientId, "done");
            return result;
        });
    }

    /** As {@link #act(Actor, Role, String, Long, java.util.function.Supplier)}, the patient known from the result. */
    public <T> T actFor(Actor who, Role needed, String action, Function<T, Long> patientOf,
                     java.util.function.Supplier<T> work) {
        require(who, needed, action, null);
        return db.transaction(c -> {
            T result = work.get();
            audit.append(who.signInName(), action, patientOf.apply(result), "done");
            return result;
        });
    }

    /**
     * Checks the role, then runs work that must not hold the database's write lock (rendering a PDF, which records
     * itself in its own short transaction), then writes the row. A failure is recorded as "failed" and rethrown.
     */
    public <T, E extends Exception> T actThenRecord(Actor who, Role needed, String action, Long patientId,
                                                   Work<T, E> work) throws E {
        require(who, needed, action, patientId);
        T result;
        try {
            result = work.run();
        } catch (Exception | Error e) {
            try {
                audit.append(who.signInName(), action, patientId, e instanceof PlanChangedException
                        ? "not saved: another plan was saved meanwhile" : "failed");
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        audit.append(who.signInName(), action, patientId, "done");
        return result;
    }

    /** Runs {@code work} in one transaction (a service that decides itself whether a row is due). */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return db.transaction(c -> work.get());
    }

    /**
     * Writes a row: inside the caller's transaction when one is open, else on its own. Also for what is not a use
     * case of the record: a lock, an unlock, a switch of user.
     */
    public void record(Actor who, String action, Long patientId, String outcome) {
        audit.append(who.signInName(), action, patientId, outcome);
    }
}

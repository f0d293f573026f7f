package org.physiokiosk.service;

import java.util.Set;
import org.physiokiosk.store.ChangeRepository;

/**
 * What other PCs added to the clinic record since this one last asked: new or erased patients, and the patients who
 * got a plan, a note or a handout. It reads numbers only (no name, no clinical text), so asking is not viewing a
 * patient and writes no audit row; what a screen then reads again goes through the desks as usual.
 */
public final class RecordWatch {

    /** What changed: patients added or erased (a patient list to refresh), and whose record grew. */
    public record Changes(boolean patientsAddedOrErased, Set<Long> patientsTouched) {

        public Changes {
            patientsTouched = Set.copyOf(patientsTouched);
        }

        public static final Changes NONE = new Changes(false, Set.of());

        public boolean any() {
            return patientsAddedOrErased || !patientsTouched.isEmpty();
        }
    }

    /** How often a kiosk asks: a change on one PC shows on the others within this and one short read. */
    public static final long EVERY_MS = 1_000;

    /** How long without an answer before a kiosk says the server cannot be reached. */
    public static final long LOST_AFTER_MS = 3_000;

    private final ChangeRepository changes;
    private ChangeRepository.Marks last;

    public RecordWatch(ChangeRepository changes) {
        this.changes = changes;
    }

    /**
     * What changed since the last call (nothing, the first time). Throws the store's exception when the record cannot
     * be reached; the next call after it is back reports everything that changed meanwhile.
     */
    public synchronized Changes poll() {
        ChangeRepository.Marks now = changes.marks();
        ChangeRepository.Marks before = last;
        if (before == null || before.equals(now)) {
            last = now;
            return Changes.NONE;
        }
        Set<Long> touched = changes.patientsTouched(before);
        last = now;
        return new Changes(now.patients() != before.patients() || now.erasures() != before.erasures(), touched);
    }
}

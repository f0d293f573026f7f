package org.physiokiosk.access;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.Secrets;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.store.StaffRepository;
import org.physiokiosk.store.StoreException;

/**
 * Staff accounts and signing in. The first account must be an administrator and needs nobody signed in; after
 * that only an administrator adds staff. A failed sign-in never says whether the name or the secret was wrong;
 * from the 5th failure in a row each try waits twice as long as the one before, and after the 10th the account is
 * locked until an administrator unlocks it.
 */
public final class StaffAccounts {

    /** Failures in a row from which each further try waits, doubling: 1 s, 2 s, 4 s ... */
    public static final int DELAY_FROM = 5;
    /** Failures in a row that lock the account. */
    public static final int LOCK_AT = 10;
    /** What a failed sign-in says, whatever failed. */
    public static final String REFUSED = "That name and secret do not match an active account. Try again, or ask "
            + "an administrator.";

    /** Waits before answering a failed sign-in (a test waits for nothing). */
    @FunctionalInterface
    public interface Waiting {
        void waitMillis(long millis);
    }

    private final StaffRepository store;
    private final Waiting waiting;
    private final org.physiokiosk.store.AuditRepository audit;

    public StaffAccounts(StaffRepository store, Waiting waiting, org.physiokiosk.store.AuditRepository audit) {
        this.store = store;
        this.waiting = waiting;
        this.audit = audit;
    }

    /** Whether the database has any staff: without them, it works as before (actions by "command line"). */
    public boolean hasStaff() {
        return store.count() > 0;
    }

    public List<StaffMember> all() {
        return store.all();
    }

    /**
     * Adds a member of staff. {@code acting} is the administrator adding them, or empty for the very first
     * account, which must itself be an administrator.
     */
    public StaffMember add(Optional<StaffMember> acting, String signInName, String fullName, Role role, String secret) {
        if (!hasStaff()) {
            if (role != Role.ADMINISTRATOR) {
                throw new StoreException.Refused("The first account must be an administrator (--role administrator).");
            }
        } else if (acting.isEmpty() || !acting.get().role().covers(Role.ADMINISTRATOR)) {
            throw new StoreException.Refused("Only an administrator can add staff.");
        }
        String name = signInName == null ? "" : signInName.strip();
        if (!name.matches("[\\p{L}\\p{N}._-]{2,32}")) {
            throw new StoreException.Refused("A sign-in name is 2 to 32 letters or digits (dots, dashes and "
                    + "underscores allowed), with no spaces, such as sam or k.park.");
        }
        String full = fullName == null ? "" : fullName.strip();
        if (full.isEmpty() || full.length() > 120) {
            throw new StoreException.Refused("Give the full name printed on handouts (120 characters at most).");
        }
        Optional<String> weak = Secrets.problemFor(role, secret);
        if (weak.isPresent()) {
            throw new StoreException.Refused(weak.get());
        }
        StaffMember added = store.add(name, full, role, Secrets.hash(secret));
        audit.append(acting.map(StaffMember::signInName).orElse(added.signInName()), "staff added: "
                + added.signInName() + " (" + role.id() + ")", null, "done");
        return added;
    }

    /** Retires an account: it can no longer sign in, and stays so the record can name who did what. */
    public void retire(StaffMember acting, String signInName) {
        StaffMember m = other(acting, signInName, "retire");
        if (m.id() == acting.id()) {
            throw new StoreException.Refused("An administrator cannot retire their own account; ask another one.");
        }
        store.retire(m.id());
        audit.append(acting.signInName(), "staff retired: " + m.signInName(), null, "done");
    }

    /** Unlocks an account locked after failed sign-ins. */
    public void unlock(StaffMember acting, String signInName) {
        StaffMember m = other(acting, signInName, "unlock");
        store.unlock(m.id());
        audit.append(acting.signInName(), "staff unlocked: " + m.signInName(), null, "done");
    }

    /** Gives an account a new secret (a forgotten PIN); the account is unlocked. */
    public void resetSecret(StaffMember acting, String signInName, String newSecret) {
        StaffMember m = other(acting, signInName, "reset the secret of");
        Optional<String> weak = Secrets.problemFor(m.role(), newSecret);
        if (weak.isPresent()) {
            throw new StoreException.Refused(weak.get());
        }
        store.newSecret(m.id(), Secrets.hash(newSecret));
        audit.append(acting.signInName(), "staff secret reset: " + m.signInName(), null, "done");
    }

    private StaffMember other(StaffMember acting, String signInName, String what) {
        if (!acting.role().covers(Role.ADMINISTRATOR)) {
            throw new StoreException.Refused("Only an administrator can " + what + " an account.");
        }
        return store.find(signInName == null ? "" : signInName).map(StaffRepository.Account::member)
                .filter(StaffMember::active)
                .orElseThrow(() -> new StoreException.Refused("There is no active account '" + signInName
                        + "' (see: staff list)."));
    }

    /**
     * Signs a member of staff in, or says {@link #REFUSED}. Each failure in a row from the 5th waits twice as long
     * as the one before; the 10th locks the account. A hash with weaker parameters than today's is made again.
     */
    public Optional<StaffMember> signIn(String signInName, String secret) {
        Optional<StaffRepository.Account> account = signInName == null ? Optional.empty() : store.find(signInName);
        String tried = signInName == null ? "" : signInName.strip();
        tried = tried.length() > 32 ? tried.substring(0, 32) : tried;
        if (account.isEmpty()) {
            // The same slow work as a real check, so the answer's timing does not tell that the name is unknown.
            Secrets.matches(secret == null ? "" : secret, DUMMY);
            audit.append(tried, "sign-in", null, "refused");
            return Optional.empty();
        }
        StaffRepository.Account a = account.get();
        boolean right = secret != null && Secrets.matches(secret, a.secretHash());
        if (!right || !a.member().active() || a.member().locked()) {
            if (a.member().active() && !a.member().locked()) {
                int failures = store.failed(a.member().id(), LOCK_AT);
                audit.append(a.member().signInName(), "sign-in", null, failures >= LOCK_AT ? "refused; account locked"
                        : "refused");
                if (failures >= DELAY_FROM && failures < LOCK_AT) {
                    waiting.waitMillis(delayMillis(failures));
                }
            } else {
                audit.append(a.member().signInName(), "sign-in", null, "refused");
            }
            return Optional.empty();
        }
        store.succeeded(a.member().id(), Secrets.needsRehash(a.secretHash()) ? Secrets.hash(secret) : null);
        audit.append(a.member().signInName(), "sign-in", null, "done");
        return Optional.of(a.member());
    }

    /** A row for the kiosk's own events: a lock, an unlock, a switch of user, a sign-out. */
    public void record(org.physiokiosk.staff.Actor who, String action, String outcome) {
        audit.append(who.signInName(), action, null, outcome);
    }

    /** The wait after the given failures in a row: none before the 5th, then 1 s, doubling each time. */
    public static long delayMillis(int failuresInARow) {
        return failuresInARow < DELAY_FROM ? 0 : 1000L << (failuresInARow - DELAY_FROM);
    }

    /**
     * A hash with today's parameters, checked against when there is no secret to check (a name with no account, a
     * locked one), so that such a try costs what a real check does. Written out rather than made at start-up, which
     * would cost every command a hash; a test keeps its parameters today's.
     */
    static final String DUMMY = "argon2id$m=131072,t=2,p=1$Oyh3UlnYr2IZ7rmcdMLEmQ$"
            + "1FqyyZbiz+TMKTONtP7K+uo6YEyTjoh+dZ32gYISytI";
}

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
 * locked until an administrator unlocks it. Each try takes its place among the failures before its secret is
 * checked, so tries sent at once get no more checks between them; a name with no account costs the same hash, the
 * same statements and the same waits, and the trail names it only as {@link #UNKNOWN_NAME}.
 */
public final class StaffAccounts {

    /** Failures in a row from which each further try waits, doubling: 1 s, 2 s, 4 s ... */
    public static final int DELAY_FROM = 5;
    /** Failures in a row that lock the account. */
    public static final int LOCK_AT = 10;
    /** What a failed sign-in says, whatever failed. */
    public static final String REFUSED = "That name and secret do not match an active account. Try again, or ask "
            + "an administrator.";

    /** Who the trail names for a sign-in with a name that has no account: never what was typed. */
    public static final String UNKNOWN_NAME = "unknown name";

    /** Waits before answering a failed sign-in (a test waits for nothing). */
    @FunctionalInterface
    public interface Waiting {
        void waitMillis(long millis);
    }

    /** The slow hash of a secret: {@link Secrets}' (a test counts what it derives). */
    public interface Hashing {
        /** Whether {@code secret} matches {@code stored}; derives one hash with {@code stored}'s parameters. */
        boolean matches(String secret, String stored);

        /** A new hash with today's parameters. */
        String hash(String secret);

        Hashing ARGON2ID = new Hashing() {
            @Override
            public boolean matches(String secret, String stored) {
                return Secrets.matches(secret, stored);
            }

            @Override
            public String hash(String secret) {
                return Secrets.hash(secret);
            }
        };
    }

    /** A sign-in's answer: the member of staff, or empty; and, when the secret no longer suffices, what to do. */
    public record Attempt(Optional<StaffMember> member, Optional<String> advice) {
    }

    private final StaffRepository store;
    private final Waiting waiting;
    private final org.physiokiosk.store.AuditRepository audit;
    private final Hashing hashing;
    private final NameTries nameTries = new NameTries();

    public StaffAccounts(StaffRepository store, Waiting waiting, org.physiokiosk.store.AuditRepository audit) {
        this(store, waiting, audit, Hashing.ARGON2ID);
    }

    public StaffAccounts(StaffRepository store, Waiting waiting, org.physiokiosk.store.AuditRepository audit,
                         Hashing hashing) {
        this.store = store;
        this.waiting = waiting;
        this.audit = audit;
        this.hashing = hashing;
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
        StaffMember added = store.add(name, full, role, hashing.hash(secret));
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

    /**
     * Gives another member of staff another role. An administrator cannot change their own role, so the record
     * always keeps the administrator who could put a mistake right.
     */
    public void changeRole(StaffMember acting, String signInName, Role role) {
        StaffMember m = other(acting, signInName, "change the role of");
        if (m.id() == acting.id()) {
            throw new StoreException.Refused("An administrator cannot change their own role; ask another one.");
        }
        if (m.role() == role) {
            return;
        }
        store.changeRole(m.id(), role);
        audit.append(acting.signInName(), "staff role changed: " + m.signInName() + " (" + m.role().id() + " to "
                + role.id() + ")", null, "done");
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
        store.newSecret(m.id(), hashing.hash(newSecret));
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
        return attempt(signInName, secret).member();
    }

    /**
     * As {@link #signIn}, and says so when the secret is no longer enough for the member's role (an administrator
     * with a 6-digit PIN from before administrators needed more): the sign-in works, so nobody is locked out of the
     * clinic, and they are told at every sign-in to choose another.
     *
     * <p>Every try, whatever the name, costs the same: one transaction that counts it (on no row when the name has no
     * account that can sign in), one hash with today's parameters (against {@link #DUMMY} when there is nothing to
     * check it against), one transaction with its row in the trail, and the same wait. Only a try that took one of
     * the account's 10 places is checked against its secret; once they are taken, the right secret is refused too.
     */
    public Attempt attempt(String signInName, String secret) {
        String typed = signInName == null ? "" : signInName.strip();
        String given = secret == null ? "" : secret;
        StaffRepository.Try t = store.reserveTry(typed, LOCK_AT);
        Optional<StaffRepository.Account> account = t.account();
        boolean checked = t.number() > 0;
        boolean canSignIn = account.map(a -> a.member().active()).orElse(false);
        int number = checked ? t.number() : canSignIn ? 0 : nameTries.next(typed, LOCK_AT);

        boolean right = false;
        String rehashed = null;
        if (checked) {
            String stored = account.get().secretHash();
            right = hashing.matches(given, stored);
            if (Secrets.needsRehash(stored)) {
                // A hash with weaker parameters: today's is made too, right or wrong, so the try costs what it will.
                if (right) {
                    rehashed = hashing.hash(given);
                } else {
                    hashing.matches(given, DUMMY);
                }
            }
        } else {
            hashing.matches(given, DUMMY);
        }

        String who = account.map(a -> a.member().signInName()).orElse(UNKNOWN_NAME);
        if (right) {
            String kept = rehashed;
            StaffMember member = account.get().member();
            boolean in = store.together(() -> {
                boolean ok = store.succeeded(member.id(), kept);
                audit.append(who, "sign-in", null, ok ? "done" : "refused; account locked");
                return ok;
            });
            if (in) {
                return new Attempt(Optional.of(member), Secrets.problemFor(member.role(), given)
                        .map(problem -> advice(member, problem)));
            }
            return new Attempt(Optional.empty(), Optional.empty());
        }
        store.together(() -> {
            String said;
            if (checked) {
                said = number == LOCK_AT && store.lockIfStillFailing(account.get().member().id(), LOCK_AT)
                        ? "refused; account locked" : "refused";
            } else {
                said = canSignIn ? "refused; locked, not checked" : "refused";
            }
            return audit.append(who, "sign-in", null, said);
        });
        if (number >= DELAY_FROM && number < LOCK_AT) {
            waiting.waitMillis(delayMillis(number));
        }
        return new Attempt(Optional.empty(), Optional.empty());
    }

    /** What someone whose secret is no longer enough for their role is told once signed in. */
    private static String advice(StaffMember member, String problem) {
        if (member.role() != Role.ADMINISTRATOR) {
            return "Your secret is no longer enough for your role. " + problem + " Ask an administrator to set a "
                    + "new one.";
        }
        return "Your secret is no longer enough for an administrator. " + problem + " Set a new one: staff "
                + "reset-pin --name " + member.signInName() + " --as " + member.signInName() + ".";
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
    static final String DUMMY = "argon2id$m=98304,t=2,p=1$F4k6HKEkO7E8lc7+T/CVCg$"
            + "JWSTUBu929/oG+1Z3N28f3mJfwnytNgBHDcIEqq7g90";
}

package org.physiokiosk.service;

import java.util.List;
import org.physiokiosk.access.StaffAccounts;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.store.StoreException;

/**
 * The clinic's staff accounts, an administrator's: list them, add one, change a role, reset a forgotten PIN, unlock
 * an account locked after failed sign-ins, retire one. The same rules and audit rows as the command line's
 * {@code staff} commands: a refusal is a row in the trail, and so is every change.
 */
public final class StaffDesk {

    public static final String LISTED = "staff listed";

    private final Gate gate;
    private final StaffAccounts accounts;

    public StaffDesk(Gate gate, StaffAccounts accounts) {
        this.gate = gate;
        this.accounts = accounts;
    }

    /** Whether {@code who} may see and change the staff accounts. */
    public static boolean mayManage(Actor who) {
        return who.role().covers(Role.ADMINISTRATOR);
    }

    /** Every account, the retired ones too (they still name who did what), by sign-in name. */
    public List<StaffMember> staff(Actor who) {
        gate.require(who, Role.ADMINISTRATOR, LISTED, null);
        return accounts.all();
    }

    public StaffMember add(Actor who, String signInName, String fullName, Role role, String secret) {
        gate.require(who, Role.ADMINISTRATOR, "staff added", null);
        return accounts.add(java.util.Optional.of(acting(who)), signInName, fullName, role, secret);
    }

    public void changeRole(Actor who, String signInName, Role role) {
        gate.require(who, Role.ADMINISTRATOR, "staff role changed", null);
        accounts.changeRole(acting(who), signInName, role);
    }

    /** A forgotten PIN: the account gets the new one and is unlocked. */
    public void resetSecret(Actor who, String signInName, String newSecret) {
        gate.require(who, Role.ADMINISTRATOR, "staff secret reset", null);
        accounts.resetSecret(acting(who), signInName, newSecret);
    }

    public void unlock(Actor who, String signInName) {
        gate.require(who, Role.ADMINISTRATOR, "staff unlocked", null);
        accounts.unlock(acting(who), signInName);
    }

    public void retire(Actor who, String signInName) {
        gate.require(who, Role.ADMINISTRATOR, "staff retired", null);
        accounts.retire(acting(who), signInName);
    }

    /** The signed-in administrator's own account, as it is on record now (retired since: refused). */
    private StaffMember acting(Actor who) {
        return accounts.all().stream().filter(m -> m.active() && m.signInName().equals(who.signInName()))
                .findFirst().orElseThrow(() -> new StoreException.Refused("Your account is no longer active; sign "
                        + "in again."));
    }
}

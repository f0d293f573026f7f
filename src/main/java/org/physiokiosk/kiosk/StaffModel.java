package org.physiokiosk.kiosk;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.staff.StaffMember;

/**
 * State behind the Staff screen: the accounts as last read, the one chosen, what the buttons may do with it, and the
 * last thing said (done, or a problem). Tested without a window.
 */
public final class StaffModel {

    private final Listeners changed = new Listeners();
    private List<StaffMember> staff = List.of();
    private String me = "";
    private int chosen = -1;
    private String status = "";
    private boolean problem;

    /** The accounts as read just now, and the signed-in administrator's own sign-in name. */
    public void loaded(List<StaffMember> staff, String signedIn) {
        String was = chosen().map(StaffMember::signInName).orElse(null);
        this.staff = List.copyOf(staff);
        this.me = signedIn;
        chosen = -1;
        for (int i = 0; i < this.staff.size(); i++) {
            if (this.staff.get(i).signInName().equals(was)) {
                chosen = i;
            }
        }
        changed.fire();
    }

    public List<StaffMember> staff() {
        return staff;
    }

    public void choose(int index) {
        chosen = index >= 0 && index < staff.size() ? index : -1;
        changed.fire();
    }

    public Optional<StaffMember> chosen() {
        return chosen < 0 ? Optional.empty() : Optional.of(staff.get(chosen));
    }

    public int chosenIndex() {
        return chosen;
    }

    /** Someone else's active account: another administrator's own role and account are theirs to keep. */
    private boolean another() {
        return chosen().map(m -> m.active() && !m.signInName().equals(me)).orElse(false);
    }

    public boolean canChangeRole() {
        return another();
    }

    public boolean canRetire() {
        return another();
    }

    /** A forgotten PIN: anyone active, one's own included. */
    public boolean canResetSecret() {
        return chosen().map(StaffMember::active).orElse(false);
    }

    public boolean canUnlock() {
        return chosen().map(m -> m.active() && m.locked()).orElse(false);
    }

    /** One account as a row: "Sam Lee (sam) · clinician", with "locked" or "retired" when it is. */
    public static String row(StaffMember m) {
        String state = !m.active() ? Messages.get("staff.retired") : m.locked() ? Messages.get("staff.locked") : "";
        return Messages.get("staff.row", m.fullName(), m.signInName(), Messages.get("role." + m.role().id()))
                + (state.isEmpty() ? "" : Messages.get("header.separator") + state);
    }

    public void done(String message) {
        status = message;
        problem = false;
        changed.fire();
    }

    public void failed(String message) {
        status = message;
        problem = true;
        changed.fire();
    }

    public String status() {
        return status;
    }

    public boolean problem() {
        return problem;
    }

    public void onChanged(Runnable r) {
        changed.add(r);
    }
}

package org.physiokiosk.cli;

import org.physiokiosk.wiring.Services;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffMember;

/**
 * Who a record command acts as. A database without staff works as before and its actions are audited as "command
 * line"; once it has staff, the command needs {@code --as NAME} (the secret from PHYSIO_KIOSK_PIN or the terminal)
 * and a role that covers what it does.
 */
final class Authority {

    /** The name the trail gives actions on a database without staff. */
    static final String COMMAND_LINE = "command line";

    private Authority() {
    }

    /** The acting person's sign-in name, or "command line"; a refusal says what is missing (exit 2 or 1). */
    static String require(Cli.Context context, Services services, String as, Role needed, String action) {
        if (!services.staff().hasStaff()) {
            return COMMAND_LINE;
        }
        if (as == null) {
            throw new UsageError("this database has staff: add --as NAME (" + article(needed) + " " + words(needed)
                    + " or above), with the secret in PHYSIO_KIOSK_PIN or typed when asked");
        }
        StaffMember who = StaffCommands.acting(context, services, as).orElseThrow();
        if (!who.role().covers(needed)) {
            services.audit().append(who.signInName(), action, null, "refused: needs " + words(needed));
            throw new UsageError(who.signInName() + " is " + article(who.role()) + " " + words(who.role()) + "; "
                    + action + " needs " + article(needed) + " " + words(needed) + " or above");
        }
        return who.signInName();
    }

    private static String words(Role role) {
        return role.id().replace('-', ' ');
    }

    private static String article(Role role) {
        return role == Role.ADMINISTRATOR ? "an" : "a";
    }
}

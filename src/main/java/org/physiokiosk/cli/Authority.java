package org.physiokiosk.cli;

import org.physiokiosk.staff.Actor;
import org.physiokiosk.wiring.Services;

/**
 * Who a command acts as. A database without staff works as before and its actions are audited as "command line";
 * once it has staff, the command needs {@code --as NAME} (the secret from PHYSIO_KIOSK_PIN or the terminal). What
 * that person may do is checked by the services, not here.
 */
final class Authority {

    private Authority() {
    }

    /**
     * The acting person, or the command line; a missing --as is a usage error, a wrong secret a refusal (exit 1).
     * {@code err} hears when the secret is no longer enough for the person's role.
     */
    static Actor actor(Cli.Context context, Services services, String as, java.io.PrintWriter err) {
        if (!services.staff().hasStaff()) {
            return Actor.COMMAND_LINE;
        }
        if (as == null) {
            throw new UsageError("this database has staff: add --as NAME, with the secret in PHYSIO_KIOSK_PIN or "
                    + "typed when asked");
        }
        return Actor.of(StaffCommands.acting(context, services, as, err).orElseThrow());
    }

    /** A name typed for the record (--therapist, --author, --by) is refused once the signed-in person signs. */
    static void noTypedName(Actor who, String typed, String option) {
        if (who.isStaff() && typed != null) {
            throw new UsageError(option + " is not used on a database with staff: " + who.signInName()
                    + " (--as) signs it");
        }
    }
}

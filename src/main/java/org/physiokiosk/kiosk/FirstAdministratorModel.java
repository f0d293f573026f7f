package org.physiokiosk.kiosk;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.physiokiosk.Messages;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.Secrets;

/**
 * The first start of a new database: who its first administrator is. Checks the form without a window: a sign-in
 * name, the full name printed on handouts, and a secret typed twice that is long enough for an administrator and not one anyone would guess.
 */
final class FirstAdministratorModel {

    /** Problems by field ("name", "fullName", "secret", "repeat"); empty when the account may be made. */
    static Map<String, String> problems(String name, String fullName, char[] secret, char[] repeat) {
        Map<String, String> out = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (!n.matches("[\\p{L}\\p{N}._-]{2,32}")) {
            out.put("name", Messages.get("firstAdmin.badName"));
        }
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 120) {
            out.put("fullName", Messages.get("firstAdmin.needFullName"));
        }
        Secrets.problemFor(Role.ADMINISTRATOR, new String(secret)).ifPresent(p -> out.put("secret", p));
        if (!out.containsKey("secret") && !Arrays.equals(secret, repeat)) {
            out.put("repeat", Messages.get("firstAdmin.notSame"));
        }
        return out;
    }

    private FirstAdministratorModel() {
    }
}

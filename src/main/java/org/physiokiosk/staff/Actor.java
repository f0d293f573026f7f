package org.physiokiosk.staff;

/**
 * Who is acting: a signed-in member of staff, or {@link #COMMAND_LINE} on a database that has no staff yet (which
 * works as it always did, every action allowed and recorded as "command line").
 */
public record Actor(String signInName, String fullName, Role role) {

    /** The actor of commands on a database without staff. */
    public static final Actor COMMAND_LINE = new Actor("command line", "", Role.ADMINISTRATOR);

    public static Actor of(StaffMember member) {
        return new Actor(member.signInName(), member.fullName(), member.role());
    }

    /** Whether this is a signed-in person (whose full name signs handouts and notes), not the command line. */
    public boolean isStaff() {
        return !equals(COMMAND_LINE);
    }
}

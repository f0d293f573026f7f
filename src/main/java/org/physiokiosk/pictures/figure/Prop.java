package org.physiokiosk.pictures.figure;

/** Simple things in the picture. Each is fitted to the figure, so the body always rests on it. */
public enum Prop {
    /** A line the body rests on. */
    FLOOR("floor"),
    /** A thin exercise mat on the floor, under the body. */
    MAT("mat"),
    /** A plain chair with a back; its seat is under the buttocks and its back behind the body. */
    CHAIR("chair"),
    /** A wall just behind the body (for example the back against the wall). */
    WALL_BEHIND("wall-behind"),
    /** A wall just in front of the body (for example the hands on the wall). */
    WALL_IN_FRONT("wall-in-front"),
    /**
     * A step 0.10 H high under the right foot, resting on the ball (or on the heel when the toes point
     * up); the heel may hang off its back edge. When another part hangs well below the right foot (the
     * left foot on the floor), the body stands on the floor and the step is fitted under the right foot.
     */
    STEP("step"),
    /**
     * A kitchen counter at 0.53 H in front of the body, the hands on its top. In a front view it stands
     * behind the figure (the body faces it, seen from behind).
     */
    COUNTER("counter"),
    /**
     * A kitchen counter beside the body, for the left hand: in a side view behind the figure, its top
     * under the left hand; in a front view at 0.53 H at the figure's left side.
     */
    COUNTER_BESIDE("counter-beside"),
    /** A rolled towel under the right knee, lying on the floor or mat (seen end on in a side view). */
    TOWEL_ROLL("towel-roll"),
    /**
     * A table (side view) whose top is under the near (right) forearm, its far edge at the wrist, so the
     * forearm rests on it and the hand can hang over the edge.
     */
    TABLE("table"),
    /**
     * A door frame's side post: in a front view against the outer side of the right hand, for pressing on
     * it; in a side view behind the body, under the right hand (a doorway stretch).
     */
    DOOR_FRAME("door-frame"),
    /** A soft ball held in the right hand (drawn behind the hand, so the hand closes over it). */
    BALL("ball");

    private final String id;

    Prop(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static java.util.Optional<Prop> fromId(String id) {
        for (Prop p : values()) {
            if (p.id.equals(id)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    static String known() {
        StringBuilder b = new StringBuilder();
        for (Prop p : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.id);
        }
        return b.toString();
    }
}

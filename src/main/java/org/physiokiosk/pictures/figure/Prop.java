package org.physiokiosk.pictures.figure;

/** Simple things in the picture. Each is fitted to the figure, so the body always rests on it. */
public enum Prop {
    /** A line the body rests on. */
    FLOOR("floor"),
    /** A thin exercise mat on the floor, under the body. */
    MAT("mat"),
    /** A bed: the body lies or sits on its mattress, 0.26 H above the floor. */
    BED("bed"),
    /** A small flat pillow under the head, on the mat, bed or floor. */
    PILLOW("pillow"),
    /**
     * A plain chair: its seat 0.26 H high under the buttocks, its back behind the body. When only the hands rest on
     * its seat ("hands on chair", kneeling at it to get up from the floor), it stands in front of the body, facing it.
     */
    CHAIR("chair"),
    /** A chair whose back reaches to the shoulder blades, to lean back over. */
    HIGH_BACK_CHAIR("high-back-chair"),
    /** A wall just behind the body (for example the back against the wall). */
    WALL_BEHIND("wall-behind"),
    /** A wall just in front of the body (for example the hands on the wall). */
    WALL_IN_FRONT("wall-in-front"),
    /**
     * The bottom of a flight of stairs (side view), rising the way the body faces: the bottom step 0.10 H high and
     * the next one behind it. Contacts say where the body stands: "feet on step" stands on the bottom step;
     * "right toes on step" with "right heel below step" puts the ball of the foot on its edge, the heel hanging
     * over; "right heel on step" with "left foot on floor" stands in front of it, one heel up. With none, the
     * body stands on the floor just in front of the bottom step.
     */
    STEP("step"),
    /** A banister beside the stairs, 0.50 H above the step edges, with its post at the bottom step. */
    RAIL("rail"),
    /**
     * A kitchen counter 0.53 H high in front of the body, the hands on its top. In a back view it stands beyond
     * the figure (the body faces it, seen from behind).
     */
    COUNTER("counter"),
    /**
     * A kitchen counter 0.53 H high beside the body, on its left: in a side view a long counter behind the figure,
     * reaching behind and in front of it; in a front or back view at the figure's left side.
     */
    COUNTER_BESIDE("counter-beside"),
    /** A rolled towel: under the knee or between the elbow and the side, as the contacts say ("right knee on towel roll"). */
    TOWEL_ROLL("towel-roll"),
    /**
     * A table 0.42 H high in front of the body (side view), under the forearm, elbow or hand the contacts rest on
     * it; a forearm pointing forward ends at its far edge, so the hand can hang over it.
     */
    TABLE("table"),
    /** A table 0.42 H high beside the body, on its left: in a side view behind the figure. */
    TABLE_BESIDE("table-beside"),
    /**
     * A door frame's side post: in a front view against the right hand, on its palm side when the hand presses on
     * it ("right hand on door frame") or the back of the wrist ("right wrist on door frame"); in a side or
     * three-quarter view behind the hands or forearms that rest on it, one post for each.
     */
    DOOR_FRAME("door-frame"),
    /** A soft ball held in the right hand, on its palm side. */
    BALL("ball"),
    /** A tin (or a small bottle) held in the right hand, on its palm side: palm up, it stands on the hand. */
    TIN("tin"),
    /** An ankle weight strapped round the right leg just above the ankle: a band across the shin, in front of it. */
    ANKLE_WEIGHT("ankle-weight");

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

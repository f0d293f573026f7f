package org.physiokiosk.pictures.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The whole body's starting position: how the body is turned in the world, the joint angles it brings
 * (a pose lists only what differs), and which two contact points must sit level on the floor (the
 * whole body is tipped forward or back until they do). After that the lowest point of the body is
 * put on the floor or on the prop under it.
 */
public enum Base {
    STANDING("standing", 0, 0, null, null),
    SITTING("sitting", 0, 0, null, null, "hip.flexion", 90, "knee.flexion", 90),
    /** Head toward the picture's left, face up. */
    LYING_ON_BACK("lying-on-back", 90, 0, null, null),
    /** Head toward the picture's right, face down. */
    LYING_ON_FRONT("lying-on-front", -90, 0, null, null, "ankle.dorsiflexion", -70),
    /** Lying on the left side, facing the viewer in a front view, head toward the picture's right. */
    LYING_ON_SIDE("lying-on-side", 0, -90, null, null),
    /** Head toward the picture's right; knees and hands level on the floor, tops of the feet down. */
    HANDS_AND_KNEES("hands-and-knees", -90, 0, "knee", "wrist", "hip.flexion", 78, "knee.flexion", 90,
            "shoulder.flexion", 90, "forearm.supination", -80, "wrist.flexion", -80, "ankle.dorsiflexion", -70),
    /** Upright on both knees, shins level on the floor, tops of the feet down. */
    KNEELING("kneeling", 0, 0, "knee", "ankle", "knee.flexion", 90, "ankle.dorsiflexion", -70);

    private final String id;
    private final double pitch;
    private final double roll;
    private final String levelA;
    private final String levelB;
    private final Map<String, Double> defaults = new LinkedHashMap<>();

    Base(String id, double pitch, double roll, String levelA, String levelB, Object... defaults) {
        this.id = id;
        this.pitch = pitch;
        this.roll = roll;
        this.levelA = levelA;
        this.levelB = levelB;
        for (int i = 0; i < defaults.length; i += 2) {
            this.defaults.put((String) defaults[i], ((Number) defaults[i + 1]).doubleValue());
        }
    }

    public String id() {
        return id;
    }

    /** Turn of the whole body about the lateral axis, degrees; positive tips the head backward. */
    double pitch() {
        return pitch;
    }

    /** Turn of the whole body about its front-back axis, degrees. */
    double roll() {
        return roll;
    }

    /** The landmarks levelled (the lower of left and right of each), or null. */
    String levelA() {
        return levelA;
    }

    String levelB() {
        return levelB;
    }

    /** Angles this base brings, keyed "joint.movement", the same on both sides. */
    Map<String, Double> defaults() {
        return defaults;
    }

    static Optional<Base> fromId(String id) {
        for (Base b : values()) {
            if (b.id.equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    static String known() {
        StringBuilder b = new StringBuilder();
        for (Base x : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(x.id);
        }
        return b.toString();
    }
}

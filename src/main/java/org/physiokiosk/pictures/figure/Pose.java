package org.physiokiosk.pictures.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One position of the body: its base, its joint angles (keyed "hip.right.flexion" or "lumbar.flexion",
 * already checked against {@link Joint}'s ranges), the segments drawn as moving, what the hands or
 * feet hold (a band or a towel between two landmarks), and where the body touches (see {@link Contact}).
 */
public record Pose(Base base, Map<String, Double> angles, Set<String> moving, List<Held> held, List<Contact> contacts) {

    /** A band or towel held between two landmarks, such as "right hand" and "right foot". */
    public record Held(Kind kind, String from, String to) {
        public enum Kind { BAND, TOWEL }
    }

    public Pose {
        angles = java.util.Collections.unmodifiableMap(new TreeMap<>(angles));
        moving = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(moving));
        held = List.copyOf(held);
        // A pose stored before contacts existed has none.
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A pose that promises no contacts (the clinic's own, posed with the sliders). */
    public Pose(Base base, Map<String, Double> angles, Set<String> moving, List<Held> held) {
        this(base, angles, moving, held, List.of());
    }

    /** The same pose with other angles, keeping what it touches. */
    Pose withAngles(Map<String, Double> changed) {
        return new Pose(base, changed, moving, held, contacts);
    }

    /** The angle of a movement: set in the pose, else brought by the base, else 0. */
    double angle(Joint joint, Side side, String movement) {
        String key = joint.sided() ? joint.key() + "." + side.word() + "." + movement : joint.key() + "." + movement;
        Double set = angles.get(key);
        if (set != null) {
            return set;
        }
        return base.defaults().getOrDefault(joint.key() + "." + movement, 0.0);
    }

    /** The segments a pose can mark as moving; "right arm", "left leg" and "torso" name several. */
    static final Set<String> SEGMENTS = Set.of("pelvis", "abdomen", "chest", "neck", "head",
            "upper arm", "forearm", "hand", "thigh", "shank", "foot");

    static final Map<String, List<String>> GROUPS = Map.of(
            "torso", List.of("pelvis", "abdomen", "chest"),
            "arm", List.of("upper arm", "forearm", "hand"),
            "leg", List.of("thigh", "shank", "foot"));
}

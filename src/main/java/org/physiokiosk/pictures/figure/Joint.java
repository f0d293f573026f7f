package org.physiokiosk.pictures.figure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The joints a pose can set, each with its movements and the range the style guide allows
 * (shared/design/pictures.md, from 38 CFR 4.71a unless marked). Angles are neutral-zero: the anatomical
 * position is 0; positive is flexion, abduction, external rotation, dorsiflexion, toe extension, a
 * posterior pelvic tilt, a chin-tuck nod, and side-bend or rotation toward the right.
 */
public enum Joint {
    PELVIS(false, "pelvis", new Movement("tilt", -20, 20, "posterior tilt positive, anterior tilt negative")),
    LUMBAR(false, "lumbar", Movement.trunk()),
    THORACIC(false, "thoracic", Movement.trunk()),
    NECK(false, "neck", new Movement("flexion", -45, 45, "flexion positive, extension negative"),
            new Movement("sideBend", -45, 45, "toward the right positive"),
            new Movement("rotation", -80, 80, "toward the right positive")),
    HEAD(false, "head", new Movement("nod", -30, 30, "chin tuck (nod down) positive")),
    /*
     * Elevation and retraction move the shoulder tip itself (the shoulder girdle), as a turn of the collar
     * bone, 0.100 H long, about its inner end: a shrug (shoulder rolls) and a shoulder blade squeeze need
     * them. The guide proposes a scapula translation of 0.02 H [judg]; that is 3 px, which nobody sees, while
     * a real shrug lifts the shoulder tip about 0.05 H. So elevation to 30 degrees (0.05 H) and retraction
     * or protraction to 20 degrees (0.034 H), within the collar bone's usual range (about 40 and 30 degrees).
     * Adduction to 30 degrees past the side [judg], with the arm raised forward: the hands join in front of the body.
     */
    SHOULDER(true, "shoulder", new Movement("flexion", -60, 180, "flexion positive, extension negative"),
            new Movement("abduction", -30, 180, "abduction positive, adduction (across the front) negative"),
            new Movement("rotation", -90, 90, "external rotation positive"),
            new Movement("elevation", 0, 30, "shrug up positive"),
            new Movement("retraction", -20, 20, "drawn back positive, forward negative")),
    ELBOW(true, "elbow", new Movement("flexion", 0, 145, "flexion positive")),
    FOREARM(true, "forearm", new Movement("supination", -80, 85, "supination positive, pronation negative")),
    /* Wrist extension to 90, past the guide's 70: the hands lie flat in hands-and-knees positions. */
    WRIST(true, "wrist", new Movement("flexion", -90, 80, "flexion positive, extension negative"),
            new Movement("deviation", -20, 45, "ulnar positive, radial negative")),
    HIP(true, "hip", new Movement("flexion", -30, 125, "flexion positive, extension negative"),
            new Movement("abduction", -25, 45, "abduction positive, adduction negative"),
            new Movement("rotation", -40, 60, "external rotation positive")),
    /* Knee flexion to 160, past the guide's 140: sitting back on the heels (child's pose) takes it. */
    KNEE(true, "knee", new Movement("flexion", 0, 160, "flexion positive")),
    /*
     * Plantarflexion to 70, past the guide's 45: the top of the foot lies on the floor when kneeling. Dorsiflexion to
     * 30, past the guide's 20: with the knee bent (a heel lowered below a step, knee bent) the ankle goes that far.
     */
    ANKLE(true, "ankle", new Movement("dorsiflexion", -70, 30, "dorsiflexion positive, plantarflexion negative")),
    TOES(true, "toes", new Movement("extension", 0, 60, "extension positive"));

    /** One movement of a joint and its allowed range in degrees. */
    public record Movement(String name, double min, double max, String sign) {
        static Movement[] trunk() {
            return new Movement[] {new Movement("flexion", -30, 90, "flexion positive, extension negative"),
                new Movement("sideBend", -30, 30, "toward the right positive"),
                new Movement("rotation", -30, 30, "toward the right positive")};
        }

        String range() {
            return fmt(min) + " to " + fmt(max) + " (" + sign + ")";
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private final boolean sided;
    private final String key;
    private final List<Movement> movements;

    Joint(boolean sided, String key, Movement... movements) {
        this.sided = sided;
        this.key = key;
        this.movements = List.of(movements);
    }

    /** True for joints with a left and a right one. */
    public boolean sided() {
        return sided;
    }

    /** The name in poses.yaml: "hip" (with "right hip", "left hip" and "hips" for both). */
    public String key() {
        return key;
    }

    public List<Movement> movements() {
        return movements;
    }

    public Optional<Movement> movement(String name) {
        return movements.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public int index(String movement) {
        for (int i = 0; i < movements.size(); i++) {
            if (movements.get(i).name().equals(movement)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key + " has no movement " + movement);
    }

    /** The plural used in poses.yaml for both sides at once: "hips", "knees". */
    public String plural() {
        return key.endsWith("s") ? key : key + "s";
    }

    static Optional<Joint> fromKey(String key) {
        for (Joint j : values()) {
            if (j.key.equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }
}

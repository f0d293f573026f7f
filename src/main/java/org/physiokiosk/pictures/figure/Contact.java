package org.physiokiosk.pictures.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a picture promises about where the body touches: "right hand on right knee", "left heel below step",
 * "right foot off floor". The steps of an exercise name these; the picture must show them, and the figure
 * model places some props by them (the table under the forearm that rests on it, the rail under the hand
 * that holds it). Both sides at once are written as a plural ("hands on right knee", "knees under hips"),
 * and are kept here as one contact per side ("bottom on heels": the bottom on each heel).
 *
 * <p>{@code part} is a body part of {@link #PARTS} with its side ("right hand", "back"); {@code target} is a
 * prop of {@link #PROPS} or another body part.
 */
public record Contact(String part, Relation relation, String target) {

    /** How the part stands to its target. */
    public enum Relation {
        /** Touching it: resting on it, holding it, pressing against it. */
        ON("on"),
        /** Clear of it, by a gap that shows on paper: a foot lifted off the floor. */
        OFF("off"),
        /** Lower than its top and beside it: a heel dropped below the step's edge. */
        BELOW("below"),
        /** Straight underneath it, as seen in the picture: hands under the shoulders. */
        UNDER("under");

        private final String word;

        Relation(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * Body parts a contact can name. Sided ones take "right" or "left", or the plural for both. A "foot" is the
     * whole sole (heel and ball, flat); "toes" the ball of the foot and the toes; a "shin" the whole shin (as when
     * kneeling); "back" the whole back from the bottom to the shoulder blades.
     */
    static final Map<String, String> SIDED = Map.ofEntries(Map.entry("hand", "hands"),
            Map.entry("wrist", "wrists"), Map.entry("forearm", "forearms"), Map.entry("upper arm", "upper arms"),
            Map.entry("elbow", "elbows"),
            Map.entry("shoulder", "shoulders"), Map.entry("thigh", "thighs"), Map.entry("knee", "knees"),
            Map.entry("shin", "shins"), Map.entry("heel", "heels"), Map.entry("toes", "toes"),
            Map.entry("foot", "feet"), Map.entry("hip", "hips"));

    static final Set<String> TRUNK = Set.of("head", "forehead", "neck", "back", "upper back", "lower back", "bottom",
            "pelvis", "belly", "chest", "waist");

    /** Props a contact can name, each the word used in poses.yaml and the prop it means. */
    static final Map<String, Prop> PROPS = Map.ofEntries(Map.entry("floor", Prop.FLOOR), Map.entry("mat", Prop.MAT),
            Map.entry("bed", Prop.BED), Map.entry("pillow", Prop.PILLOW), Map.entry("chair", Prop.CHAIR),
            Map.entry("chair back", Prop.CHAIR), Map.entry("chair edge", Prop.CHAIR), Map.entry("step", Prop.STEP),
            Map.entry("counter", Prop.COUNTER),
            Map.entry("table", Prop.TABLE), Map.entry("rail", Prop.RAIL), Map.entry("wall", Prop.WALL_IN_FRONT),
            Map.entry("door frame", Prop.DOOR_FRAME), Map.entry("towel roll", Prop.TOWEL_ROLL),
            Map.entry("ball", Prop.BALL), Map.entry("tin", Prop.TIN));

    /** The words of a prop as a contact names it: "counter" stands for counter and counter-beside. */
    static Set<Prop> propsNamed(String word) {
        return switch (word) {
            case "chair", "chair back", "chair edge" -> Set.of(Prop.CHAIR, Prop.HIGH_BACK_CHAIR);
            case "counter" -> Set.of(Prop.COUNTER, Prop.COUNTER_BESIDE);
            case "table" -> Set.of(Prop.TABLE, Prop.TABLE_BESIDE);
            case "wall" -> Set.of(Prop.WALL_IN_FRONT, Prop.WALL_BEHIND);
            default -> PROPS.containsKey(word) ? Set.of(PROPS.get(word)) : Set.of();
        };
    }

    public boolean targetIsProp() {
        return PROPS.containsKey(target);
    }

    /** The side of a sided part ("right hand": right), or empty for the trunk. */
    Optional<Side> side() {
        return sideOf(part);
    }

    /** "right hand" without its side: "hand"; "back" stays "back". */
    String partWord() {
        return bare(part);
    }

    String targetWord() {
        return bare(target);
    }

    private static Optional<Side> sideOf(String name) {
        for (Side s : Side.values()) {
            if (name.startsWith(s.word() + " ")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String bare(String name) {
        return sideOf(name).map(s -> name.substring(s.word().length() + 1)).orElse(name);
    }

    @Override
    public String toString() {
        return part + " " + relation.word() + " " + target;
    }

    /**
     * Reads one line such as "hands on right knee" into one contact per side. The message of a refusal says
     * what is known, for poses.yaml's error text.
     */
    static List<Contact> parse(String text, java.util.Collection<Prop> props) throws IllegalArgumentException {
        String line = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Relation relation = null;
        int at = -1;
        for (Relation r : Relation.values()) {
            int i = line.indexOf(" " + r.word() + " ");
            if (i > 0 && (at < 0 || i < at)) {
                at = i;
                relation = r;
            }
        }
        if (relation == null) {
            throw new IllegalArgumentException("'" + text + "' has no relation; write it as <part> on|off|below|under "
                    + "<prop or part>, like 'right hand on right knee'");
        }
        String subject = line.substring(0, at).strip();
        String object = line.substring(at + relation.word().length() + 2).strip();
        List<String> parts = expand(subject, text, "part");
        List<Contact> out = new ArrayList<>();
        if (PROPS.containsKey(object)) {
            if (object.equals("floor")) {
                // always drawn
            } else if (propsNamed(object).stream().noneMatch(props::contains)) {
                throw new IllegalArgumentException("'" + text + "' names the " + object + ", which is not in props");
            }
            for (String p : parts) {
                out.add(new Contact(p, relation, object));
            }
            return out;
        }
        List<String> targets = expand(object, text, "prop or part");
        if (parts.size() == 2 && targets.size() == 2) {
            // "knees under hips": each side with its own side
            out.add(new Contact(parts.get(0), relation, targets.get(0)));
            out.add(new Contact(parts.get(1), relation, targets.get(1)));
        } else if (targets.size() == 1) {
            for (String p : parts) {
                if (p.equals(targets.get(0))) {
                    throw new IllegalArgumentException("'" + text + "' names the same part twice");
                }
                out.add(new Contact(p, relation, targets.get(0)));
            }
        } else {
            // "bottom on heels": the one part on both
            for (String t : targets) {
                out.add(new Contact(parts.get(0), relation, t));
            }
        }
        return out;
    }

    /** "hands" gives right hand and left hand; "right knee" and "back" give themselves. */
    private static List<String> expand(String name, String text, String what) {
        if (TRUNK.contains(name)) {
            return List.of(name);
        }
        for (Map.Entry<String, String> e : SIDED.entrySet()) {
            if (name.equals(e.getValue()) || name.equals("both " + e.getValue())) {
                return List.of("right " + e.getKey(), "left " + e.getKey());
            }
            for (Side s : Side.values()) {
                if (name.equals(s.word() + " " + e.getKey())) {
                    return List.of(name);
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' names the " + what + " '" + name + "'; known parts: "
                + String.join(", ", new TreeSet<>(TRUNK)) + ", or right/left with " + String.join(", ",
                        new TreeSet<>(SIDED.keySet())) + " (the plural for both sides); known props: "
                + String.join(", ", new TreeSet<>(PROPS.keySet())));
    }
}

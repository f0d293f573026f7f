package org.physiokiosk.pictures.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes the joint angles of a picture's poses, one slider at a time, and draws it again with the same figure
 * model: the way a clinic makes the picture of its own exercise. Every slider is bounded by its joint's range
 * (see {@link Joint}), so no pose can leave it.
 */
public final class PoseSliders {

    /** One slider: which pose (start, finish or hold), which angle, its range and its value now. */
    public record Slider(String key, String label, double min, double max, double value) {
    }

    /** The movements offered, side by side where the joint has two: the ones exercises move most. */
    private static final List<String[]> OFFERED = List.of(
            new String[] {"neck", "flexion", "Neck bend"}, new String[] {"lumbar", "flexion", "Lower back bend"},
            new String[] {"shoulder", "flexion", "Shoulder raise forward"},
            new String[] {"shoulder", "abduction", "Shoulder raise sideways"},
            new String[] {"elbow", "flexion", "Elbow bend"}, new String[] {"hip", "flexion", "Hip bend"},
            new String[] {"hip", "abduction", "Leg out sideways"}, new String[] {"knee", "flexion", "Knee bend"},
            new String[] {"ankle", "dorsiflexion", "Foot up"});

    private Picture picture;

    public PoseSliders(Picture picture) {
        this.picture = picture;
    }

    public Picture picture() {
        return picture;
    }

    /** The poses that can be changed: "start" and "finish" for a movement, "hold" for a held position. */
    public List<String> poses() {
        return picture.isPair() ? List.of("start", "finish") : List.of("hold");
    }

    /** The sliders of one pose, with the angles it has now (set, or brought by its base). */
    public List<Slider> sliders(String pose) {
        Pose p = pose(pose);
        List<Slider> out = new ArrayList<>();
        for (String[] o : OFFERED) {
            Joint joint = Joint.fromKey(o[0]).orElseThrow();
            Joint.Movement m = joint.movement(o[1]).orElseThrow();
            if (joint.sided()) {
                for (Side side : List.of(Side.RIGHT, Side.LEFT)) {
                    String key = joint.key() + "." + side.word() + "." + m.name();
                    out.add(new Slider(key, capital(side.word()) + " " + o[2].toLowerCase(java.util.Locale.ROOT),
                            m.min(), m.max(), p.angle(joint, side, m.name())));
                }
            } else {
                out.add(new Slider(joint.key() + "." + m.name(), o[2], m.min(), m.max(),
                        p.angle(joint, Side.RIGHT, m.name())));
            }
        }
        return out;
    }

    /** Sets one angle of one pose, kept within the joint's range; returns the angle set. */
    public double set(String pose, String key, double degrees) {
        Slider slider = sliders(pose).stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no slider " + key));
        double value = Math.max(slider.min(), Math.min(slider.max(), degrees));
        Pose p = pose(pose);
        Map<String, Double> angles = new TreeMap<>(p.angles());
        angles.put(key, value);
        Pose changed = p.withAngles(angles);
        picture = switch (pose) {
            case "start" -> new Picture(picture.id(), picture.view(), picture.mirrored(), picture.props(), changed,
                    picture.finish(), null, picture.arrows());
            case "finish" -> new Picture(picture.id(), picture.view(), picture.mirrored(), picture.props(),
                    picture.start(), changed, null, picture.arrows());
            default -> new Picture(picture.id(), picture.view(), picture.mirrored(), picture.props(), null, null,
                    changed, List.of());
        };
        return value;
    }

    /** The picture as it stands, drawn by the figure model. */
    public String svg() {
        return FigureSvg.svg(picture);
    }

    private Pose pose(String name) {
        return switch (name) {
            case "start" -> picture.start();
            case "finish" -> picture.finish();
            case "hold" -> picture.hold();
            default -> throw new IllegalArgumentException("no pose " + name);
        };
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The shipped picture of an exercise, from the poses bundled with the program. */
    public static java.util.Optional<Picture> shipped(String exerciseId) {
        try (var in = PoseSliders.class.getResourceAsStream("/org/physiokiosk/catalog/bundled/" + PoseFile.FILE)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new PoseFile().parse(PoseFile.FILE, text).stream().filter(p -> p.id().equals(exerciseId))
                    .findFirst();
        } catch (java.io.IOException | PoseException e) {
            return java.util.Optional.empty();
        }
    }
}

package org.physiokiosk.pictures.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward kinematics for the one figure: segment lengths from the style guide (fractions of the height
 * H, Drillis and Contini via Winter), joint rotations applied flexion, then abduction, then axial
 * rotation. World axes: x forward, y up, z to the body's right; the hip centre is the origin. All
 * trigonometry uses {@link StrictMath}, so the same pose gives the same numbers on every machine.
 */
final class Skeleton {

    // Lengths and offsets, fractions of H.
    static final double LUMBAR = 0.080;
    static final double THORACIC = 0.128;       // to the shoulder line: hip to shoulder 0.288
    static final double NECK = 0.052;            // shoulder line to chin
    static final double HEAD = 0.130;            // chin to crown
    static final double UPPER_ARM = 0.186;
    static final double FOREARM = 0.146;
    static final double HAND = 0.108;
    static final double THIGH = 0.245;
    static final double SHANK = 0.246;
    static final double SHOULDER_HALF = 0.100;   // shoulder joints; outer shoulder width 0.259
    static final double HIP_HALF = 0.050;

    /** A shape of the body before projection. */
    sealed interface Shape3 permits Capsule3, Ellipsoid3, Ball3 {
        String part();

        String segment();
    }

    record Capsule3(String part, String segment, double[] a, double ra, double[] b, double rb) implements Shape3 {
    }

    /** An ellipsoid with semi-axes along the columns of {@code frame} (x forward, y up, z right). */
    record Ellipsoid3(String part, String segment, double[] centre, double[][] frame, double[] semi)
            implements Shape3 {
    }

    record Ball3(String part, String segment, double[] centre, double r) implements Shape3 {
    }

    /** A named point and the radius of the body around it there. */
    record Landmark(double[] at, double r) {
    }

    /** The posed body in the world: shapes in drawing-part order, and landmarks by name. */
    record Body(List<Shape3> shapes, Map<String, Landmark> landmarks) {
    }

    private Skeleton() {
    }

    static Body pose(Pose pose) {
        double[][] base = M.mul(M.rotZ(pose.base().pitch()), M.rotX(pose.base().roll()));
        if (settles(pose)) {
            boolean onSide = pose.base() == Base.LYING_ON_SIDE;
            double tilt = settle(build(pose, base), onSide);
            return build(pose, M.mul(onSide ? M.rotX(tilt) : M.rotZ(tilt), base));
        }
        Body first = build(pose, base);
        if (pose.base().levelA() == null) {
            return first;
        }
        // Tip the whole body about the lateral axis until the two contact points are level. Of the tilts
        // that level them, take the one where they are also the lowest points of the body (they touch the
        // floor), and of those the one nearest the base's own tilt.
        String a = pose.base().levelA();
        String b = pose.base().levelB();
        double best = 0;
        double bestScore = Double.MAX_VALUE;
        double prevT = -180;
        double prev = level(pose, base, prevT, a, b);
        for (double t = -179; t <= 180; t += 1) {
            double now = level(pose, base, t, a, b);
            if (Math.signum(prev) != Math.signum(now)) {
                double x0 = prevT;
                double x1 = t;
                double f0 = prev;
                for (int i = 0; i < 50; i++) {
                    double mid = (x0 + x1) / 2;
                    double fm = level(pose, base, mid, a, b);
                    if (Math.signum(fm) == Math.signum(f0)) {
                        x0 = mid;
                        f0 = fm;
                    } else {
                        x1 = mid;
                    }
                }
                double root = (x0 + x1) / 2;
                Body body = build(pose, M.mul(M.rotZ(root), base));
                double gap = lowest(body, a) - lowestOfAll(body);
                double score = (gap < 0.01 ? 0 : gap) + Math.abs(root) / 3600;
                if (score < bestScore) {
                    bestScore = score;
                    best = root;
                }
            }
            prevT = t;
            prev = now;
        }
        return build(pose, M.mul(M.rotZ(best), base));
    }

    /**
     * A body lying on its back, front or side, or resting its trunk, head or forearms on the floor, mat or bed (sitting
     * on the floor, kneeling folded forward), lies still the way it would: not balanced on its lowest point but tipped
     * until it rests on two places, its centre of mass between them. A body on its back or front tips about its
     * lateral axis (seen from the side); one on its side about its front-to-back axis (seen from the front), so it
     * rests on its shoulder and its hip or legs. Upright sitting, standing and kneeling are held by the muscles, so
     * they are left as posed.
     */
    static boolean settles(Pose pose) {
        if (pose.base() == Base.LYING_ON_BACK || pose.base() == Base.LYING_ON_FRONT
                || pose.base() == Base.LYING_ON_SIDE) {
            return true;
        }
        return pose.contacts().stream().anyMatch(c -> c.relation()
                == Contact.Relation.ON && java.util.Set.of("floor", "mat", "bed").contains(c.target())
                && RESTING.contains(c.partWord()));
    }

    /** Parts that, on the floor, mean the body lies on it rather than stands or kneels upright. */
    private static final java.util.Set<String> RESTING = java.util.Set.of("bottom", "pelvis", "back", "upper back",
            "lower back", "belly", "chest", "head", "forehead", "forearm");

    /**
     * The tilt, degrees about the lateral axis (about the front-to-back axis when {@code onSide}), nearest the posed
     * one, at which the centre of mass stands lowest above the floor: where the body comes to rest when let go.
     */
    private static double settle(Body body, boolean onSide) {
        List<double[]> spheres = spheres(body);
        double[] mass = body.landmarks().get(MASS).at();
        double t = 0;
        double now = height(spheres, mass, t, onSide);
        for (double step : new double[] {0.5, 0.05, 0.005}) {
            for (int dir : new int[] {1, -1}) {
                while (Math.abs(t + dir * step) <= 60) {
                    double next = height(spheres, mass, t + dir * step, onSide);
                    if (next >= now - 1e-12) {
                        break;
                    }
                    t += dir * step;
                    now = next;
                }
            }
        }
        return t;
    }

    /**
     * The centre of mass's height above the lowest point of the body, tipped by {@code tilt} degrees about the lateral
     * axis (as {@link M#rotZ} turns it) or, {@code onSide}, about the front-to-back axis (as {@link M#rotX} does).
     */
    private static double height(List<double[]> spheres, double[] mass, double tilt, boolean onSide) {
        double r = StrictMath.toRadians(tilt);
        double sin = StrictMath.sin(r);
        double cos = StrictMath.cos(r);
        double low = Double.MAX_VALUE;
        for (double[] s : spheres) {
            low = Math.min(low, onSide ? s[1] * cos - s[2] * sin - s[3] : s[0] * sin + s[1] * cos - s[3]);
        }
        return onSide ? mass[1] * cos - mass[2] * sin - low : mass[0] * sin + mass[1] * cos - low;
    }

    /** The body's shapes as spheres {x, y, z, r}: capsules sampled along their length, ellipsoids on their surface. */
    static List<double[]> spheres(Body body) {
        return spheres(body, s -> true);
    }

    /** The spheres of the shapes chosen. */
    static List<double[]> spheres(Body body, java.util.function.Predicate<Shape3> which) {
        List<double[]> out = new ArrayList<>();
        for (Shape3 s : body.shapes()) {
            if (!which.test(s)) {
                continue;
            }
            if (s instanceof Capsule3 c) {
                for (int i = 0; i <= 8; i++) {
                    double t = i / 8.0;
                    out.add(new double[] {c.a()[0] + (c.b()[0] - c.a()[0]) * t, c.a()[1] + (c.b()[1] - c.a()[1]) * t,
                        c.a()[2] + (c.b()[2] - c.a()[2]) * t, c.ra() + (c.rb() - c.ra()) * t});
                }
            } else if (s instanceof Ball3 b) {
                out.add(new double[] {b.centre()[0], b.centre()[1], b.centre()[2], b.r()});
            } else if (s instanceof Ellipsoid3 e) {
                for (int i = 0; i < 24; i++) {
                    for (int j = 1; j < 12; j++) {
                        double th = 2 * Math.PI * i / 24;
                        double ph = Math.PI * j / 12;
                        double[] at = M.add(e.centre(), M.apply(e.frame(), e.semi()[0] * StrictMath.cos(th)
                                * StrictMath.sin(ph), e.semi()[1] * StrictMath.cos(ph), e.semi()[2]
                                * StrictMath.sin(th) * StrictMath.sin(ph)));
                        out.add(new double[] {at[0], at[1], at[2], 0});
                    }
                }
            }
        }
        return out;
    }

    private static double level(Pose pose, double[][] base, double tilt, String a, String b) {
        Body body = build(pose, M.mul(M.rotZ(tilt), base));
        return lowest(body, a) - lowest(body, b);
    }

    private static double lowestOfAll(Body body) {
        double low = Double.MAX_VALUE;
        for (Landmark l : body.landmarks().values()) {
            low = Math.min(low, l.at()[1] - l.r());
        }
        return low;
    }

    /** The lower of the left and right landmark's underside: the one that bears weight. */
    private static double lowest(Body body, String name) {
        double low = Double.MAX_VALUE;
        for (Side side : Side.values()) {
            Landmark l = body.landmarks().get(side.word() + " " + name);
            low = Math.min(low, l.at()[1] - l.r());
        }
        return low;
    }

    private static Body build(Pose p, double[][] base) {
        List<Shape3> shapes = new ArrayList<>();
        Map<String, Landmark> marks = new LinkedHashMap<>();
        double[] root = {0, 0, 0};

        double[][] pelvis = M.mul(base, M.rotZ(p.angle(Joint.PELVIS, Side.RIGHT, "tilt")));
        double[] lumbarJoint = M.add(root, M.apply(pelvis, 0, LUMBAR, 0));
        double[][] lumbar = M.mul(pelvis, trunk(p, Joint.LUMBAR));
        double[] thoracicJoint = M.add(lumbarJoint, M.apply(lumbar, 0, LUMBAR, 0));
        double[][] thoracic = M.mul(lumbar, trunk(p, Joint.THORACIC));
        double[] neckBase = M.add(thoracicJoint, M.apply(thoracic, 0, THORACIC, 0));
        double[][] neck = M.mul(thoracic, trunk(p, Joint.NECK));
        double[] headJoint = M.add(neckBase, M.apply(neck, 0, NECK, 0));
        double[][] head = M.mul(neck, M.rotZ(-p.angle(Joint.HEAD, Side.RIGHT, "nod")));

        double[] pelvisC = M.add(root, M.apply(pelvis, -0.008, 0.035, 0));
        double[] abdomenC = M.add(lumbarJoint, M.apply(lumbar, 0.002, 0.040, 0));
        double[] chestC = M.add(thoracicJoint, M.apply(thoracic, 0.004, 0.062, 0));
        shapes.add(new Ellipsoid3("torso", "pelvis", pelvisC, pelvis, new double[] {0.064, 0.066, 0.100}));
        shapes.add(new Ellipsoid3("torso", "abdomen", abdomenC, lumbar, new double[] {0.056, 0.062, 0.094}));
        shapes.add(new Ellipsoid3("torso", "chest", chestC, thoracic, new double[] {0.068, 0.086, 0.110}));
        double[] headC = M.add(headJoint, M.apply(head, 0.014, 0.066, 0));
        shapes.add(new Capsule3("head", "neck", neckBase, 0.036, M.add(headJoint, M.apply(head, 0.0, 0.02, 0)), 0.032));
        shapes.add(new Ellipsoid3("head", "head", headC, head, new double[] {0.056, 0.066, 0.048}));
        shapes.add(new Ball3("head", "head", M.add(headJoint, M.apply(head, 0.068, 0.050, 0)), 0.015));

        marks.put("pelvis", new Landmark(root, 0.06));
        marks.put("waist", new Landmark(lumbarJoint, 0.056));
        marks.put("chest", new Landmark(thoracicJoint, 0.06));
        marks.put("back", new Landmark(M.add(lumbarJoint, M.apply(lumbar, -0.056, 0.03, 0)), 0.0));
        marks.put("belly", new Landmark(M.add(lumbarJoint, M.apply(lumbar, 0.056, 0.03, 0)), 0.0));
        marks.put("neck", new Landmark(neckBase, 0.036));
        marks.put("head", new Landmark(headC, 0.066));
        marks.put("forehead", new Landmark(M.add(headJoint, M.apply(head, 0.05, 0.09, 0)), 0.02));

        for (Side side : Side.values()) {
            arm(p, side, thoracic, thoracicJoint, shapes, marks);
            leg(p, side, pelvis, root, shapes, marks);
        }
        // The centre of mass, from the segments' shares of the body's mass (Dempster via Winter, Table 4.1).
        double[] mass = M.scale(headC, 0.081);
        mass = M.add(mass, M.scale(pelvisC, 0.142));
        mass = M.add(mass, M.scale(abdomenC, 0.139));
        mass = M.add(mass, M.scale(chestC, 0.216));
        for (Side side : Side.values()) {
            String w = side.word() + " ";
            mass = M.add(mass, M.scale(mid(marks, w + "shoulder", w + "elbow"), 0.028));
            mass = M.add(mass, M.scale(mid(marks, w + "elbow", w + "wrist"), 0.016));
            mass = M.add(mass, M.scale(mid(marks, w + "wrist", w + "hand"), 0.006));
            mass = M.add(mass, M.scale(mid(marks, w + "hip", w + "knee"), 0.100));
            mass = M.add(mass, M.scale(mid(marks, w + "knee", w + "ankle"), 0.0465));
            mass = M.add(mass, M.scale(mid(marks, w + "ankle", w + "foot"), 0.0145));
        }
        marks.put(MASS, new Landmark(mass, 0.0));
        return new Body(shapes, marks);
    }

    /** The landmark at the body's centre of mass. */
    static final String MASS = "centre of mass";

    private static double[] mid(Map<String, Landmark> marks, String a, String b) {
        return M.scale(M.add(marks.get(a).at(), marks.get(b).at()), 0.5);
    }

    private static double[][] trunk(Pose p, Joint joint) {
        return M.mul(M.mul(M.rotZ(-p.angle(joint, Side.RIGHT, "flexion")),
                M.rotX(p.angle(joint, Side.RIGHT, "sideBend"))), M.rotY(-p.angle(joint, Side.RIGHT, "rotation")));
    }

    private static double[][] limb(Pose p, Joint joint, Side side, double[][] parent) {
        int s = side.sign();
        return M.mul(M.mul(M.mul(parent, M.rotZ(p.angle(joint, side, "flexion"))),
                M.rotX(-s * p.angle(joint, side, "abduction"))), M.rotY(-s * p.angle(joint, side, "rotation")));
    }

    private static void arm(Pose p, Side side, double[][] thoracic, double[] thoracicJoint, List<Shape3> shapes,
            Map<String, Landmark> marks) {
        int s = side.sign();
        String part = side.word() + " arm";
        // The shoulder girdle: the shoulder tip turns about the collar bone's inner end (elevation, retraction).
        double up = StrictMath.toRadians(p.angle(Joint.SHOULDER, side, "elevation"));
        double back = StrictMath.toRadians(p.angle(Joint.SHOULDER, side, "retraction"));
        double[] shoulder = M.add(thoracicJoint, M.apply(thoracic, -0.004 - SHOULDER_HALF * StrictMath.sin(back),
                THORACIC + SHOULDER_HALF * StrictMath.sin(up),
                s * SHOULDER_HALF * StrictMath.cos(up) * StrictMath.cos(back)));
        double[][] upper = limb(p, Joint.SHOULDER, side, thoracic);
        double[] elbow = M.add(shoulder, M.apply(upper, 0, -UPPER_ARM, 0));
        double[][] fore = M.mul(M.mul(upper, M.rotZ(p.angle(Joint.ELBOW, side, "flexion"))),
                M.rotY(-s * p.angle(Joint.FOREARM, side, "supination")));
        double[] wrist = M.add(elbow, M.apply(fore, 0, -FOREARM, 0));
        double[][] hand = M.mul(M.mul(fore, M.rotX(s * p.angle(Joint.WRIST, side, "flexion"))),
                M.rotZ(-p.angle(Joint.WRIST, side, "deviation")));
        double[] fingers = M.add(wrist, M.apply(hand, 0, -(HAND - 0.016), 0));
        shapes.add(new Capsule3(part, "upper arm", shoulder, 0.0275, elbow, 0.0225));
        shapes.add(new Capsule3(part, "forearm", elbow, 0.0225, wrist, 0.0165));
        shapes.add(new Capsule3(part, "hand", wrist, 0.019, fingers, 0.016));
        String w = side.word() + " ";
        marks.put(w + "shoulder", new Landmark(shoulder, 0.0275));
        marks.put(w + "elbow", new Landmark(elbow, 0.0225));
        marks.put(w + "wrist", new Landmark(wrist, 0.019));
        marks.put(w + "hand", new Landmark(fingers, 0.016));
        // The middle of the palm's surface: which way the palm faces (a tin stands on an upturned palm).
        double[] mid = M.add(wrist, M.apply(hand, 0, -(HAND - 0.016) / 2, 0));
        marks.put(w + "palm", new Landmark(M.add(mid, M.apply(hand, 0, 0, -s * 0.018)), 0.0));
    }

    private static void leg(Pose p, Side side, double[][] pelvis, double[] root, List<Shape3> shapes,
            Map<String, Landmark> marks) {
        int s = side.sign();
        String part = side.word() + " leg";
        double[] hip = M.add(root, M.apply(pelvis, 0, 0, s * HIP_HALF));
        double[][] thigh = limb(p, Joint.HIP, side, pelvis);
        double[] knee = M.add(hip, M.apply(thigh, 0, -THIGH, 0));
        double[][] shank = M.mul(thigh, M.rotZ(-p.angle(Joint.KNEE, side, "flexion")));
        double[] ankle = M.add(knee, M.apply(shank, 0, -SHANK, 0));
        double[][] foot = M.mul(shank, M.rotZ(p.angle(Joint.ANKLE, side, "dorsiflexion")));
        double[] heel = M.add(ankle, M.apply(foot, -0.010, -0.020, 0));
        double[] ball = M.add(ankle, M.apply(foot, 0.085, -0.026, 0));
        double[][] toes = M.mul(foot, M.rotZ(p.angle(Joint.TOES, side, "extension")));
        double[] toe = M.add(ball, M.apply(toes, 0.028, -0.001, 0));
        shapes.add(new Capsule3(part, "thigh", hip, 0.045, knee, 0.030));
        shapes.add(new Capsule3(part, "shank", knee, 0.0325, ankle, 0.020));
        shapes.add(new Capsule3(part, "foot", ankle, 0.021, ball, 0.013));
        shapes.add(new Capsule3(part, "foot", heel, 0.019, ball, 0.013));
        shapes.add(new Capsule3(part, "foot", ball, 0.013, toe, 0.011));
        String w = side.word() + " ";
        marks.put(w + "hip", new Landmark(hip, 0.045));
        marks.put(w + "knee", new Landmark(knee, 0.0325));
        marks.put(w + "ankle", new Landmark(ankle, 0.020));
        marks.put(w + "heel", new Landmark(heel, 0.019));
        marks.put(w + "foot", new Landmark(ball, 0.013));
        marks.put(w + "toe", new Landmark(toe, 0.011));
    }

    /** Small 3-vector and 3x3 matrix helpers (row-major), in degrees, with StrictMath. */
    static final class M {
        private M() {
        }

        static double[][] rotX(double deg) {
            double r = StrictMath.toRadians(deg);
            double c = StrictMath.cos(r);
            double s = StrictMath.sin(r);
            return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
        }

        static double[][] rotY(double deg) {
            double r = StrictMath.toRadians(deg);
            double c = StrictMath.cos(r);
            double s = StrictMath.sin(r);
            return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
        }

        static double[][] rotZ(double deg) {
            double r = StrictMath.toRadians(deg);
            double c = StrictMath.cos(r);
            double s = StrictMath.sin(r);
            return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        }

        static double[][] mul(double[][] a, double[][] b) {
            double[][] out = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    out[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
                }
            }
            return out;
        }

        static double[] apply(double[][] m, double x, double y, double z) {
            return new double[] {m[0][0] * x + m[0][1] * y + m[0][2] * z, m[1][0] * x + m[1][1] * y + m[1][2] * z,
                m[2][0] * x + m[2][1] * y + m[2][2] * z};
        }

        static double[] add(double[] a, double[] b) {
            return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
        }

        static double[] scale(double[] a, double k) {
            return new double[] {a[0] * k, a[1] * k, a[2] * k};
        }

        static double dot(double[] a, double[] b) {
            return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        }
    }
}

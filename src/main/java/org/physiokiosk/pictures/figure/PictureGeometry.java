package org.physiokiosk.pictures.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.physiokiosk.pictures.figure.FigureSvg.Capsule2;
import org.physiokiosk.pictures.figure.FigureSvg.Circle2;
import org.physiokiosk.pictures.figure.FigureSvg.Ellipse2;
import org.physiokiosk.pictures.figure.FigureSvg.Shape2;
import org.physiokiosk.pictures.figure.Scene.Bar;
import org.physiokiosk.pictures.figure.Scene.Box;
import org.physiokiosk.pictures.figure.Scene.Piece;
import org.physiokiosk.pictures.figure.Scene.Placed;
import org.physiokiosk.pictures.figure.Scene.Round;

/**
 * Measures a laid-out picture the way a reader of the printed page sees it: does each contact the picture promises
 * hold, does any part of the body sink into the floor or a prop, does something hold the body up, and do the parts
 * drawn as moving move far enough to see. Distances are measured on the shapes that are drawn, less the outlines
 * (which close a gap narrower than themselves), and given in millimetres at the print scale asked for.
 */
final class PictureGeometry {

    /** A gap narrower than this, on paper, reads as touching. */
    static final double TOUCH_MM = 0.3;
    /** A part lifted off something must show a gap at least this wide. */
    static final double CLEAR_MM = 1.0;
    /** A body part may press this far into the floor or a prop (a soft seat) before it reads as passing through. */
    static final double SINK_MM = 0.5;
    /** A heel "below" a step's edge must hang at least this far under its top. */
    static final double BELOW_MM = 0.7;
    /** "Under": no more than this to one side. */
    static final double UNDER_MM = 1.5;
    /** The smallest movement of a moving part that a reader sees between Start and Finish. */
    static final double MOVES_MM = 1.0;
    /** The share of a limb drawn as moving that must show, not hidden behind the body or another limb. */
    static final double SHOWS = 0.25;
    /** How far the centre of mass may stand outside what holds the body up. */
    static final double SUPPORT_MM = 0.5;
    /** How far, in H, a hand gripping a rail can hold the centre of mass outside what the body stands on. */
    static final double GRIP_H = 0.05;

    /** The drawn outline outside a body shape, and outside a prop's edge, in SVG units. */
    private static final double BODY_OUT = FigureSvg.BODY_STROKE;
    private static final double PROP_OUT = FigureSvg.PROP_STROKE / 2;

    /** One thing found wrong: the picture, the panel ("start", "finish", "hold") and what. */
    record Finding(String picture, String panel, String what) {
        @Override
        public String toString() {
            return picture + " (" + panel + "): " + what;
        }
    }

    /** A circle of the body (a sample of a drawn shape), panel units. */
    private record Dot(double x, double y, double r) {
    }

    private PictureGeometry() {
    }

    static List<String> panelNames(Picture picture) {
        return picture.isPair() ? List.of("start", "finish") : List.of("hold");
    }

    // ---- contacts -----------------------------------------------------------------------------------

    /** Every contact of every panel that does not hold, at {@code mm} millimetres per SVG unit. */
    static List<Finding> contacts(Scene scene, double mm) {
        List<Finding> out = new ArrayList<>();
        Picture picture = scene.picture();
        for (int i = 0; i < scene.panels().size(); i++) {
            Scene.Panel panel = scene.panels().get(i);
            String name = panelNames(picture).get(i);
            Skeleton.Body body = Skeleton.pose(panel.pose());
            for (Contact c : panel.pose().contacts()) {
                String problem = c.targetIsProp() ? propContact(scene, panel, c, mm) : bodyContact(body, panel, c, mm);
                if (problem != null) {
                    out.add(new Finding(picture.id(), name, "'" + c + "' does not hold: " + problem));
                }
            }
        }
        return out;
    }

    private static String propContact(Scene scene, Scene.Panel panel, Contact c, double mm) {
        Placed p = panel.placed();
        View view = scene.picture().view();
        if (view == View.TOP) {
            if (Set.of("floor", "mat", "bed", "pillow").contains(c.target())) {
                // Seen from above the floor is not drawn: the same pose, seen from the side, must touch it.
                Scene side = Scene.of(sideOf(scene.picture(), panel.pose()));
                return propContact(side, side.panels().get(0), c, mm);
            }
            return null; // props seen from above lie under the body: nothing to measure
        }
        List<Piece> targets = targets(panel, c.target());
        if (targets.isEmpty()) {
            return "the picture draws no " + c.target() + " in this view";
        }
        List<List<Dot>> groups = groups(p, c.part(), c.relation() == Contact.Relation.ON);
        switch (c.relation()) {
            case ON -> {
                for (List<Dot> g : groups) {
                    double best = Double.MAX_VALUE;
                    for (Piece piece : targets) {
                        best = Math.min(best, gap(g, piece));
                    }
                    double visible = (best - BODY_OUT - PROP_OUT) * mm;
                    if (visible > TOUCH_MM) {
                        return String.format(Locale.ROOT, "a gap of %.1f mm", visible);
                    }
                }
                return null;
            }
            case OFF -> {
                double best = Double.MAX_VALUE;
                for (Piece piece : targets) {
                    best = Math.min(best, gap(groups.get(0), piece));
                }
                double visible = (best - BODY_OUT - PROP_OUT) * mm;
                return visible < CLEAR_MM ? String.format(Locale.ROOT, "only %.1f mm clear", Math.max(0, visible))
                        : null;
            }
            case BELOW -> {
                List<Dot> dots = groups.get(0);
                double low = -Double.MAX_VALUE;
                double x = 0;
                for (Dot d : dots) {
                    if (d.y() + d.r() > low) {
                        low = d.y() + d.r();
                        x = d.x();
                    }
                }
                // Measured against the piece whose edge is nearest (the bottom step, not the one behind it).
                Piece nearest = null;
                double away = Double.MAX_VALUE;
                for (Piece piece : targets) {
                    double[] b = box(piece);
                    double d = Math.min(Math.abs(x - b[0]), Math.abs(x - (b[0] + b[2])));
                    if (d < away) {
                        away = d;
                        nearest = piece;
                    }
                }
                double[] b = box(nearest);
                boolean beside = x < b[0] || x > b[0] + b[2];
                if (beside && (low - b[1]) * mm >= BELOW_MM) {
                    return null;
                }
                return "it is not beside the edge and lower than the top";
            }
            case UNDER -> {
                return "'under' needs a part of the body to stand under";
            }
        }
        return null;
    }

    /**
     * The gap a reader sees between a part of the body and a prop ("lower back" and "mat"), millimetres at
     * {@code mm} per SVG unit, less the outlines; negative when the part presses into it.
     */
    static double gap(Scene.Panel panel, String part, String target, double mm) {
        double best = Double.MAX_VALUE;
        for (Piece piece : targets(panel, target)) {
            best = Math.min(best, gap(groups(panel.placed(), part, false).get(0), piece));
        }
        return (best - BODY_OUT - PROP_OUT) * mm;
    }

    /** The same pose seen from the side: for contacts with the floor in a picture drawn from above. */
    private static Picture sideOf(Picture picture, Pose pose) {
        return new Picture(picture.id(), View.SIDE, false, picture.props(), null, null, pose, List.of());
    }

    private static List<Piece> targets(Scene.Panel panel, String target) {
        List<Piece> out = new ArrayList<>();
        String name = target.equals("chair") ? "seat" : target;
        if (target.equals("floor")) {
            out.add(new Piece(Prop.FLOOR, "floor", new Box(-1e4, FigureSvg.FLOOR_Y, 2e4, 1e4, 0),
                    Scene.Depth.IN_PLANE, false));
            return out;
        }
        if (target.equals("chair edge")) {
            // The front third of the seat, away from the chair's back: sitting near the front of the chair.
            for (Piece seat : targets(panel, "chair")) {
                for (Piece back : targets(panel, "chair back")) {
                    if (seat.geometry() instanceof Box s && back.geometry() instanceof Box b) {
                        boolean backLeft = b.x() + b.w() / 2 < s.x() + s.w() / 2;
                        double w = s.w() / 3;
                        out.add(new Piece(seat.prop(), "chair edge", new Box(backLeft ? s.x() + s.w() - w : s.x(),
                                s.y(), w, s.h(), 0), seat.depth(), seat.topOnly()));
                    }
                }
            }
            return out;
        }
        for (Piece piece : panel.pieces()) {
            if (name.equals(piece.name())) {
                out.add(piece);
            }
        }
        return out;
    }

    /** The gap between a group of body circles and a piece, panel units (negative: overlapping by that much). */
    private static double gap(List<Dot> dots, Piece piece) {
        double best = Double.MAX_VALUE;
        if (piece.topOnly()) {
            // Beyond or behind the body: touched on its top edge only, from above.
            double[] b = box(piece);
            for (Dot d : dots) {
                double dx = Math.max(0, Math.max(b[0] - d.x(), d.x() - (b[0] + b[2])));
                double dy = Math.abs(d.y() + d.r() - b[1]);
                if (d.y() > b[1]) {
                    dy = d.y() + d.r() - b[1]; // below the top: pressed in by its whole depth
                }
                best = Math.min(best, dx > d.r() ? dx - d.r() + dy : dy);
            }
            return best;
        }
        for (Dot d : dots) {
            best = Math.min(best, distance(d.x(), d.y(), piece) - d.r());
        }
        return best;
    }

    /** Signed distance from a point to a piece: negative inside it. */
    private static double distance(double x, double y, Piece piece) {
        if (piece.geometry() instanceof Round r) {
            return Math.hypot(x - r.cx(), y - r.cy()) - r.r();
        }
        if (piece.geometry() instanceof Bar b) {
            return segment(x, y, b.x1(), b.y1(), b.x2(), b.y2()) - b.width() / 2;
        }
        Box b = (Box) piece.geometry();
        double dx = Math.max(b.x() - x, x - (b.x() + b.w()));
        double dy = Math.max(b.y() - y, y - (b.y() + b.h()));
        if (dx <= 0 && dy <= 0) {
            return Math.max(dx, dy);
        }
        return Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
    }

    private static double segment(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }

    /** A piece's bounding box: x, y, width, height. */
    private static double[] box(Piece piece) {
        if (piece.geometry() instanceof Box b) {
            return new double[] {b.x(), b.y(), b.w(), b.h()};
        }
        if (piece.geometry() instanceof Round r) {
            return new double[] {r.cx() - r.r(), r.cy() - r.r(), 2 * r.r(), 2 * r.r()};
        }
        Bar b = (Bar) piece.geometry();
        double x = Math.min(b.x1(), b.x2());
        double y = Math.min(b.y1(), b.y2());
        return new double[] {x, y, Math.abs(b.x2() - b.x1()), Math.abs(b.y2() - b.y1())};
    }

    /**
     * The body circles a part stands for, in panel units, grouped: with {@code every}, each group must touch (a foot
     * flat is its heel and its ball; a forearm resting is both its ends; a back lying flat is its bottom and its
     * shoulder blades); otherwise one group of all of them.
     */
    private static List<List<Dot>> groups(Placed p, String part, boolean every) {
        String word = part;
        String w = "";
        for (Side s : Side.values()) {
            if (part.startsWith(s.word() + " ")) {
                w = s.word() + " ";
                word = part.substring(w.length());
            }
        }
        List<List<Dot>> out = new ArrayList<>();
        switch (word) {
            case "foot" -> {
                out.add(shapes(p, w + "foot", 0));
                out.add(shapes(p, w + "foot", 1));
            }
            case "forearm", "upper arm", "shin", "thigh" -> {
                String seg = w + (word.equals("shin") ? "shank" : word);
                out.add(shapes(p, seg, 0));
                out.add(shapes(p, seg, 1));
            }
            case "back" -> {
                out.add(shapes(p, "pelvis", -1));
                out.add(shapes(p, "chest", -1));
            }
            case "hand" -> out.add(shapes(p, w + "hand", -1));
            case "toes" -> {
                List<Dot> d = new ArrayList<>(marks(p, w + "foot"));
                d.addAll(marks(p, w + "toe"));
                out.add(d);
            }
            case "upper back", "chest" -> out.add(shapes(p, "chest", -1));
            case "lower back", "belly", "waist" -> out.add(shapes(p, "abdomen", -1));
            case "bottom", "pelvis" -> out.add(shapes(p, "pelvis", -1));
            case "head" -> out.add(shapes(p, "head", -1));
            case "neck" -> out.add(shapes(p, "neck", -1));
            default -> out.add(marks(p, part));
        }
        if (!every) {
            List<Dot> all = new ArrayList<>();
            out.forEach(all::addAll);
            return List.of(all);
        }
        return out;
    }

    private static List<Dot> marks(Placed p, String landmark) {
        double[] at = p.mark(landmark);
        return List.of(new Dot(at[0], at[1], p.markR(landmark)));
    }

    /**
     * Circles along the drawn shapes of a segment: {@code end} 0 or 1 keeps only the circles near one end of each
     * capsule (the heel end and the ball end of a foot), -1 keeps them all.
     */
    private static List<Dot> shapes(Placed p, String segment, int end) {
        List<Dot> out = new ArrayList<>();
        List<Shape2> shapes = p.panel().figure().shapes().stream().filter(s -> s.segment().equals(segment)).toList();
        if (segment.endsWith("foot") && end >= 0) {
            // The foot's sole: its heel-to-ball capsule, by its ends.
            Capsule2 sole = (Capsule2) shapes.get(1);
            out.addAll(dots(p, sole, end == 0 ? 0 : 0.75, end == 0 ? 0.25 : 1));
            return out;
        }
        for (Shape2 s : shapes) {
            if (s instanceof Capsule2 c) {
                out.addAll(end < 0 ? dots(p, c, 0, 1) : dots(p, c, end == 0 ? 0 : 0.75, end == 0 ? 0.25 : 1));
            } else if (s instanceof Circle2 c) {
                out.add(new Dot(p.x(c.x()), p.y(c.y()), c.r() * p.scale()));
            } else if (s instanceof Ellipse2 e) {
                out.addAll(dots(p, e));
            }
        }
        return out;
    }

    private static List<Dot> dots(Placed p, Capsule2 c, double from, double to) {
        List<Dot> out = new ArrayList<>();
        int n = 6;
        for (int i = 0; i <= n; i++) {
            double t = from + (to - from) * i / n;
            out.add(new Dot(p.x(c.ax() + (c.bx() - c.ax()) * t), p.y(c.ay() + (c.by() - c.ay()) * t),
                    (c.ra() + (c.rb() - c.ra()) * t) * p.scale()));
        }
        return out;
    }

    /** An ellipse as points on its outline (and one circle inside it, so a thin post within it is not missed). */
    private static List<Dot> dots(Placed p, Ellipse2 e) {
        List<Dot> out = new ArrayList<>();
        double t = StrictMath.toRadians(e.angle());
        for (int i = 0; i < 48; i++) {
            double a = 2 * Math.PI * i / 48;
            double ex = e.rx() * StrictMath.cos(a);
            double ey = e.ry() * StrictMath.sin(a);
            out.add(new Dot(p.x(e.x() + ex * StrictMath.cos(t) - ey * StrictMath.sin(t)),
                    p.y(e.y() + ex * StrictMath.sin(t) + ey * StrictMath.cos(t)), 0));
        }
        out.add(new Dot(p.x(e.x()), p.y(e.y()), Math.min(e.rx(), e.ry()) * p.scale()));
        return out;
    }

    /** A body part touching another, measured on the body itself (not only as drawn), so depth counts too. */
    private static String bodyContact(Skeleton.Body body, Scene.Panel panel, Contact c, double mm) {
        List<double[]> a = spheres(body, c.part());
        List<double[]> b = spheres(body, c.target());
        double scale = panel.placed().scale();
        if (c.relation() == Contact.Relation.UNDER) {
            Placed p = panel.placed();
            // A hand under the shoulder stands on its heel, at the wrist.
            String under = c.partWord().equals("hand") ? c.part().replace("hand", "wrist") : c.part();
            double[] part = centre(groups(p, under, false).get(0));
            double[] target = centre(groups(p, c.target(), false).get(0));
            double side = Math.abs(part[0] - target[0]) * mm;
            if (part[1] <= target[1]) {
                return "it is not lower";
            }
            return side > UNDER_MM ? String.format(Locale.ROOT, "%.1f mm to one side", side) : null;
        }
        double best = Double.MAX_VALUE;
        for (double[] s : a) {
            for (double[] t : b) {
                best = Math.min(best, Math.sqrt(sq(s[0] - t[0]) + sq(s[1] - t[1]) + sq(s[2] - t[2])) - s[3] - t[3]);
            }
        }
        double visible = (best * scale - 2 * BODY_OUT) * mm;
        if (c.relation() == Contact.Relation.ON && visible <= TOUCH_MM && c.partWord().equals("hand")
                && c.targetWord().equals("knee")) {
            return pastTheKnee(panel.placed(), c, mm);
        }
        return switch (c.relation()) {
            case ON -> visible > TOUCH_MM ? String.format(Locale.ROOT, "a gap of %.1f mm", visible) : null;
            case OFF -> visible < CLEAR_MM ? String.format(Locale.ROOT, "only %.1f mm apart", Math.max(0, visible))
                    : null;
            default -> "'" + c.relation().word() + "' is for props";
        };
    }

    /**
     * A hand that holds a knee wraps round it: in the picture its fingertips lie on that leg's thigh or shin. An arm
     * that only passes the knee on its way somewhere reaches past the leg, and the reader sees no hold.
     */
    private static String pastTheKnee(Placed p, Contact c, double mm) {
        String hand = c.part();
        String leg = c.target().replace("knee", "");
        double[] tip = p.mark(hand);
        double tipR = p.markR(hand);
        double best = Double.MAX_VALUE;
        for (String segment : List.of("thigh", "shank")) {
            for (Dot d : shapes(p, leg + segment, -1)) {
                best = Math.min(best, Math.hypot(tip[0] - d.x(), tip[1] - d.y()) - d.r() - tipR);
            }
        }
        double visible = (best - 2 * BODY_OUT) * mm;
        return visible > TOUCH_MM ? String.format(Locale.ROOT, "the fingertips reach %.1f mm past the leg",
                visible) : null;
    }

    private static double[] centre(List<Dot> dots) {
        double x = 0;
        double y = 0;
        for (Dot d : dots) {
            x += d.x() / dots.size();
            y += d.y() / dots.size();
        }
        return new double[] {x, y};
    }

    private static double sq(double v) {
        return v * v;
    }

    /** The body as spheres {x, y, z, r} (H units) for a part: its capsules sampled, its ellipsoids' surfaces. */
    private static List<double[]> spheres(Skeleton.Body body, String part) {
        String word = part;
        String w = "";
        for (Side s : Side.values()) {
            if (part.startsWith(s.word() + " ")) {
                w = s.word() + " ";
                word = part.substring(w.length());
            }
        }
        String limb = w.isEmpty() ? null : w + (Set.of("hand", "wrist", "forearm", "upper arm", "elbow", "shoulder")
                .contains(word) ? "arm" : "leg");
        Map<String, String> segments = Map.ofEntries(Map.entry("hand", "hand"), Map.entry("forearm", "forearm"),
                Map.entry("upper arm", "upper arm"),
                Map.entry("thigh", "thigh"), Map.entry("shin", "shank"), Map.entry("foot", "foot"),
                Map.entry("head", "head"), Map.entry("neck", "neck"), Map.entry("back", "chest"),
                Map.entry("upper back", "chest"), Map.entry("chest", "chest"), Map.entry("lower back", "abdomen"),
                Map.entry("belly", "abdomen"), Map.entry("waist", "abdomen"), Map.entry("bottom", "pelvis"),
                Map.entry("pelvis", "pelvis"));
        List<double[]> out = new ArrayList<>();
        String segment = segments.get(word);
        if (segment == null) {
            for (String m : Scene.marksOf(part)) {
                Skeleton.Landmark l = body.landmarks().get(m);
                out.add(new double[] {l.at()[0], l.at()[1], l.at()[2], l.r()});
            }
            return out;
        }
        String limbPart = limb;
        out.addAll(Skeleton.spheres(body, s -> s.segment().equals(segment) && (limbPart == null
                ? !s.part().endsWith(" arm") && !s.part().endsWith(" leg") : s.part().equals(limbPart))));
        return out;
    }

    // ---- passing through ----------------------------------------------------------------------------

    /** Body parts sunk into the floor or a prop in the body's own plane by more than {@link #SINK_MM}. */
    static List<Finding> passesThrough(Scene scene, double mm) {
        List<Finding> out = new ArrayList<>();
        Picture picture = scene.picture();
        if (picture.view() == View.TOP) {
            return out;
        }
        for (int i = 0; i < scene.panels().size(); i++) {
            Scene.Panel panel = scene.panels().get(i);
            Placed p = panel.placed();
            List<Piece> solid = new ArrayList<>(targets(panel, "floor"));
            panel.pieces().stream().filter(x -> x.depth() == Scene.Depth.IN_PLANE).forEach(solid::add);
            for (Shape2 s : p.panel().figure().shapes()) {
                List<Dot> dots = s instanceof Capsule2 c ? dots(p, c, 0, 1) : s instanceof Ellipse2 e ? dots(p, e)
                        : List.of(new Dot(p.x(((Circle2) s).x()), p.y(((Circle2) s).y()), ((Circle2) s).r() * p.scale()));
                for (Piece piece : solid) {
                    boolean chair = piece.prop() == Prop.CHAIR || piece.prop() == Prop.HIGH_BACK_CHAIR;
                    if (chair && s.part().endsWith(" arm")) {
                        continue; // a chair is as wide as the hips: the arms hang beside it
                    }
                    double g = gap(dots, piece);
                    double sunk = (-g - BODY_OUT - PROP_OUT) * mm;
                    if (sunk > SINK_MM) {
                        out.add(new Finding(picture.id(), panelNames(picture).get(i), String.format(Locale.ROOT,
                                "the %s passes %.1f mm into the %s", s.segment(), sunk, piece.name() == null
                                        ? piece.prop().id() : piece.name())));
                        break;
                    }
                }
            }
        }
        return dedupe(out);
    }

    private static List<Finding> dedupe(List<Finding> in) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(in));
    }

    // ---- support ------------------------------------------------------------------------------------

    /**
     * Panels where nothing holds the body up: no part touches the floor or a prop, or the centre of mass stands
     * outside everything it touches (seen across the picture), so the body would tip over.
     */
    static List<Finding> support(Scene scene, double mm) {
        List<Finding> out = new ArrayList<>();
        Picture picture = scene.picture();
        if (picture.view() == View.TOP) {
            return out;
        }
        for (int i = 0; i < scene.panels().size(); i++) {
            Scene.Panel panel = scene.panels().get(i);
            Placed p = panel.placed();
            List<Piece> holds = new ArrayList<>(targets(panel, "floor"));
            panel.pieces().stream().filter(x -> x.name() != null).forEach(holds::add);
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            boolean grips = false;
            for (Shape2 s : p.panel().figure().shapes()) {
                List<Dot> dots = s instanceof Capsule2 c ? dots(p, c, 0, 1) : s instanceof Ellipse2 e ? dots(p, e)
                        : List.of(new Dot(p.x(((Circle2) s).x()), p.y(((Circle2) s).y()), ((Circle2) s).r() * p.scale()));
                for (Dot d : dots) {
                    for (Piece piece : holds) {
                        if (piece.prop() == Prop.BALL || piece.prop() == Prop.TIN) {
                            continue; // held, not holding up
                        }
                        if ((gap(List.of(d), piece) - BODY_OUT - PROP_OUT) * mm <= TOUCH_MM) {
                            lo = Math.min(lo, d.x() - d.r());
                            hi = Math.max(hi, d.x() + d.r());
                            grips |= piece.prop() == Prop.RAIL && s.segment().endsWith("hand");
                        }
                    }
                }
            }
            String name = panelNames(picture).get(i);
            if (lo > hi) {
                out.add(new Finding(picture.id(), name, "nothing holds the body up: it touches neither the floor "
                        + "nor a prop"));
                continue;
            }
            double mass = p.mark(Skeleton.MASS)[0];
            double outside = Math.max(lo - mass, mass - hi) * mm;
            // A hand round a banister pulls as well as pushes: it holds a body leaning a little off its feet.
            double allowed = grips ? GRIP_H * p.scale() * mm : SUPPORT_MM;
            if (outside > allowed) {
                out.add(new Finding(picture.id(), name, String.format(Locale.ROOT, "the body would tip over: its "
                        + "centre of mass is %.1f mm outside what it rests on", outside)));
            }
        }
        return out;
    }

    // ---- movement -----------------------------------------------------------------------------------

    /** Moving segments of a Start and Finish pair that move less than {@link #MOVES_MM} between the two panels. */
    static List<Finding> movement(Scene scene, double mm) {
        List<Finding> out = new ArrayList<>();
        Picture picture = scene.picture();
        if (!picture.isPair()) {
            return out;
        }
        Placed a = scene.panels().get(0).placed();
        Placed b = scene.panels().get(1).placed();
        List<Shape2> sa = a.panel().figure().shapes();
        List<Shape2> sb = b.panel().figure().shapes();
        for (String segment : picture.start().moving()) {
            double most = 0;
            // A forearm turning about its own length (palm up, palm down) shows only in the hand it turns.
            String shown = segment.endsWith("forearm") ? segment.replace("forearm", "hand") : segment;
            for (int i = 0; i < sa.size(); i++) {
                if (!sa.get(i).segment().equals(segment) && !sa.get(i).segment().equals(shown)) {
                    continue;
                }
                List<double[]> pa = keyPoints(a, sa.get(i));
                List<double[]> pb = keyPoints(b, sb.get(i));
                for (int j = 0; j < pa.size(); j++) {
                    most = Math.max(most, Math.hypot(pa.get(j)[0] - pb.get(j)[0], pa.get(j)[1] - pb.get(j)[1]));
                }
            }
            if (most * mm < MOVES_MM) {
                out.add(new Finding(picture.id(), "start and finish", String.format(Locale.ROOT,
                        "the %s, drawn as moving, moves only %.1f mm", segment, most * mm)));
            }
        }
        return out;
    }

    // ---- what shows ---------------------------------------------------------------------------------

    /**
     * How much of each limb (or the trunk or head) drawn as moving shows in each panel, keyed "panel: part" ("start:
     * left leg"): the share of its moving segments that nothing painted over them hides.
     */
    static Map<String, Double> movingShown(Scene scene) {
        Map<String, double[]> area = new java.util.LinkedHashMap<>();
        Picture picture = scene.picture();
        for (int i = 0; i < scene.panels().size(); i++) {
            Placed p = scene.panels().get(i).placed();
            List<FigureSvg.Layer> layers = FigureSvg.layers(p);
            for (String segment : scene.panels().get(i).pose().moving()) {
                String part = p.panel().figure().shapes().stream().filter(s -> s.segment().equals(segment))
                        .map(Shape2::part).findFirst().orElse(segment);
                double[] a = shown(p, layers, segment);
                area.merge(panelNames(picture).get(i) + ": " + part, a, (x, y) -> new double[] {x[0] + y[0],
                    x[1] + y[1]});
            }
        }
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        area.forEach((k, a) -> out.put(k, a[1] == 0 ? 0 : a[0] / a[1]));
        return out;
    }

    /**
     * Limbs drawn as moving of which less than {@link #SHOWS} shows in every panel: a leg hidden behind the other leg
     * throughout does not read as the one that moves. A limb hidden at the Start that shows where it has moved (the
     * far leg of a bird dog, seen from the side) reads from the Finish, and the side view keeps the back readable as
     * flat. Both legs (or arms) moving alike are read from the one that shows. The trunk and head read whatever lies
     * over them, so only limbs are measured.
     */
    static List<Finding> hiddenMoving(Scene scene) {
        List<Finding> out = new ArrayList<>();
        Map<String, Double> shown = movingShown(scene);
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        shown.forEach((k, v) -> best.merge(k.split(": ", 2)[1], v, Math::max));
        for (Map.Entry<String, Double> e : best.entrySet()) {
            String part = e.getKey();
            if (!part.endsWith(" arm") && !part.endsWith(" leg")) {
                continue;
            }
            String other = part.startsWith("right ") ? part.replace("right ", "left ") : part.replace("left ", "right ");
            boolean pair = !other.equals(part) && best.getOrDefault(other, 0.0) >= SHOWS;
            if (e.getValue() < SHOWS && !pair) {
                out.add(new Finding(scene.picture().id(), "every panel", String.format(Locale.ROOT,
                        "the %s, drawn as moving, shows at most %.0f %% (the rest is hidden behind the body or a "
                                + "limb)", part, 100 * e.getValue())));
            }
        }
        return out;
    }

    /** The area of a segment's shapes that no shape painted over it covers, and its whole area, panel units². */
    private static double[] shown(Placed p, List<FigureSvg.Layer> layers, String segment) {
        int own = -1;
        List<Shape2> mine = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Shape2 s : layers.get(i).shapes()) {
                if (s.segment().equals(segment)) {
                    own = i;
                    mine.add(s);
                }
            }
        }
        if (own < 0) {
            return new double[] {0, 0};
        }
        List<Shape2> over = new ArrayList<>();
        for (int i = own + 1; i < layers.size(); i++) {
            over.addAll(layers.get(i).shapes());
        }
        double[] b = p.bounds(s -> s.segment().equals(segment));
        double cell = 0.5;
        double[] area = {0, 0};
        for (double x = b[0] + cell / 2; x < b[2]; x += cell) {
            for (double y = b[1] + cell / 2; y < b[3]; y += cell) {
                if (inside(p, mine, x, y, 0)) {
                    area[1] += cell * cell;
                    if (!inside(p, over, x, y, BODY_OUT)) {
                        area[0] += cell * cell;
                    }
                }
            }
        }
        return area;
    }

    /** True when the point (panel units) lies within one of the shapes, grown by {@code grow}. */
    private static boolean inside(Placed p, List<Shape2> shapes, double x, double y, double grow) {
        double k = p.scale();
        for (Shape2 s : shapes) {
            if (s instanceof Circle2 c) {
                if (Math.hypot(x - p.x(c.x()), y - p.y(c.y())) <= c.r() * k + grow) {
                    return true;
                }
            } else if (s instanceof Capsule2 c) {
                double ax = p.x(c.ax());
                double ay = p.y(c.ay());
                double dx = p.x(c.bx()) - ax;
                double dy = p.y(c.by()) - ay;
                double len = dx * dx + dy * dy;
                double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
                double r = (c.ra() + (c.rb() - c.ra()) * t) * k;
                if (Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= r + grow) {
                    return true;
                }
            } else if (s instanceof Ellipse2 e) {
                // The picture's y runs down: the ellipse's angle turns the other way.
                double t = -StrictMath.toRadians(e.angle());
                double ux = x - p.x(e.x());
                double uy = y - p.y(e.y());
                double ex = ux * StrictMath.cos(t) + uy * StrictMath.sin(t);
                double ey = -ux * StrictMath.sin(t) + uy * StrictMath.cos(t);
                double rx = e.rx() * k + grow;
                double ry = e.ry() * k + grow;
                if (ex * ex / (rx * rx) + ey * ey / (ry * ry) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<double[]> keyPoints(Placed p, Shape2 s) {
        if (s instanceof Capsule2 c) {
            return List.of(new double[] {p.x(c.ax()), p.y(c.ay())}, new double[] {p.x(c.bx()), p.y(c.by())});
        }
        if (s instanceof Circle2 c) {
            return List.of(new double[] {p.x(c.x()), p.y(c.y())});
        }
        Ellipse2 e = (Ellipse2) s;
        double t = StrictMath.toRadians(e.angle());
        double ux = e.rx() * StrictMath.cos(t);
        double uy = e.rx() * StrictMath.sin(t);
        double vx = -e.ry() * StrictMath.sin(t);
        double vy = e.ry() * StrictMath.cos(t);
        return List.of(new double[] {p.x(e.x()), p.y(e.y())}, new double[] {p.x(e.x() + ux), p.y(e.y() + uy)},
                new double[] {p.x(e.x() + vx), p.y(e.y() + vy)});
    }
}

package org.physiokiosk.pictures.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.pictures.figure.FigureSvg.Capsule2;
import org.physiokiosk.pictures.figure.FigureSvg.Circle2;
import org.physiokiosk.pictures.figure.FigureSvg.Ellipse2;
import org.physiokiosk.pictures.figure.FigureSvg.Point2;
import org.physiokiosk.pictures.figure.FigureSvg.Projected;
import org.physiokiosk.pictures.figure.FigureSvg.Shape2;

/**
 * A picture laid out: each panel's body placed on what holds it up, and every prop as plain geometry in panel
 * units (y down), so that drawing it and checking it (does the hand touch the rail?) use the same shapes.
 * Furniture has its real height (a chair seat 0.26 H, a table 0.42 H, a counter 0.53 H, a step 0.10 H) and is
 * moved only sideways to stand where the body needs it; so a pose that does not reach a prop shows it.
 */
final class Scene {

    static final double H = FigureSvg.H;
    static final double FLOOR_Y = FigureSvg.FLOOR_Y;
    /** Heights and sizes, in H. */
    static final double MAT_H = 0.02;
    static final double BED_H = 0.26;
    static final double SEAT_H = 0.24;
    static final double SEAT_DEPTH = 0.26;
    static final double BACK_H = 0.20;
    static final double HIGH_BACK_H = 0.30;
    static final double TABLE_H = 0.42;
    static final double COUNTER_H = 0.53;
    static final double STEP_H = FigureSvg.STEP_H;
    static final double GOING = 0.18;
    static final double RAIL_H = 0.50;
    static final double DOOR_H = 1.15;

    /** How deep a piece is, seen in the picture: only pieces in the body's own plane can be passed through. */
    enum Depth { BEHIND, IN_PLANE, IN_FRONT }

    /** A prop's piece, in panel units. */
    sealed interface Geometry permits Box, Round, Bar {
    }

    /** A rectangle, its corners rounded by {@code rx}. */
    record Box(double x, double y, double w, double h, double rx) implements Geometry {
    }

    record Round(double cx, double cy, double r) implements Geometry {
    }

    /** A straight bar drawn as a line {@code width} wide. */
    record Bar(double x1, double y1, double x2, double y2, double width) implements Geometry {
    }

    /**
     * One piece of a prop. {@code name} is what a contact calls it ("seat", "chair back", "step", "rail"), or
     * null for a piece nothing rests on (a chair leg). {@code topOnly}: standing behind or beyond the body, it is
     * touched only on its top (a counter beside the body holds the hand that rests on it, not the hip in front of it).
     */
    record Piece(Prop prop, String name, Geometry geometry, Depth depth, boolean topOnly) {
    }

    /** One panel: the body placed, and its props. */
    record Panel(Pose pose, Placed placed, List<Piece> pieces) {
    }

    private final Picture picture;
    private final List<Panel> panels;
    private final double scale;

    private Scene(Picture picture, List<Panel> panels, double scale) {
        this.picture = picture;
        this.panels = panels;
        this.scale = scale;
    }

    Picture picture() {
        return picture;
    }

    List<Panel> panels() {
        return panels;
    }

    /** Panel units per H. */
    double scale() {
        return scale;
    }

    static Scene of(Picture picture) {
        List<Pose> poses = picture.isPair() ? List.of(picture.start(), picture.finish()) : List.of(picture.hold());
        List<Figure> figures = new ArrayList<>();
        for (Pose pose : poses) {
            figures.add(new Figure(pose, FigureSvg.project(Skeleton.pose(pose), picture.view(), picture.mirrored())));
        }
        Layout layout = layout(picture, figures);
        List<Panel> out = new ArrayList<>();
        for (Figure f : figures) {
            Placed placed = layout.place(picture, f);
            out.add(new Panel(f.pose(), placed, props(picture, placed)));
        }
        return new Scene(picture, out, layout.scale());
    }

    // ---- the figure in one panel, before placing ----------------------------------------------------

    /** A posed, projected figure, in figure units (H = 1, y up). */
    record Figure(Pose pose, Projected figure) {
        double minY() {
            return figure.shapes().stream().mapToDouble(Scene::bottom).min().orElse(0);
        }

        double maxY() {
            return figure.shapes().stream().mapToDouble(Scene::top).max().orElse(0);
        }

        double minX() {
            return figure.shapes().stream().mapToDouble(Scene::left).min().orElse(0);
        }

        double maxX() {
            return figure.shapes().stream().mapToDouble(Scene::right).max().orElse(0);
        }

        double under(String mark) {
            Point2 m = figure.landmarks().get(mark);
            return m.y() - m.r();
        }

        /** Where the right foot rests on a step: the ball, or the heel when the toes point up. */
        double stepSupport() {
            return under("right foot") > under("right heel") + 0.03 ? under("right heel") : under("right foot");
        }

        /** True when the right heel hangs below the ball (off the step's back edge). */
        boolean heelHangs() {
            return under("right heel") < under("right foot") - 0.01;
        }

        double lowestBesideRightFoot() {
            return figure.shapes().stream().filter(s -> !s.segment().equals("right foot"))
                    .mapToDouble(Scene::bottom).min().orElse(0);
        }

        /** The lowest underside of the shapes a contact part names (its landmarks' circles). */
        double lowestOf(List<String> marks) {
            double low = Double.MAX_VALUE;
            for (String m : marks) {
                low = Math.min(low, under(m));
            }
            return low;
        }
    }

    /** The contacts of a pose with a prop of this name ("step"), relation on. */
    static List<Contact> on(Pose pose, String target) {
        return pose.contacts().stream().filter(c -> c.relation() == Contact.Relation.ON && c.target().equals(target))
                .toList();
    }

    static boolean has(Pose pose, String part, Contact.Relation relation, String target) {
        return pose.contacts().stream().anyMatch(c -> c.relation() == relation && c.target().equals(target)
                && (part == null || c.part().equals(part)));
    }

    /** The landmarks whose circles stand for a contact part when it rests on something. */
    static List<String> marksOf(String part) {
        Optional<Side> side = Optional.empty();
        String word = part;
        for (Side s : Side.values()) {
            if (part.startsWith(s.word() + " ")) {
                side = Optional.of(s);
                word = part.substring(s.word().length() + 1);
            }
        }
        String w = side.map(s -> s.word() + " ").orElse("");
        return switch (word) {
            case "hand" -> List.of(w + "wrist", w + "hand");
            case "forearm" -> List.of(w + "elbow", w + "wrist");
            case "upper arm" -> List.of(w + "shoulder", w + "elbow");
            case "thigh" -> List.of(w + "hip", w + "knee");
            case "shin" -> List.of(w + "knee", w + "ankle");
            case "foot" -> List.of(w + "heel", w + "foot");
            case "toes" -> List.of(w + "foot", w + "toe");
            case "bottom", "pelvis", "lower back" -> List.of("pelvis");
            case "back", "upper back" -> List.of("chest");
            default -> List.of(w + word);
        };
    }

    // ---- layout -------------------------------------------------------------------------------------

    /** How figure units map to panel units: x = ox + fx * scale, y = oy - (fy - minY) * scale. */
    record Layout(double scale, double ox, double lift, boolean heelsHang, boolean legacyStep) {
        Placed place(Picture picture, Figure f) {
            double minY = f.minY();
            boolean floor = picture.view().floorLine();
            if (!floor) {
                return new Placed(f, scale, ox, (FigureSvg.PANEL_H + (f.maxY() - minY) * scale) / 2, minY, heelsHang);
            }
            if (picture.props().contains(Prop.STEP)) {
                Pose pose = f.pose();
                if (legacyStep) {
                    // Poses without contacts: the right foot stands on the step; when another part hangs well below
                    // it (the left foot on the floor, as when stepping up), the body stands on the floor.
                    double support = f.stepSupport();
                    if (f.lowestBesideRightFoot() > support - 0.05) {
                        return new Placed(f, scale, ox, FLOOR_Y - STEP_H * scale, support, heelsHang);
                    }
                    return new Placed(f, scale, ox, FLOOR_Y, minY, heelsHang);
                }
                List<Contact> onStep = on(pose, "step");
                boolean onFloor = !on(pose, "floor").isEmpty();
                if (!onStep.isEmpty() && !onFloor) {
                    double low = Double.MAX_VALUE;
                    for (Contact c : onStep) {
                        low = Math.min(low, f.lowestOf(marksOf(c.part())));
                    }
                    return new Placed(f, scale, ox, FLOOR_Y - STEP_H * scale, low, heelsHang);
                }
                return new Placed(f, scale, ox, FLOOR_Y, minY, heelsHang);
            }
            return new Placed(f, scale, ox, FLOOR_Y - lift, minY, heelsHang);
        }
    }

    /** A panel's figure with its placement in panel units (y down). */
    record Placed(Figure panel, double scale, double ox, double oy, double minY, boolean heelsHang) {
        double x(double fx) {
            return ox + fx * scale;
        }

        double y(double fy) {
            return oy - (fy - minY) * scale;
        }

        double[] mark(String name) {
            Point2 p = panel.figure().landmarks().get(name);
            return new double[] {x(p.x()), y(p.y())};
        }

        double markR(String name) {
            return panel.figure().landmarks().get(name).r() * scale;
        }

        /** The underside of a landmark's circle, panel units (the largest y). */
        double under(String name) {
            return mark(name)[1] + markR(name);
        }

        /** Left, top, right and bottom of the shapes matching, panel units; null when none. */
        double[] bounds(java.util.function.Predicate<Shape2> which) {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            boolean any = false;
            for (Shape2 s : panel.figure().shapes()) {
                if (which.test(s)) {
                    any = true;
                    b[0] = Math.min(b[0], x(left(s)));
                    b[2] = Math.max(b[2], x(right(s)));
                    b[1] = Math.min(b[1], y(top(s)));
                    b[3] = Math.max(b[3], y(bottom(s)));
                }
            }
            return any ? b : null;
        }
    }

    private static Layout layout(Picture picture, List<Figure> figures) {
        boolean floor = picture.view().floorLine();
        // What the body is lifted by, in H: it is drawn at the body's own scale.
        double lift = 0;
        if (picture.props().contains(Prop.MAT)) {
            lift = MAT_H;
        }
        if (picture.props().contains(Prop.BED)) {
            lift = BED_H;
        }
        boolean step = picture.props().contains(Prop.STEP) && floor;
        if (step) {
            lift = STEP_H;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double tall = 0;
        for (Figure p : figures) {
            minX = Math.min(minX, p.minX());
            maxX = Math.max(maxX, p.maxX());
            tall = Math.max(tall, p.maxY() - p.minY());
        }
        double scale = H;
        double room = FigureSvg.FLOOR_X1 - FigureSvg.FLOOR_X0 - 8;
        scale = Math.min(scale, room / (maxX - minX));
        scale = Math.min(scale, floor ? (FLOOR_Y - 8) / (tall + lift) : (FigureSvg.PANEL_H - 16) / tall);
        double ox = FigureSvg.PANEL_W / 2 - (minX + maxX) / 2 * scale;
        boolean legacy = figures.stream().allMatch(f -> f.pose().contacts().isEmpty());
        return new Layout(scale, ox, lift * scale, figures.stream().anyMatch(Figure::heelHangs), legacy);
    }

    // ---- props --------------------------------------------------------------------------------------

    /** Which way the body faces on the page in a side view: +1 right, -1 left. */
    static double front(Picture picture, Placed p) {
        double front = picture.mirrored() ? -1 : 1;
        Point2 belly = p.panel().figure().landmarks().get("belly");
        Point2 back = p.panel().figure().landmarks().get("back");
        if (picture.view().sideways() && Math.abs(belly.x() - back.x()) > 1e-6) {
            front = Math.signum(belly.x() - back.x());
        }
        return front;
    }

    /** The top of what the body lies on: floor, mat or bed. */
    private static double ground(Picture picture, double u) {
        if (picture.props().contains(Prop.BED)) {
            return FLOOR_Y - BED_H * u;
        }
        return FLOOR_Y - (picture.props().contains(Prop.MAT) ? MAT_H * u : 0);
    }

    private static List<Piece> props(Picture picture, Placed p) {
        double u = p.scale(); // panel units per H
        List<Piece> out = new ArrayList<>();
        View view = picture.view();
        if (view == View.TOP) {
            if (picture.props().contains(Prop.PILLOW)) {
                // Seen from above: a pillow under the head.
                double[] head = p.mark("head");
                double w = 0.24 * p.scale();
                double h = 0.15 * p.scale();
                out.add(new Piece(Prop.PILLOW, "pillow", new Box(head[0] - w / 2, head[1] - h / 2, w, h, 0.03 * p.scale()),
                        Depth.BEHIND, false));
            }
            return out;
        }
        double front = front(picture, p);
        double left = p.x(p.panel().minX());
        double right = p.x(p.panel().maxX());
        Pose pose = p.panel().pose();
        for (Prop prop : picture.props()) {
            switch (prop) {
                case FLOOR -> {
                    // drawn by the picture, always
                }
                case MAT -> {
                    double w = Math.min(1.15 * u, FigureSvg.FLOOR_X1 - FigureSvg.FLOOR_X0);
                    double mid = Math.max(FigureSvg.FLOOR_X0 + w / 2, Math.min(FigureSvg.FLOOR_X1 - w / 2,
                            (left + right) / 2));
                    out.add(new Piece(prop, "mat", new Box(mid - w / 2, FLOOR_Y - MAT_H * u, w, MAT_H * u, 0.01 * u),
                            Depth.IN_PLANE, false));
                }
                case BED -> {
                    double top = FLOOR_Y - BED_H * u;
                    double x0 = left - 0.05 * u;
                    double x1 = right + 0.05 * u;
                    double thick = 0.07 * u;
                    double frame = 0.04 * u;
                    out.add(new Piece(prop, null, new Bar(x0 + 0.04 * u, top + thick, x0 + 0.04 * u, FLOOR_Y,
                            2 * FigureSvg.PROP_STROKE), Depth.BEHIND, false));
                    out.add(new Piece(prop, null, new Bar(x1 - 0.04 * u, top + thick, x1 - 0.04 * u, FLOOR_Y,
                            2 * FigureSvg.PROP_STROKE), Depth.BEHIND, false));
                    out.add(new Piece(prop, null, new Box(x0, top + thick, x1 - x0, frame, 0.004 * u), Depth.IN_PLANE,
                            false));
                    out.add(new Piece(prop, "bed", new Box(x0, top, x1 - x0, thick, 0.02 * u), Depth.IN_PLANE, false));
                }
                case PILLOW -> {
                    double[] head = p.mark("head");
                    double w = 0.22 * u;
                    double h = 0.045 * u;
                    out.add(new Piece(prop, "pillow", new Box(head[0] - w / 2, ground(picture, u) - h, w, h, 0.02 * u),
                            Depth.IN_PLANE, false));
                }
                case CHAIR, HIGH_BACK_CHAIR -> chair(out, picture, p, front, prop);
                case WALL_BEHIND, WALL_IN_FRONT -> {
                    if (!view.sideways()) {
                        continue; // a wall behind or in front lies in the picture's plane: not drawn
                    }
                    boolean ahead = prop == Prop.WALL_IN_FRONT;
                    double x = (ahead == front > 0) ? right : left;
                    double t = 0.04 * u;
                    double x0 = (ahead == front > 0) ? x : x - t;
                    // A little above the head, no higher: a wall as tall as a room would shrink the body to fit.
                    double top = Math.max(FLOOR_Y - 1.2 * u, p.bounds(s -> true)[1] - 0.12 * u);
                    out.add(new Piece(prop, "wall", new Box(x0, top, t, FLOOR_Y - top, 0), Depth.IN_PLANE, false));
                }
                case STEP -> stairs(out, picture, p, front);
                case RAIL -> rail(out, picture, p, front);
                case COUNTER -> counter(out, picture, p, front);
                case COUNTER_BESIDE, TABLE_BESIDE -> beside(out, picture, p, prop);
                case TABLE -> {
                    if (view.sideways()) {
                        table(out, p, front, pose);
                    }
                }
                case TOWEL_ROLL -> towelRoll(out, picture, p, pose);
                case DOOR_FRAME -> doorFrame(out, picture, p, pose);
                case BALL -> {
                    double[] at = held(p, "right", 0.045 * u);
                    out.add(new Piece(prop, "ball", new Round(at[0], at[1], 0.045 * u), Depth.BEHIND, false));
                }
                case TIN -> {
                    double w = 0.05 * u;
                    double h = 0.075 * u;
                    // In front of the hand, half in its palm: the hand holds it, and it shows which way the palm faces.
                    double[] at = held(p, "right", h / 2);
                    out.add(new Piece(prop, "tin", new Box(at[0] - w / 2, at[1] - h / 2, w, h, 0.008 * u),
                            Depth.IN_FRONT, false));
                }
                case ANKLE_WEIGHT -> {
                    // Strapped on, it holds nothing up: no name, so no contact or support counts it.
                    double[] ankle = p.mark("right ankle");
                    double[] knee = p.mark("right knee");
                    double len = Math.hypot(knee[0] - ankle[0], knee[1] - ankle[1]);
                    double dx = (knee[0] - ankle[0]) / len;
                    double dy = (knee[1] - ankle[1]) / len;
                    double from = 0.025 * u;
                    double to = 0.085 * u;
                    out.add(new Piece(prop, null, new Bar(ankle[0] + dx * from, ankle[1] + dy * from,
                            ankle[0] + dx * to, ankle[1] + dy * to, 0.075 * u), Depth.IN_FRONT, false));
                }
            }
        }
        return matBeforeTheChair(out, p, u);
    }

    /**
     * A mat in front of a chair, never under it: a chair on a mat or a folded blanket can slide when pushed on to
     * stand up, so the mat ends a little short of the chair's nearer legs (and stays under the body).
     */
    private static List<Piece> matBeforeTheChair(List<Piece> out, Placed p, double u) {
        Piece mat = out.stream().filter(x -> "mat".equals(x.name()) && x.geometry() instanceof Box).findFirst()
                .orElse(null);
        Piece seat = out.stream().filter(x -> "seat".equals(x.name()) && x.geometry() instanceof Box).findFirst()
                .orElse(null);
        if (mat == null || seat == null) {
            return out;
        }
        Box m = (Box) mat.geometry();
        Box c = (Box) seat.geometry();
        double body = (p.x(p.panel().minX()) + p.x(p.panel().maxX())) / 2;
        double gap = 0.03 * u;
        double x0 = m.x();
        double x1 = m.x() + m.w();
        if (c.x() + c.w() / 2 > body) {
            x1 = Math.min(x1, c.x() - gap); // the chair on the right
        } else {
            x0 = Math.max(x0, c.x() + c.w() + gap);
        }
        if (x1 - x0 >= m.w() || x1 <= x0) {
            return out;
        }
        List<Piece> clipped = new ArrayList<>(out);
        clipped.set(out.indexOf(mat), new Piece(mat.prop(), mat.name(), new Box(x0, m.y(), x1 - x0, m.h(), m.rx()),
                mat.depth(), mat.topOnly()));
        return clipped;
    }

    /**
     * Where something held in the hand sits: off the middle of the palm by {@code reach}, on the palm's side, as the
     * picture shows it (in the hand's middle when the palm faces the viewer or away).
     */
    private static double[] held(Placed p, String side, double reach) {
        double u = p.scale(); // panel units per H
        double[] wrist = p.mark(side + " wrist");
        double[] hand = p.mark(side + " hand");
        double[] palm = p.mark(side + " palm");
        double mx = (wrist[0] + hand[0]) / 2;
        double my = (wrist[1] + hand[1]) / 2;
        double dx = palm[0] - mx;
        double dy = palm[1] - my;
        double len = Math.hypot(dx, dy);
        if (len < 0.008 * p.scale()) {
            return new double[] {mx, my}; // the palm faces the viewer or away: in the hand's middle
        }
        return new double[] {mx + dx / len * reach, my + dy / len * reach};
    }

    /**
     * A plain chair: the seat under the buttocks, the back behind the body, two legs to the floor; in front of a body
     * kneeling at it when only the hands rest on it ({@link #handsOnSeat}).
     */
    private static void chair(List<Piece> out, Picture picture, Placed p, double front, Prop prop) {
        double u = p.scale(); // panel units per H
        double backH = (prop == Prop.HIGH_BACK_CHAIR ? HIGH_BACK_H : BACK_H) * u;
        double thick = 0.03 * u;
        double seatY = FLOOR_Y - SEAT_H * u;
        double stroke = 2 * FigureSvg.PROP_STROKE;
        if (untouched(p.panel().pose())) {
            // A chair nothing rests on yet (lying on the floor or on hands and knees, the chair to get up with): it
            // stands side-on a little way beyond the head, its seat facing the body, as it is when the hands reach it.
            double[] head = p.mark("head");
            double toward = head[0] >= p.mark("pelvis")[0] ? 1 : -1;
            double ahead = toward > 0 ? -Double.MAX_VALUE : Double.MAX_VALUE;
            for (Shape2 s : p.panel().figure().shapes()) {
                ahead = toward > 0 ? Math.max(ahead, p.x(right(s))) : Math.min(ahead, p.x(left(s)));
            }
            facing(out, prop, ahead + toward * 0.06 * u, toward, u, backH, thick, seatY, stroke);
            return;
        }
        if (!picture.view().sideways()) {
            // Seen from the front or back: the seat across behind the thighs, the back behind the body.
            double mid = p.mark("pelvis")[0];
            double w = 0.36 * u;
            out.add(new Piece(prop, null, new Bar(mid - w / 2 + 0.03 * u, seatY, mid - w / 2 + 0.03 * u, FLOOR_Y,
                    stroke), Depth.BEHIND, false));
            out.add(new Piece(prop, null, new Bar(mid + w / 2 - 0.03 * u, seatY, mid + w / 2 - 0.03 * u, FLOOR_Y,
                    stroke), Depth.BEHIND, false));
            out.add(new Piece(prop, "chair back", new Box(mid - w / 2 + 0.02 * u, seatY - backH, w - 0.04 * u, backH,
                    0.01 * u), Depth.BEHIND, false));
            out.add(new Piece(prop, "seat", new Box(mid - w / 2, seatY, w, thick, 0.004 * u), Depth.BEHIND, true));
            return;
        }
        if (handsOnSeat(p.panel().pose())) {
            // Kneeling at a chair, the hands on its seat: it stands in front of the body, facing it, its seat's front
            // edge just clear of the foremost part of the body below the seat (the thighs, or a foot set forward),
            // its back on the far side.
            double ahead = front > 0 ? -Double.MAX_VALUE : Double.MAX_VALUE;
            for (Shape2 s : p.panel().figure().shapes()) {
                if (!s.part().endsWith(" arm") && p.y(bottom(s)) > seatY) {
                    ahead = front > 0 ? Math.max(ahead, p.x(right(s))) : Math.min(ahead, p.x(left(s)));
                }
            }
            facing(out, prop, ahead + front * 0.02 * u, front, u, backH, thick, seatY, stroke);
            return;
        }
        // The chair's back stands behind the part of the back that rests on it (the bottom when none says).
        String leans = "pelvis";
        for (Contact c : on(p.panel().pose(), "chair back")) {
            leans = switch (c.part()) {
                case "upper back", "back", "chest" -> "chest";
                case "lower back", "waist" -> "abdomen";
                default -> "pelvis";
            };
        }
        double backX = front > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        for (Shape2 s : p.panel().figure().shapes()) {
            if (s.segment().equals(leans)) {
                backX = front > 0 ? Math.min(backX, left(s)) : Math.max(backX, right(s));
            }
        }
        double bx = p.x(backX);
        double depth = SEAT_DEPTH * u;
        // Sitting away from the chair's back: the back stands a hand's width behind the body.
        double away = has(p.panel().pose(), "back", Contact.Relation.OFF, "chair back") ? 0.10 * u
                : leans.equals("pelvis") ? 0.02 * u : 0.01 * u;
        double x0 = front > 0 ? bx - away : bx + away - depth;
        if (has(p.panel().pose(), null, Contact.Relation.ON, "chair edge")) {
            // Sitting near the front of the seat: its front edge just in front of the sitting bones.
            double sit = p.mark("pelvis")[0] + front * 0.07 * u;
            x0 = front > 0 ? sit - depth : sit;
        }
        double lowest = p.y(p.panel().minY()); // the underside of the whole body: below the seat when sitting
        double[] seatBody = p.bounds(s -> s.segment().equals("pelvis"));
        if (seatBody != null && seatBody[3] < seatY - 0.06 * u && lowest > seatY) {
            // Standing up from it: the chair stands just behind the legs.
            double legs = front > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
            for (Shape2 s : p.panel().figure().shapes()) {
                if (s.part().endsWith(" leg")) {
                    legs = front > 0 ? Math.min(legs, left(s)) : Math.max(legs, right(s));
                }
            }
            x0 = front > 0 ? p.x(legs) - 0.01 * u - depth : p.x(legs) + 0.01 * u;
        }
        double backPostX = front > 0 ? x0 - thick : x0 + depth;
        out.add(new Piece(prop, "chair back", new Box(backPostX, seatY - backH - thick, thick, backH + thick, 0.004 * u),
                Depth.IN_PLANE, false));
        out.add(new Piece(prop, null, new Bar(x0 + 0.02 * u, seatY, x0 + 0.02 * u, FLOOR_Y, stroke), Depth.BEHIND,
                false));
        out.add(new Piece(prop, null, new Bar(x0 + depth - 0.02 * u, seatY, x0 + depth - 0.02 * u, FLOOR_Y, stroke),
                Depth.BEHIND, false));
        out.add(new Piece(prop, "seat", new Box(Math.min(x0, backPostX), seatY, depth + thick, thick, 0.004 * u),
                Depth.IN_PLANE, false));
    }

    /**
     * A chair seen side-on whose seat's front edge is at {@code near} and faces back the other way from
     * {@code toward}: its back on the far side.
     */
    private static void facing(List<Piece> out, Prop prop, double near, double toward, double u, double backH,
                               double thick, double seatY, double stroke) {
        double depth = SEAT_DEPTH * u;
        double x0 = toward > 0 ? near : near - depth;
        double backPostX = toward > 0 ? x0 + depth : x0 - thick;
        out.add(new Piece(prop, "chair back", new Box(backPostX, seatY - backH - thick, thick, backH + thick,
                0.004 * u), Depth.IN_PLANE, false));
        out.add(new Piece(prop, null, new Bar(x0 + 0.02 * u, seatY, x0 + 0.02 * u, FLOOR_Y, stroke), Depth.BEHIND,
                false));
        out.add(new Piece(prop, null, new Bar(x0 + depth - 0.02 * u, seatY, x0 + depth - 0.02 * u, FLOOR_Y,
                stroke), Depth.BEHIND, false));
        out.add(new Piece(prop, "seat", new Box(Math.min(x0, backPostX), seatY, depth + thick, thick, 0.004 * u),
                Depth.IN_PLANE, false));
    }

    /**
     * True when the pose says a part is clear of the chair ("head off chair") and none rests on it: the chair waits
     * in front of someone on the floor.
     */
    static boolean untouched(Pose pose) {
        List<Contact> chair = pose.contacts().stream().filter(c -> c.target().startsWith("chair")).toList();
        // "bottom off chair" is standing up from it: the chair stays behind the legs.
        return !chair.isEmpty() && chair.stream().allMatch(c -> c.relation() == Contact.Relation.OFF
                && (c.part().equals("head") || c.partWord().equals("hand")));
    }

    /**
     * True when the hands rest on the chair's seat and nothing else does: someone kneeling at a chair (getting up
     * from the floor), not sitting on it.
     */
    static boolean handsOnSeat(Pose pose) {
        List<Contact> seat = pose.contacts().stream().filter(c -> c.relation() == Contact.Relation.ON
                && c.target().startsWith("chair")).toList();
        return !seat.isEmpty() && seat.stream().allMatch(c -> c.target().equals("chair")
                && c.partWord().equals("hand"));
    }

    /** The bottom step's edge (the one nearest the body), in panel x; the stairs rise from it the way the body faces. */
    static double nosing(Picture picture, Placed p, double front) {
        double u = p.scale(); // panel units per H
        Pose pose = p.panel().pose();
        boolean legacy = picture.isPair() ? picture.start().contacts().isEmpty() && picture.finish().contacts()
                .isEmpty() : picture.hold().contacts().isEmpty();
        if (legacy) {
            Figure panel = p.panel();
            boolean onHeel = panel.stepSupport() != panel.under("right foot");
            return onHeel ? p.mark("right heel")[0] - front * 0.05 * u
                    : p.heelsHang() ? p.mark("right foot")[0] - front * 0.01 * u
                    : p.mark("right heel")[0] - front * 0.04 * u;
        }
        List<Contact> onStep = on(pose, "step");
        boolean onFloor = !on(pose, "floor").isEmpty();
        if (onStep.isEmpty()) {
            // At the bottom of the stairs: the step just in front of the foremost toes.
            double toes = front > 0 ? Math.max(p.mark("right toe")[0], p.mark("left toe")[0])
                    : Math.min(p.mark("right toe")[0], p.mark("left toe")[0]);
            return toes + front * (0.012 * u + 0.05 * u);
        }
        double edge = front > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        for (Contact c : onStep) {
            String side = c.side().map(s -> s.word() + " ").orElse("right ");
            double x;
            if (c.partWord().equals("toes") && has(pose, side + "heel", Contact.Relation.BELOW, "step")) {
                // On the ball of the foot at the edge, the heel over it.
                x = p.mark(side + "foot")[0] - front * 0.015 * u;
            } else if (c.partWord().equals("heel") && onFloor) {
                x = p.mark(side + "heel")[0] - front * 0.05 * u;
            } else {
                x = p.mark(side + "heel")[0] - front * 0.04 * u;
            }
            edge = front > 0 ? Math.min(edge, x) : Math.max(edge, x);
        }
        return edge;
    }

    /** The bottom of a flight of stairs: two steps, the second behind the first. */
    private static void stairs(List<Piece> out, Picture picture, Placed p, double front) {
        double u = p.scale(); // panel units per H
        if (!picture.view().sideways()) {
            return;
        }
        double xn = nosing(picture, p, front);
        double going = GOING * u;
        double rise = STEP_H * u;
        double x0 = front > 0 ? xn : xn - 2 * going;
        out.add(new Piece(Prop.STEP, "step", new Box(x0, FLOOR_Y - rise, 2 * going, rise, 0), Depth.IN_PLANE, false));
        double x1 = front > 0 ? xn + going : xn - 2 * going;
        out.add(new Piece(Prop.STEP, "step", new Box(x1, FLOOR_Y - 2 * rise, going, rise, 0), Depth.IN_PLANE, false));
    }

    /**
     * A banister: the rail 0.50 H above the line of the step edges, rising with the stairs, and its post at the
     * bottom step. On the body's far side (behind the figure) unless the near hand holds it.
     */
    private static void rail(List<Piece> out, Picture picture, Placed p, double front) {
        double u = p.scale(); // panel units per H
        if (!picture.view().sideways() || !picture.props().contains(Prop.STEP)) {
            return;
        }
        double xn = nosing(picture, p, front);
        double slope = STEP_H / GOING;
        double y0 = FLOOR_Y - (STEP_H + RAIL_H) * u;
        double len = 2 * GOING * u + 0.20 * u;
        double x1 = xn + front * len;
        double y1 = y0 - slope * len;
        boolean near = has(p.panel().pose(), "right hand", Contact.Relation.ON, "rail");
        Depth depth = near ? Depth.IN_FRONT : Depth.BEHIND;
        // Its post stands on the bottom step, half a step in, clear of a heel hanging over the edge.
        double post = 0.035 * u;
        double px = xn + front * 0.5 * GOING * u;
        double py = y0 - slope * 0.5 * GOING * u;
        double stepTop = FLOOR_Y - STEP_H * u;
        out.add(new Piece(Prop.RAIL, "rail", new Box(px - post / 2, py - 0.03 * u, post, stepTop - py + 0.03 * u,
                0.004 * u), depth, false));
        out.add(new Piece(Prop.RAIL, "rail", new Bar(px, py, x1, y1, 0.025 * u), depth, false));
    }

    /** A counter the body faces: in front of it in a side view, beyond it in a back or front view. */
    private static void counter(List<Piece> out, Picture picture, Placed p, double front) {
        double u = p.scale(); // panel units per H
        double top = FLOOR_Y - COUNTER_H * u;
        if (!picture.view().sideways()) {
            double w = 0.9 * u;
            double mid = p.mark("pelvis")[0];
            out.add(new Piece(Prop.COUNTER, "counter", new Box(mid - w / 2, top, w, COUNTER_H * u, 0), Depth.BEHIND,
                    true));
            return;
        }
        // The hands lie on the top: the near edge is just behind the wrists, yet clear of the body.
        double w = 0.35 * u;
        double left = p.x(p.panel().minX());
        double right = p.x(p.panel().maxX());
        double body = front > 0 ? -Double.MAX_VALUE : Double.MAX_VALUE;
        for (Shape2 s : p.panel().figure().shapes()) {
            if (!s.part().endsWith(" arm")) {
                body = front > 0 ? Math.max(body, p.x(right(s))) : Math.min(body, p.x(left(s)));
            }
        }
        double edge = front > 0 ? right - 0.02 * u : left + 0.02 * u;
        for (Side side : Side.values()) {
            double wrist = p.mark(side.word() + " wrist")[0] - front * 0.01 * u;
            edge = front > 0 ? Math.min(edge, wrist) : Math.max(edge, wrist);
        }
        double clear = body + front * 0.01 * u;
        edge = front > 0 ? Math.max(edge, clear) : Math.min(edge, clear);
        double x0 = front > 0 ? edge : edge - w;
        out.add(new Piece(Prop.COUNTER, "counter", new Box(x0, top, w, COUNTER_H * u, 0), Depth.IN_PLANE, false));
    }

    /**
     * A counter or table beside the body, on its left. Side view: a long one behind the figure, from behind the back
     * to past the hand. Front or back view: at the figure's left side.
     */
    private static void beside(List<Piece> out, Picture picture, Placed p, Prop prop) {
        double u = p.scale(); // panel units per H
        double height = (prop == Prop.TABLE_BESIDE ? TABLE_H : COUNTER_H) * u;
        String name = prop == Prop.TABLE_BESIDE ? "table" : "counter";
        double top = FLOOR_Y - height;
        double left = p.x(p.panel().minX());
        double right = p.x(p.panel().maxX());
        if (picture.view().sideways()) {
            double[] torso = p.bounds(s -> s.part().equals("torso"));
            double[] hand = p.mark("left hand");
            double x0 = Math.min(torso[0], hand[0]) - 0.22 * u;
            double x1 = Math.max(torso[2], hand[0]) + 0.22 * u;
            if (prop == Prop.TABLE_BESIDE) {
                double stroke = 2 * FigureSvg.PROP_STROKE;
                out.add(new Piece(prop, null, new Bar(x0 + 0.03 * u, top, x0 + 0.03 * u, FLOOR_Y, stroke),
                        Depth.BEHIND, false));
                out.add(new Piece(prop, null, new Bar(x1 - 0.03 * u, top, x1 - 0.03 * u, FLOOR_Y, stroke),
                        Depth.BEHIND, false));
                out.add(new Piece(prop, name, new Box(x0, top, x1 - x0, 0.03 * u, 0.004 * u), Depth.BEHIND, true));
            } else {
                out.add(new Piece(prop, name, new Box(x0, top, x1 - x0, height, 0), Depth.BEHIND, true));
            }
            return;
        }
        double w = 0.35 * u;
        double out1 = Math.signum(p.mark("left shoulder")[0] - p.mark("right shoulder")[0]);
        if (picture.view() == View.BACK_QUARTER) {
            // Seen from behind and to the right, the counter at the body's left stands beyond it: the left hand rests
            // on its top, near its end.
            double[] hand = p.mark("left hand");
            double x0 = out1 > 0 ? hand[0] - 0.10 * u : hand[0] + 0.10 * u - w;
            out.add(new Piece(prop, name, new Box(x0, top, w, height, 0), Depth.BEHIND, true));
            return;
        }
        double x0 = out1 > 0 ? right - 0.02 * u : left + 0.02 * u - w;
        out.add(new Piece(prop, name, new Box(x0, top, w, height, 0), Depth.IN_PLANE, false));
    }

    /**
     * A table in front of the body: its top at table height, under the forearm, elbow or hand a contact rests on it
     * (the right forearm when none says). When that forearm points forward its far edge is at the wrist, so the hand
     * can hang over it; when it stands up, the table reaches on past the elbow. Its near edge stops at the torso.
     */
    private static void table(List<Piece> out, Placed p, double front, Pose pose) {
        double u = p.scale(); // panel units per H
        String side = "right";
        for (Contact c : on(pose, "table")) {
            side = c.side().map(Side::word).orElse(side);
            break;
        }
        double[] elbow = p.mark(side + " elbow");
        double[] wrist = p.mark(side + " wrist");
        double top = FLOOR_Y - TABLE_H * u;
        boolean legacy = pose.contacts().isEmpty();
        if (legacy) {
            top = Math.max(elbow[1] + p.markR(side + " elbow"), wrist[1] + p.markR(side + " wrist"));
        }
        double far = front * (wrist[0] - elbow[0]) > 0.06 * u ? wrist[0] : elbow[0] + front * 0.25 * u;
        double torso = front > 0 ? -Double.MAX_VALUE : Double.MAX_VALUE;
        for (Shape2 s : p.panel().figure().shapes()) {
            if (s.part().equals("torso")) {
                torso = front > 0 ? Math.max(torso, p.x(right(s))) : Math.min(torso, p.x(left(s)));
            }
        }
        double near = front > 0 ? Math.max(far - 0.35 * u, torso) : Math.min(far + 0.35 * u, torso);
        double x0 = Math.min(near, far);
        double w = Math.abs(far - near);
        double thick = 0.04 * u;
        double stroke = 2 * FigureSvg.PROP_STROKE;
        // Only the leg at its far edge: the near one stands among the sitter's legs, where it would only confuse.
        double leg = front > 0 ? x0 + w - 0.03 * u : x0 + 0.03 * u;
        out.add(new Piece(Prop.TABLE, null, new Bar(leg, top, leg, FLOOR_Y, stroke), Depth.BEHIND, false));
        out.add(new Piece(Prop.TABLE, "table", new Box(x0, top, w, thick, 0.004 * u), Depth.IN_PLANE, false));
    }

    /** A rolled towel under the knee on it, or between the elbow on it and the side; the right knee when none says. */
    private static void towelRoll(List<Piece> out, Picture picture, Placed p, Pose pose) {
        double u = p.scale(); // panel units per H
        String part = "right knee";
        for (Contact c : on(pose, "towel roll")) {
            part = c.part();
            break;
        }
        double r = 0.04 * u;
        double[] at = p.mark(part);
        if (part.endsWith("elbow")) {
            // Between the elbow and the body's side, level with the elbow.
            double[] torso = p.bounds(s -> s.part().equals("torso"));
            double side = at[0] < (torso[0] + torso[2]) / 2 ? torso[0] : torso[2];
            double inner = at[0] < side ? at[0] + p.markR(part) : at[0] - p.markR(part);
            double gap = Math.abs(side - inner);
            // Seen end on, tucked between them: drawn over both, or the arm would hide it.
            r = Math.max(0.028 * u, gap / 2 + 0.01 * u);
            out.add(new Piece(Prop.TOWEL_ROLL, "towel roll", new Round((side + inner) / 2, at[1], r), Depth.IN_FRONT,
                    false));
            return;
        }
        if (pose.contacts().isEmpty()) {
            r = Math.max(0.02 * u, (ground(picture, u) - (at[1] + p.markR(part))) / 2);
        }
        out.add(new Piece(Prop.TOWEL_ROLL, "towel roll", new Round(at[0], ground(picture, u) - r, r), Depth.IN_PLANE,
                false));
    }

    /**
     * A door frame. Front view: a post against the hand that presses on it, on the palm's side ("right hand on door
     * frame") or the back of the wrist's ("right wrist on door frame"); the right wrist's outer side when none says.
     * Side and three-quarter views: a post behind each part resting on it (the right hand when none says).
     */
    private static void doorFrame(List<Piece> out, Picture picture, Placed p, Pose pose) {
        double u = p.scale(); // panel units per H
        double w = 0.07 * u;
        double tall = DOOR_H * u;
        List<Contact> on = on(pose, "door frame");
        if (picture.view().sideways()) {
            List<String> parts = on.isEmpty() ? List.of("right hand") : on.stream().map(Contact::part).toList();
            for (String part : parts) {
                List<String> marks = marksOf(part);
                double x = 0;
                for (String m : marks) {
                    x += p.mark(m)[0] / marks.size();
                }
                out.add(new Piece(Prop.DOOR_FRAME, "door frame", new Box(x - w / 2, FLOOR_Y - tall, w, tall, 0),
                        Depth.BEHIND, false));
            }
            return;
        }
        if (picture.view() != View.FRONT && picture.view() != View.BACK) {
            return;
        }
        String part = on.isEmpty() ? "right wrist" : on.get(0).part();
        String side = part.startsWith("left ") ? "left" : "right";
        double[] hand = p.mark(side + " hand");
        double[] wrist = p.mark(side + " wrist");
        double dir;
        if (on.isEmpty()) {
            dir = Math.signum(p.mark("right shoulder")[0] - p.mark("left shoulder")[0]);
        } else {
            double[] palm = p.mark(side + " palm");
            double mid = (hand[0] + wrist[0]) / 2;
            dir = Math.signum(palm[0] - mid);
            if (part.endsWith("wrist")) {
                dir = -dir; // the back of the wrist presses on it
            }
            if (dir == 0) {
                dir = Math.signum(p.mark("right shoulder")[0] - p.mark("left shoulder")[0]);
            }
        }
        double edge = dir > 0 ? Math.max(hand[0] + p.markR(side + " hand"), wrist[0] + p.markR(side + " wrist"))
                : Math.min(hand[0] - p.markR(side + " hand"), wrist[0] - p.markR(side + " wrist"));
        double x0 = dir > 0 ? edge : edge - w;
        double[] torso = p.bounds(s -> s.part().equals("torso"));
        boolean overBody = x0 < torso[2] && x0 + w > torso[0];
        out.add(new Piece(Prop.DOOR_FRAME, "door frame", new Box(x0, FLOOR_Y - tall, w, tall, 0),
                overBody ? Depth.IN_FRONT : Depth.IN_PLANE, false));
    }

    // ---- shape bounds, figure units -----------------------------------------------------------------

    static double bottom(Shape2 s) {
        if (s instanceof Circle2 c) {
            return c.y() - c.r();
        }
        if (s instanceof Capsule2 c) {
            return Math.min(c.ay() - c.ra(), c.by() - c.rb());
        }
        Ellipse2 e = (Ellipse2) s;
        return e.y() - halfHeight(e);
    }

    static double top(Shape2 s) {
        if (s instanceof Circle2 c) {
            return c.y() + c.r();
        }
        if (s instanceof Capsule2 c) {
            return Math.max(c.ay() + c.ra(), c.by() + c.rb());
        }
        Ellipse2 e = (Ellipse2) s;
        return e.y() + halfHeight(e);
    }

    static double left(Shape2 s) {
        if (s instanceof Circle2 c) {
            return c.x() - c.r();
        }
        if (s instanceof Capsule2 c) {
            return Math.min(c.ax() - c.ra(), c.bx() - c.rb());
        }
        Ellipse2 e = (Ellipse2) s;
        return e.x() - halfWidth(e);
    }

    static double right(Shape2 s) {
        if (s instanceof Circle2 c) {
            return c.x() + c.r();
        }
        if (s instanceof Capsule2 c) {
            return Math.max(c.ax() + c.ra(), c.bx() + c.rb());
        }
        Ellipse2 e = (Ellipse2) s;
        return e.x() + halfWidth(e);
    }

    private static double halfHeight(Ellipse2 e) {
        double t = StrictMath.toRadians(e.angle());
        double s = StrictMath.sin(t);
        double c = StrictMath.cos(t);
        return StrictMath.sqrt(e.rx() * e.rx() * s * s + e.ry() * e.ry() * c * c);
    }

    private static double halfWidth(Ellipse2 e) {
        double t = StrictMath.toRadians(e.angle());
        double s = StrictMath.sin(t);
        double c = StrictMath.cos(t);
        return StrictMath.sqrt(e.rx() * e.rx() * c * c + e.ry() * e.ry() * s * s);
    }
}

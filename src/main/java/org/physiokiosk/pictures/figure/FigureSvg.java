package org.physiokiosk.pictures.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physiokiosk.pictures.figure.Skeleton.Ball3;
import org.physiokiosk.pictures.figure.Skeleton.Body;
import org.physiokiosk.pictures.figure.Skeleton.Capsule3;
import org.physiokiosk.pictures.figure.Skeleton.Ellipsoid3;
import org.physiokiosk.pictures.figure.Skeleton.Landmark;
import org.physiokiosk.pictures.figure.Skeleton.Shape3;

/**
 * Draws a {@link Picture} as SVG: poses each panel with {@link Skeleton}, projects it orthographically
 * for the view, fits the props to the body, and draws by layers (props, far limbs, torso, head, near
 * limbs, held band or towel, arrow). Each layer is drawn twice: a dark outline pass with twice the stroke
 * width, then the fill, so joined segments show no seams in either renderer.
 */
public final class FigureSvg {

    /** Figure height in SVG units, and the panel and pair sizes of the style guide. */
    public static final double H = 160;
    public static final double PANEL_W = 320;
    public static final double PANEL_H = 240;
    public static final double GAP = 20;
    public static final double PAIR_W = 2 * PANEL_W + GAP;
    static final double FLOOR_Y = 216;
    static final double FLOOR_X0 = 16;
    static final double FLOOR_X1 = 304;
    /** Step height in H. */
    static final double STEP_H = 0.10;

    static final String OUTLINE = "#222831";
    static final String NEAR = "#ECEFF1";
    static final String FAR = "#CDD3D8";
    static final String MOVING = "#EE8F3D";
    static final String ARROW = "#C04F00";
    static final String HAIR = "#7B848D";
    static final String PROP_LINE = "#8A939C";
    static final String PROP_FILL = "#F4F5F6";

    static final double BODY_STROKE = 0.0125 * H;
    static final double PROP_STROKE = 0.01 * H;
    static final double DETAIL_STROKE = 0.007 * H;

    private FigureSvg() {
    }

    /** Room left around what is drawn, in SVG units. */
    static final double MARGIN = 6;

    /**
     * The picture as SVG text; the same picture always gives the same bytes. Each panel is cut to what is drawn
     * in either panel (the same cut for both, so Start and Finish stay level and at one scale), and a pair is laid
     * out side by side ({@code data-panels="row"}) or, when that would be far wider than tall (a body lying down),
     * one above the other ({@code "column"}); a held position is {@code "one"}.
     */
    public static String svg(Picture picture) {
        Scene scene = Scene.of(picture);
        List<Svg> drawn = new ArrayList<>();
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        List<Scene.Panel> panels = scene.panels();
        for (int i = 0; i < panels.size(); i++) {
            Svg svg = new Svg();
            Scene.Panel panel = panels.get(i);
            drawPieces(svg, panel, false);
            drawBody(svg, panel.placed());
            drawHeld(svg, panel.placed());
            drawPieces(svg, panel, true);
            if (i == 0 && picture.isPair()) {
                for (Arrow arrow : picture.arrows()) {
                    drawArrow(svg, arrow, panel.placed(), panels.get(1).placed());
                }
            }
            drawn.add(svg);
            x0 = Math.min(x0, svg.minX());
            y0 = Math.min(y0, svg.minY());
            x1 = Math.max(x1, svg.maxX());
            y1 = Math.max(y1, svg.maxY());
        }
        boolean floor = picture.view().floorLine();
        // The floor runs a little past what stands on it, on both sides.
        double left = x0 - (floor ? 2 * MARGIN : MARGIN);
        double right = x1 + (floor ? 2 * MARGIN : MARGIN);
        double top = Math.max(0, y0 - MARGIN);
        double bottom = floor ? FLOOR_Y + PROP_STROKE / 2 + MARGIN / 2 : Math.min(PANEL_H, y1 + MARGIN);
        double w = right - left;
        double h = bottom - top;
        String arrangement = !picture.isPair() ? "one" : rowFits(w, h) ? "row" : "column";
        double width = arrangement.equals("row") ? 2 * w + GAP : w;
        double height = arrangement.equals("column") ? 2 * h + GAP : h;
        StringBuilder out = new StringBuilder(Svg.root(width, height, arrangement,
                picture.view() == View.BACK || picture.view() == View.BACK_QUARTER));
        for (int i = 0; i < drawn.size(); i++) {
            Svg panel = drawn.get(i);
            double dx = arrangement.equals("row") ? i * (w + GAP) : 0;
            double dy = arrangement.equals("column") ? i * (h + GAP) : 0;
            if (floor) {
                // Beneath the props and the body, as before the cut.
                panel.under(new Svg().line(left + MARGIN / 2, FLOOR_Y, right - MARGIN / 2, FLOOR_Y, PROP_LINE,
                        PROP_STROKE));
            }
            out.append(panel.panel(dx - left, dy - top));
        }
        return out.append("</svg>\n").toString();
    }

    /**
     * Side by side unless that is much wider than tall: the picture beside a card's text is about 1.7 times as
     * wide as it is high, so the arrangement nearer that shape is the one drawn larger there.
     */
    private static boolean rowFits(double w, double h) {
        double target = 1.7;
        double row = Math.abs(Math.log((2 * w + GAP) / h / target));
        double column = Math.abs(Math.log(w / (2 * h + GAP) / target));
        return row <= column;
    }

    // ---- projection -------------------------------------------------------------------------------

    /** A projected shape in figure units (y up), with its depth toward the viewer. */
    sealed interface Shape2 permits Circle2, Capsule2, Ellipse2 {
        String part();

        String segment();

        double depth();
    }

    record Circle2(String part, String segment, double depth, double x, double y, double r) implements Shape2 {
    }

    record Capsule2(String part, String segment, double depth, double ax, double ay, double ra, double bx, double by,
            double rb) implements Shape2 {
    }

    /** {@code angle}: degrees from the x axis to the rx axis, counter-clockwise (y up). */
    record Ellipse2(String part, String segment, double depth, double x, double y, double rx, double ry,
            double angle) implements Shape2 {
    }

    record Point2(double x, double y, double r, double depth) {
    }

    record Projected(List<Shape2> shapes, Map<String, Point2> landmarks) {
    }

    static Projected project(Body body, View view, boolean mirrored) {
        double[][] axes = view.axes();
        double[] sx = mirrored ? new double[] {-axes[0][0], -axes[0][1], -axes[0][2]} : axes[0];
        double[] sy = axes[1];
        double[] sz = axes[2];
        List<Shape2> out = new ArrayList<>();
        for (Shape3 s : body.shapes()) {
            String segment = s.part().endsWith(" arm") || s.part().endsWith(" leg")
                    ? s.part().substring(0, s.part().indexOf(' ') + 1) + s.segment() : s.segment();
            if (s instanceof Capsule3 c) {
                out.add(new Capsule2(s.part(), segment, (Skeleton.M.dot(c.a(), sz) + Skeleton.M.dot(c.b(), sz)) / 2,
                        Skeleton.M.dot(c.a(), sx), Skeleton.M.dot(c.a(), sy), c.ra(),
                        Skeleton.M.dot(c.b(), sx), Skeleton.M.dot(c.b(), sy), c.rb()));
            } else if (s instanceof Ball3 b) {
                out.add(new Circle2(s.part(), segment, Skeleton.M.dot(b.centre(), sz), Skeleton.M.dot(b.centre(), sx),
                        Skeleton.M.dot(b.centre(), sy), b.r()));
            } else if (s instanceof Ellipsoid3 e) {
                out.add(ellipse(e, segment, sx, sy, sz));
            }
        }
        Map<String, Point2> marks = new LinkedHashMap<>();
        for (Map.Entry<String, Landmark> m : body.landmarks().entrySet()) {
            double[] at = m.getValue().at();
            marks.put(m.getKey(), new Point2(Skeleton.M.dot(at, sx), Skeleton.M.dot(at, sy), m.getValue().r(),
                    Skeleton.M.dot(at, sz)));
        }
        return new Projected(out, marks);
    }

    /** The outline of an ellipsoid seen along {@code sz}: the ellipse of (P A)(P A)^T, A = frame * diag(semi). */
    private static Ellipse2 ellipse(Ellipsoid3 e, String segment, double[] sx, double[] sy, double[] sz) {
        double[][] f = e.frame();
        double[] u = new double[3];
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            double[] col = {f[0][k] * e.semi()[k], f[1][k] * e.semi()[k], f[2][k] * e.semi()[k]};
            u[k] = Skeleton.M.dot(col, sx);
            v[k] = Skeleton.M.dot(col, sy);
        }
        double a = u[0] * u[0] + u[1] * u[1] + u[2] * u[2];
        double b = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        double c = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
        double mean = (a + c) / 2;
        double diff = StrictMath.sqrt((a - c) * (a - c) / 4 + b * b);
        double angle = StrictMath.toDegrees(0.5 * StrictMath.atan2(2 * b, a - c));
        return new Ellipse2(e.part(), segment, Skeleton.M.dot(e.centre(), sz), Skeleton.M.dot(e.centre(), sx),
                Skeleton.M.dot(e.centre(), sy), StrictMath.sqrt(mean + diff),
                StrictMath.sqrt(Math.max(0, mean - diff)), angle);
    }

    // ---- drawing ----------------------------------------------------------------------------------

    /** One part of the body as it is painted: its shapes (the torso with its waist), and whether it is a far one. */
    record Layer(String part, List<Shape2> shapes, boolean far) {
    }

    /** The body's parts in the order they are painted, each over the ones before it. */
    static List<Layer> layers(Scene.Placed placed) {
        List<Shape2> shapes = placed.panel().figure().shapes();
        Map<String, List<Shape2>> parts = new LinkedHashMap<>();
        for (Shape2 s : shapes) {
            parts.computeIfAbsent(s.part(), k -> new ArrayList<>()).add(s);
        }
        double torsoDepth = depth(parts.get("torso"));
        List<String> far = new ArrayList<>();
        List<String> near = new ArrayList<>();
        for (String part : parts.keySet()) {
            if (part.equals("torso")) {
                continue;
            }
            // The head among the near limbs, by depth: seen from above it covers the arms crossed below it.
            (!part.equals("head") && depth(parts.get(part)) < torsoDepth - 0.01 ? far : near).add(part);
        }
        Comparator<String> byDepth = Comparator.comparingDouble(p -> depth(parts.get(p)));
        far.sort(byDepth.thenComparing(Comparator.naturalOrder()));
        near.sort(byDepth.thenComparing(Comparator.naturalOrder()));
        List<String> order = new ArrayList<>(far);
        order.add("torso");
        order.addAll(near);
        List<Layer> out = new ArrayList<>();
        for (String part : order) {
            List<Shape2> layer = parts.get(part);
            out.add(new Layer(part, part.equals("torso") ? withWaist(layer) : layer, far.contains(part)));
        }
        return out;
    }

    private static void drawBody(Svg svg, Scene.Placed placed) {
        for (Layer layer : layers(placed)) {
            String rest = layer.far() ? FAR : NEAR;
            for (Shape2 s : layer.shapes()) {
                draw(svg, placed, s, OUTLINE, OUTLINE, 2 * BODY_STROKE);
            }
            boolean back = layer.part().equals("head") && facesAway(layer.shapes());
            for (Shape2 s : layer.shapes()) {
                if (back && s instanceof Circle2) {
                    continue; // the nose, behind the head
                }
                boolean moving = placed.panel().pose().moving().contains(s.segment());
                // Seen from behind, the head is its hair: the figure does not read as one seen from the front.
                String fill = moving ? MOVING : back && s instanceof Ellipse2 ? HAIR : rest;
                draw(svg, placed, s, fill, null, 0);
            }
        }
    }

    /** True when the face (the nose) is turned away from the viewer: the head is seen from behind. */
    private static boolean facesAway(List<Shape2> head) {
        double skull = Double.NaN;
        double nose = Double.NaN;
        for (Shape2 s : head) {
            if (s instanceof Ellipse2 e) {
                skull = e.depth();
            } else if (s instanceof Circle2 c) {
                nose = c.depth();
            }
        }
        return nose < skull - 0.03;
    }

    /**
     * The torso's ellipses joined by tapered capsules whose radius at each ellipse's centre is the
     * ellipse's own half-thickness across the chain, so the waist has no notches.
     */
    private static List<Shape2> withWaist(List<Shape2> torso) {
        List<Shape2> joins = new ArrayList<>();
        Ellipse2 prev = null;
        for (Shape2 s : torso) {
            if (s instanceof Ellipse2 e) {
                if (prev != null) {
                    double dx = e.x() - prev.x();
                    double dy = e.y() - prev.y();
                    double len = StrictMath.hypot(dx, dy);
                    if (len > 1e-9) {
                        double nx = -dy / len;
                        double ny = dx / len;
                        joins.add(new Capsule2("torso", e.segment().equals("chest") ? "abdomen" : prev.segment(),
                                e.depth(), prev.x(), prev.y(), across(prev, nx, ny), e.x(), e.y(), across(e, nx, ny)));
                    }
                }
                prev = e;
            }
        }
        List<Shape2> all = new ArrayList<>(joins);
        all.addAll(torso);
        return all;
    }

    /** Half the ellipse's thickness along the unit direction (nx, ny). */
    private static double across(Ellipse2 e, double nx, double ny) {
        double t = StrictMath.toRadians(e.angle());
        double c = StrictMath.cos(t);
        double s = StrictMath.sin(t);
        double along1 = nx * c + ny * s;
        double along2 = -nx * s + ny * c;
        return StrictMath.sqrt(e.rx() * e.rx() * along1 * along1 + e.ry() * e.ry() * along2 * along2) * 0.995;
    }

    private static double depth(List<Shape2> shapes) {
        return shapes.stream().mapToDouble(Shape2::depth).average().orElse(0);
    }

    private static void draw(Svg svg, Scene.Placed p, Shape2 s, String fill, String stroke, double sw) {
        double k = p.scale();
        if (s instanceof Circle2 c) {
            svg.circle(p.x(c.x()), p.y(c.y()), c.r() * k, fill, stroke, sw);
        } else if (s instanceof Ellipse2 e) {
            svg.ellipse(p.x(e.x()), p.y(e.y()), e.rx() * k, e.ry() * k, -e.angle(), fill, stroke, sw);
        } else if (s instanceof Capsule2 c) {
            Svg.PathData d = capsule(p.x(c.ax()), p.y(c.ay()), c.ra() * k, p.x(c.bx()), p.y(c.by()), c.rb() * k);
            if (d == null) {
                boolean aBigger = c.ra() >= c.rb();
                svg.circle(p.x(aBigger ? c.ax() : c.bx()), p.y(aBigger ? c.ay() : c.by()),
                        Math.max(c.ra(), c.rb()) * k, fill, stroke, sw);
            } else {
                svg.path(d, fill, stroke, sw);
            }
        }
    }

    /** Two circles joined by their outer tangents, as path data; null when one circle holds the other. */
    static Svg.PathData capsule(double ax, double ay, double ra, double bx, double by, double rb) {
        double dx = bx - ax;
        double dy = by - ay;
        double d = StrictMath.sqrt(dx * dx + dy * dy);
        if (d <= Math.abs(ra - rb) + 1e-6) {
            return null;
        }
        double ux = dx / d;
        double uy = dy / d;
        double nx = -uy;
        double ny = ux;
        double sin = (ra - rb) / d;
        double cos = StrictMath.sqrt(1 - sin * sin);
        double px = nx * cos + ux * sin;
        double py = ny * cos + uy * sin;
        double mx = -nx * cos + ux * sin;
        double my = -ny * cos + uy * sin;
        boolean sweep = px * uy - py * ux > 0;
        return new Svg.PathData()
                .move(ax + ra * px, ay + ra * py)
                .line(bx + rb * px, by + rb * py)
                .arc(rb, false, sweep, bx + rb * mx, by + rb * my)
                .line(ax + ra * mx, ay + ra * my)
                .arc(ra, true, sweep, ax + ra * px, ay + ra * py)
                .close();
    }

    /** The pieces of the props behind the body and in its plane, or those in front of it. */
    private static void drawPieces(Svg svg, Scene.Panel panel, boolean inFront) {
        for (Scene.Piece piece : panel.pieces()) {
            if ((piece.depth() == Scene.Depth.IN_FRONT) != inFront) {
                continue;
            }
            if (piece.geometry() instanceof Scene.Box b) {
                svg.rect(b.x(), b.y(), b.w(), b.h(), b.rx(), PROP_FILL, PROP_LINE, PROP_STROKE);
            } else if (piece.geometry() instanceof Scene.Round r) {
                svg.circle(r.cx(), r.cy(), r.r(), PROP_FILL, PROP_LINE, PROP_STROKE);
            } else if (piece.geometry() instanceof Scene.Bar l) {
                svg.line(l.x1(), l.y1(), l.x2(), l.y2(), PROP_LINE, l.width());
            }
        }
    }

    /** A band's far end may be tied to a door handle on the body's left or right, level with the hand. */
    static final java.util.Set<String> DOORS = java.util.Set.of("door on the left", "door on the right");

    private static void drawHeld(Svg svg, Scene.Placed p) {
        for (Pose.Held held : p.panel().pose().held()) {
            double[] a = p.mark(held.from());
            if (DOORS.contains(held.to())) {
                // Toward the body's left or right on the page, to a handle 0.45 H from the hand.
                double lx = p.mark("left shoulder")[0] - p.mark("right shoulder")[0];
                double dir = Math.signum(lx) * (held.to().endsWith("left") ? 1 : -1);
                // The door stays where it is in both panels: beside the body, not beside the hand that moves.
                double[] torso = p.bounds(s -> s.part().equals("torso"));
                double x = (dir > 0 ? torso[2] : torso[0]) + dir * 0.35 * H;
                svg.line(a[0], a[1], x, a[1], PROP_LINE, 0.012 * H);
                svg.line(x + dir * 0.02 * H, FLOOR_Y, x + dir * 0.02 * H, a[1] - 0.35 * H, PROP_LINE, PROP_STROKE);
                svg.rect(x - 0.01 * H + dir * 0.01 * H, a[1] - 0.025 * H, 0.02 * H, 0.05 * H, 0.004 * H, PROP_FILL,
                        PROP_LINE, PROP_STROKE);
                continue;
            }
            double[] b = p.mark(held.to());
            if (held.kind() == Pose.Held.Kind.BAND) {
                svg.line(a[0], a[1], b[0], b[1], PROP_LINE, 0.012 * H);
            } else {
                Svg.PathData d = capsule(a[0], a[1], 0.015 * H, b[0], b[1], 0.015 * H);
                if (d != null) {
                    svg.path(d, PROP_FILL, PROP_LINE, PROP_STROKE);
                }
            }
        }
    }

    // ---- arrows -----------------------------------------------------------------------------------

    private static final double SHAFT = 0.018 * H;
    private static final double HEAD_L = 0.055 * H;
    private static final double HEAD_W = 0.05 * H;

    private static void drawArrow(Svg svg, Arrow arrow, Scene.Placed start, Scene.Placed finish) {
        if (arrow.centre() != null) {
            arc(svg, arrow, start, finish);
        } else {
            straight(svg, arrow, start, finish);
        }
    }

    private static void arc(Svg svg, Arrow arrow, Scene.Placed start, Scene.Placed finish) {
        double[] c = start.mark(arrow.centre());
        double[] p0 = start.mark(arrow.point());
        double[] c1 = finish.mark(arrow.centre());
        double[] p1 = finish.mark(arrow.point());
        double r = StrictMath.hypot(p0[0] - c[0], p0[1] - c[1]) + start.markR(arrow.point())
                + arrow.offset() * H;
        double a0 = StrictMath.atan2(p0[1] - c[1], p0[0] - c[0]);
        double a1 = StrictMath.atan2(p1[1] - c1[1], p1[0] - c1[0]);
        double delta = a1 - a0;
        while (delta > Math.PI) {
            delta -= 2 * Math.PI;
        }
        while (delta <= -Math.PI) {
            delta += 2 * Math.PI;
        }
        double sign = delta >= 0 ? 1 : -1;
        double headAngle = HEAD_L / r;
        double min = (arrow.twoWay() ? 3.2 : 2.2) * headAngle;
        if (Math.abs(delta) < min) {
            double mid = a0 + delta / 2;
            a0 = mid - sign * min / 2;
            delta = sign * min;
        }
        // Never under the floor, where the picture is cut: trim the ends of an arc that dips below it.
        double limit = FLOOR_Y - HEAD_W / 2 - PROP_STROKE;
        double step = sign * 0.02;
        while (Math.abs(delta) > min && c[1] + (r + HEAD_W / 2) * StrictMath.sin(a0) > limit) {
            a0 += step;
            delta -= step;
        }
        while (Math.abs(delta) > min && c[1] + (r + HEAD_W / 2) * StrictMath.sin(a0 + delta) > limit) {
            delta -= step;
        }
        a1 = a0 + delta;
        double s0 = arrow.twoWay() ? a0 + sign * headAngle : a0;
        double s1 = a1 - sign * headAngle;
        double ro = r + SHAFT / 2;
        double ri = r - SHAFT / 2;
        boolean sweep = sign > 0;
        boolean large = Math.abs(s1 - s0) > Math.PI;
        Svg.PathData d = new Svg.PathData().move(c[0] + ro * StrictMath.cos(s0), c[1] + ro * StrictMath.sin(s0))
                .arc(ro, large, sweep, c[0] + ro * StrictMath.cos(s1), c[1] + ro * StrictMath.sin(s1))
                .line(c[0] + (r + HEAD_W / 2) * StrictMath.cos(s1), c[1] + (r + HEAD_W / 2) * StrictMath.sin(s1))
                .line(c[0] + r * StrictMath.cos(a1), c[1] + r * StrictMath.sin(a1))
                .line(c[0] + (r - HEAD_W / 2) * StrictMath.cos(s1), c[1] + (r - HEAD_W / 2) * StrictMath.sin(s1))
                .line(c[0] + ri * StrictMath.cos(s1), c[1] + ri * StrictMath.sin(s1))
                .arc(ri, large, !sweep, c[0] + ri * StrictMath.cos(s0), c[1] + ri * StrictMath.sin(s0));
        if (arrow.twoWay()) {
            d.line(c[0] + (r - HEAD_W / 2) * StrictMath.cos(s0), c[1] + (r - HEAD_W / 2) * StrictMath.sin(s0))
                    .line(c[0] + r * StrictMath.cos(a0), c[1] + r * StrictMath.sin(a0))
                    .line(c[0] + (r + HEAD_W / 2) * StrictMath.cos(s0), c[1] + (r + HEAD_W / 2) * StrictMath.sin(s0));
        }
        svg.path(d.close(), ARROW, null, 0);
    }

    private static void straight(Svg svg, Arrow arrow, Scene.Placed start, Scene.Placed finish) {
        double[] p0 = start.mark(arrow.point());
        double[] p1 = finish.mark(arrow.point());
        double[] body = start.mark("waist");
        double dx = p1[0] - p0[0];
        double dy = p1[1] - p0[1];
        double len = StrictMath.hypot(dx, dy);
        if (len < 1e-6) {
            dx = 0;
            dy = -1;
            len = 1;
        }
        double ux = dx / len;
        double uy = dy / len;
        double mx = (p0[0] + p1[0]) / 2;
        double my = (p0[1] + p1[1]) / 2;
        double min = (arrow.twoWay() ? 3.5 : 2.5) * HEAD_L;
        double half = Math.max(len, min) / 2;
        // Away from the body: from the waist toward the moving point at the start; the arrow stands clear
        // of both positions.
        double ax = p0[0] - body[0];
        double ay = p0[1] - body[1];
        double al = StrictMath.hypot(ax, ay);
        if (al < 1e-6) {
            ax = 0;
            ay = -1;
            al = 1;
        }
        ax /= al;
        ay /= al;
        // Toward or away from the body: the arrow stands off along its own line; else beside it.
        double along = ux * ax + uy * ay;
        if (Math.abs(along) >= 0.5) {
            ax = Math.signum(along) * ux;
            ay = Math.signum(along) * uy;
        } else {
            double side = -uy * ax + ux * ay >= 0 ? 1 : -1;
            ax = -uy * side;
            ay = ux * side;
        }
        double shift = arrow.offset() * H + Math.abs(ux * ax + uy * ay) * (half + len / 2);
        // Standing off along its own line would push an arrow for a heel dropping below a step under the floor:
        // then it stands beside the movement instead, on the side away from the body's middle.
        if (Math.abs(along) >= 0.5 && my + ay * shift + Math.abs(uy) * half + HEAD_W > FLOOR_Y) {
            double side = (p0[0] - body[0]) * -uy + (p0[1] - body[1]) * ux >= 0 ? 1 : -1;
            ax = -uy * side;
            ay = ux * side;
            shift = arrow.offset() * H + 0.06 * H;
        }
        mx += ax * shift;
        my += ay * shift;
        // Never under the floor, where the picture is cut: lift it clear of the floor line.
        double lowest = my + Math.abs(uy) * half + HEAD_W / 2 + PROP_STROKE;
        if (lowest > FLOOR_Y) {
            my -= lowest - FLOOR_Y;
        }
        double x0 = mx - ux * half;
        double y0 = my - uy * half;
        double x1 = mx + ux * half;
        double y1 = my + uy * half;
        double nx = -uy;
        double ny = ux;
        double w = SHAFT / 2;
        double hw = HEAD_W / 2;
        double sx0 = arrow.twoWay() ? x0 + ux * HEAD_L : x0;
        double sy0 = arrow.twoWay() ? y0 + uy * HEAD_L : y0;
        double sx1 = x1 - ux * HEAD_L;
        double sy1 = y1 - uy * HEAD_L;
        Svg.PathData d = new Svg.PathData().move(sx0 + nx * w, sy0 + ny * w).line(sx1 + nx * w, sy1 + ny * w)
                .line(sx1 + nx * hw, sy1 + ny * hw).line(x1, y1).line(sx1 - nx * hw, sy1 - ny * hw)
                .line(sx1 - nx * w, sy1 - ny * w).line(sx0 - nx * w, sy0 - ny * w);
        if (arrow.twoWay()) {
            d.line(sx0 - nx * hw, sy0 - ny * hw).line(x0, y0).line(sx0 + nx * hw, sy0 + ny * hw);
        }
        svg.path(d.close(), ARROW, null, 0);
    }
}

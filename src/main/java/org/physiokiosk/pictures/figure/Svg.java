package org.physiokiosk.pictures.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the SVG subset that JSVG and iText's svg module draw the same way: {@code svg}, {@code g} with a
 * translate, {@code path} (M, L, A, Z), {@code ellipse} with a rotate, {@code circle}, {@code rect},
 * {@code line} and {@code polygon}, with fill, stroke and stroke-width only. No text, style, opacity,
 * line caps or joins. Numbers have at most two decimals, written with a dot whatever the locale.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();
    /** What has been drawn so far covers this box (in the coordinates of the elements, strokes included). */
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    /** Elements only, no {@code svg} root: a panel, placed later with {@link #panel}. */
    Svg() {
    }

    /**
     * The root element; {@code panels} says how a pair is arranged ("row", "column") or "one", and
     * {@code data-seen="behind"} marks a body drawn from behind, so a caption can say so.
     */
    static String root(double width, double height, String panels, boolean fromBehind) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + ' ' + n(height) + "\" data-panels=\"" + panels + "\""
                + (fromBehind ? " data-seen=\"behind\"" : "") + ">\n";
    }

    /** The elements drawn so far, wrapped in a group moved by (dx, dy). */
    String panel(double dx, double dy) {
        return "<g transform=\"translate(" + n(dx) + ' ' + n(dy) + ")\">\n" + out + "</g>\n";
    }

    /** Puts what {@code under} drew beneath everything drawn here so far. */
    Svg under(Svg under) {
        out.insert(0, under.out);
        cover(under.minX, under.minY, under.maxX, under.maxY, 0);
        return this;
    }

    boolean isEmpty() {
        return minX > maxX;
    }

    double minX() {
        return minX;
    }

    double minY() {
        return minY;
    }

    double maxX() {
        return maxX;
    }

    double maxY() {
        return maxY;
    }

    private void cover(double x0, double y0, double x1, double y1, double pad) {
        minX = Math.min(minX, Math.min(x0, x1) - pad);
        minY = Math.min(minY, Math.min(y0, y1) - pad);
        maxX = Math.max(maxX, Math.max(x0, x1) + pad);
        maxY = Math.max(maxY, Math.max(y0, y1) + pad);
    }

    /** A number rounded to 2 decimals, half up, no trailing zeros, never "-0". */
    static String n(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        BigDecimal d = new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }

    Svg path(PathData d, String fill, String stroke, double strokeWidth) {
        cover(d.minX, d.minY, d.maxX, d.maxY, stroke == null ? 0 : strokeWidth / 2);
        out.append("<path d=\"").append(d).append('"');
        paint(fill, stroke, strokeWidth);
        return this;
    }

    Svg ellipse(double cx, double cy, double rx, double ry, double rotate, String fill, String stroke, double sw) {
        double r = Math.max(rx, ry);
        cover(cx - r, cy - r, cx + r, cy + r, stroke == null ? 0 : sw / 2);
        out.append("<ellipse cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" rx=\"").append(n(rx))
                .append("\" ry=\"").append(n(ry)).append('"');
        String turn = n(rotate);
        if (!turn.equals("0")) {
            out.append(" transform=\"rotate(").append(turn).append(' ').append(n(cx)).append(' ').append(n(cy))
                    .append(")\"");
        }
        paint(fill, stroke, sw);
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke, double sw) {
        cover(cx - r, cy - r, cx + r, cy + r, stroke == null ? 0 : sw / 2);
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"');
        paint(fill, stroke, sw);
        return this;
    }

    Svg rect(double x, double y, double w, double h, double rx, String fill, String stroke, double sw) {
        cover(x, y, x + w, y + h, stroke == null ? 0 : sw / 2);
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
        if (rx > 0) {
            out.append(" rx=\"").append(n(rx)).append('"');
        }
        paint(fill, stroke, sw);
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double sw) {
        cover(x1, y1, x2, y2, sw / 2);
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"');
        paint(null, stroke, sw);
        return this;
    }

    private void paint(String fill, String stroke, double sw) {
        out.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(sw)).append('"');
        }
        out.append("/>\n");
    }

    /** Path data built with the same number format. */
    static final class PathData {
        private final StringBuilder d = new StringBuilder();
        /** The points the path goes through, arcs widened by their radius: a box that holds the whole shape. */
        private double minX = Double.MAX_VALUE;
        private double minY = Double.MAX_VALUE;
        private double maxX = -Double.MAX_VALUE;
        private double maxY = -Double.MAX_VALUE;
        private double lastX;
        private double lastY;

        private void through(double x, double y, double r) {
            minX = Math.min(minX, x - r);
            minY = Math.min(minY, y - r);
            maxX = Math.max(maxX, x + r);
            maxY = Math.max(maxY, y + r);
            lastX = x;
            lastY = y;
        }

        PathData move(double x, double y) {
            return cmd("M", x, y);
        }

        PathData line(double x, double y) {
            return cmd("L", x, y);
        }

        PathData arc(double r, boolean large, boolean sweep, double x, double y) {
            bound(r, large, sweep, x, y);
            sep();
            d.append("A").append(n(r)).append(' ').append(n(r)).append(" 0 ").append(large ? 1 : 0).append(' ')
                    .append(sweep ? 1 : 0).append(' ').append(n(x)).append(' ').append(n(y));
            lastX = x;
            lastY = y;
            return this;
        }

        /** Widens the box by points along a circular arc, its centre found as SVG does (spec F.6.5, no rotation). */
        private void bound(double r, boolean large, boolean sweep, double x, double y) {
            double hx = (lastX - x) / 2;
            double hy = (lastY - y) / 2;
            double chord = hx * hx + hy * hy;
            if (chord < 1e-12) {
                return;
            }
            double k = (large != sweep ? 1 : -1) * StrictMath.sqrt(Math.max(0, (r * r - chord) / chord));
            double cx = k * hy + (lastX + x) / 2;
            double cy = -k * hx + (lastY + y) / 2;
            double radius = StrictMath.hypot(lastX - cx, lastY - cy);
            double from = StrictMath.atan2(lastY - cy, lastX - cx);
            double turn = StrictMath.atan2(y - cy, x - cx) - from;
            if (sweep && turn < 0) {
                turn += 2 * Math.PI;
            } else if (!sweep && turn > 0) {
                turn -= 2 * Math.PI;
            }
            double ex = lastX;
            double ey = lastY;
            for (int i = 1; i <= 32; i++) {
                double a = from + turn * i / 32;
                through(cx + radius * StrictMath.cos(a), cy + radius * StrictMath.sin(a), 0);
            }
            lastX = ex;
            lastY = ey;
        }

        PathData close() {
            sep();
            d.append('Z');
            return this;
        }

        private PathData cmd(String c, double x, double y) {
            through(x, y, 0);
            sep();
            d.append(c).append(n(x)).append(' ').append(n(y));
            return this;
        }

        private void sep() {
            if (d.length() > 0) {
                d.append(' ');
            }
        }

        @Override
        public String toString() {
            return d.toString();
        }
    }
}

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

    Svg(double width, double height) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\">\n");
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

    Svg openGroup(double dx, double dy) {
        out.append("<g transform=\"translate(").append(n(dx)).append(' ').append(n(dy)).append(")\">\n");
        return this;
    }

    Svg closeGroup() {
        out.append("</g>\n");
        return this;
    }

    Svg path(String d, String fill, String stroke, double strokeWidth) {
        out.append("<path d=\"").append(d).append('"');
        paint(fill, stroke, strokeWidth);
        return this;
    }

    Svg ellipse(double cx, double cy, double rx, double ry, double rotate, String fill, String stroke, double sw) {
        out.append("<ellipse cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" rx=\"").append(n(rx))
                .append("\" ry=\"").append(n(ry)).append('"');
        String r = n(rotate);
        if (!r.equals("0")) {
            out.append(" transform=\"rotate(").append(r).append(' ').append(n(cx)).append(' ').append(n(cy))
                    .append(")\"");
        }
        paint(fill, stroke, sw);
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke, double sw) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"');
        paint(fill, stroke, sw);
        return this;
    }

    Svg rect(double x, double y, double w, double h, double rx, String fill, String stroke, double sw) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
        if (rx > 0) {
            out.append(" rx=\"").append(n(rx)).append('"');
        }
        paint(fill, stroke, sw);
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double sw) {
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

    String finish() {
        return out + "</svg>\n";
    }

    /** Path data built with the same number format. */
    static final class PathData {
        private final StringBuilder d = new StringBuilder();

        PathData move(double x, double y) {
            return cmd("M", x, y);
        }

        PathData line(double x, double y) {
            return cmd("L", x, y);
        }

        PathData arc(double r, boolean large, boolean sweep, double x, double y) {
            sep();
            d.append("A").append(n(r)).append(' ').append(n(r)).append(" 0 ").append(large ? 1 : 0).append(' ')
                    .append(sweep ? 1 : 0).append(' ').append(n(x)).append(' ').append(n(y));
            return this;
        }

        PathData close() {
            sep();
            d.append('Z');
            return this;
        }

        private PathData cmd(String c, double x, double y) {
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

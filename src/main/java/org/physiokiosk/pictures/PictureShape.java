package org.physiokiosk.pictures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an exercise picture and how its panels lie, read from the SVG's root element: {@code width},
 * {@code height} and {@code data-panels} ("row": Start beside Finish, "column": Start above Finish, "one": a
 * held position). Pictures drawn before the panels were cut to size have no {@code data-panels}: a 660 x 240
 * picture is a Start | Finish row, anything else one position.
 */
public record PictureShape(double width, double height, Panels panels) {

    /** How a picture's panels are arranged. */
    public enum Panels { ONE, ROW, COLUMN }

    /** The gap between two panels, in SVG units (the figure model's). */
    public static final double GAP = 20;

    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\bviewBox=\"\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*\"");
    private static final Pattern PANELS = Pattern.compile("\\bdata-panels=\"(one|row|column)\"");
    private static final Pattern SEEN_BEHIND = Pattern.compile("\\bdata-seen=\"behind\"");

    public PictureShape {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a picture needs a width and a height");
        }
    }

    /** The shape of {@code svg}; a picture with no readable view box is taken as 320 x 240, one position. */
    public static PictureShape of(String svg) {
        Matcher root = ROOT.matcher(svg);
        if (!root.find()) {
            return new PictureShape(320, 240, Panels.ONE);
        }
        String tag = root.group();
        Matcher box = VIEW_BOX.matcher(tag);
        double w = 320;
        double h = 240;
        if (box.find()) {
            w = Double.parseDouble(box.group(1));
            h = Double.parseDouble(box.group(2));
        }
        Matcher panels = PANELS.matcher(tag);
        Panels p;
        if (panels.find()) {
            p = Panels.valueOf(panels.group(1).toUpperCase(java.util.Locale.ROOT));
        } else {
            p = w == 660 && h == 240 ? Panels.ROW : Panels.ONE;
        }
        return new PictureShape(w, h, p);
    }

    /** Whether {@code svg} marks its body as drawn from behind ({@code data-seen="behind"} on its root). */
    public static boolean seenFromBehind(String svg) {
        Matcher root = ROOT.matcher(svg);
        return root.find() && SEEN_BEHIND.matcher(root.group()).find();
    }

    /** One panel's width in SVG units. */
    public double panelWidth() {
        return panels == Panels.ROW ? (width - GAP) / 2 : width;
    }

    /** One panel's height in SVG units. */
    public double panelHeight() {
        return panels == Panels.COLUMN ? (height - GAP) / 2 : height;
    }

    /** The scale (points per SVG unit) that fits the picture in {@code maxW} x {@code maxH}, never above {@code most}. */
    public float scaleToFit(float maxW, float maxH, float most) {
        return (float) Math.min(most, Math.min(maxW / width, maxH / height));
    }
}

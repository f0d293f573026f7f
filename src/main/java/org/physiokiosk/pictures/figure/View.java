package org.physiokiosk.pictures.figure;

/**
 * Where the viewer stands. Side: looking at the body's right side, the body facing the picture's right.
 * Front: looking at the body's front. Back: looking at the body's back, the body's right on the picture's right
 * (someone facing a counter, seen from behind). Three-quarter: from the front right, between side and front, so
 * an arm held out to the side still shows while a lean forward does too. Back three-quarter: from behind and to
 * the right, so one foot set in front of the other shows, and so does a counter at the body's left. Top: looking
 * down from above, the body's front toward the top.
 */
public enum View {
    SIDE("side"), FRONT("front"), BACK("back"), THREE_QUARTER("three-quarter"), BACK_QUARTER("back-three-quarter"),
    TOP("top");

    /** How far the three-quarter views turn, degrees: from the side toward the front, from the back toward the side. */
    static final double QUARTER = 40;

    private final String id;

    View(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Side and three-quarter views show the body from its right side, facing across the picture. */
    boolean sideways() {
        return this == SIDE || this == THREE_QUARTER;
    }

    /** Views with the floor seen edge on, as a line. */
    boolean floorLine() {
        return this != TOP;
    }

    /** Screen x axis, screen up axis and toward-the-viewer axis, in world coordinates (x forward, y up, z right). */
    double[][] axes() {
        return switch (this) {
            case SIDE -> new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
            case FRONT -> new double[][] {{0, 0, -1}, {0, 1, 0}, {1, 0, 0}};
            case BACK -> new double[][] {{0, 0, 1}, {0, 1, 0}, {-1, 0, 0}};
            case THREE_QUARTER -> {
                double a = StrictMath.toRadians(QUARTER);
                double c = StrictMath.cos(a);
                double s = StrictMath.sin(a);
                yield new double[][] {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
            }
            case BACK_QUARTER -> {
                double a = StrictMath.toRadians(QUARTER);
                double c = StrictMath.cos(a);
                double s = StrictMath.sin(a);
                yield new double[][] {{s, 0, c}, {0, 1, 0}, {-c, 0, s}};
            }
            case TOP -> new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}};
        };
    }
}

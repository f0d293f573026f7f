package org.physiokiosk.pictures.figure;

/**
 * Where the viewer stands. Side: looking at the body's right side, the body facing the picture's right.
 * Front: looking at the body's front. Top: looking down from above, the body's front toward the top.
 */
public enum View {
    SIDE("side"), FRONT("front"), TOP("top");

    private final String id;

    View(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Screen x axis, screen up axis and toward-the-viewer axis, in world coordinates (x forward, y up, z right). */
    double[][] axes() {
        return switch (this) {
            case SIDE -> new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
            case FRONT -> new double[][] {{0, 0, -1}, {0, 1, 0}, {1, 0, 0}};
            case TOP -> new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}};
        };
    }
}

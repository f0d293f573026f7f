package org.physiokiosk.pictures.figure;

/** The body's right or left. In a side view the right side is nearest the viewer. */
public enum Side {
    RIGHT("right", 1), LEFT("left", -1);

    private final String word;
    private final int sign;

    Side(String word, int sign) {
        this.word = word;
        this.sign = sign;
    }

    public String word() {
        return word;
    }

    /** +1 for right, -1 for left: the body's lateral axis points to the right. */
    int sign() {
        return sign;
    }
}

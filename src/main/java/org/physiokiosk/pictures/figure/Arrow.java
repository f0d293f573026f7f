package org.physiokiosk.pictures.figure;

/**
 * The arrow on the Start panel that shows the movement from Start to Finish. An arc arrow turns about
 * {@code centre} (a landmark such as "right hip") following {@code point} (such as "right knee"); a
 * straight arrow follows {@code point} alone ({@code centre} null). Two-way arrows show a movement back
 * and forth. {@code offset} is the gap from the body in H (fractions of the figure's height).
 */
public record Arrow(String centre, String point, boolean twoWay, double offset) {
}

package org.physiokiosk.catalog;

/**
 * A picture beside numbered steps (getting up after a fall, getting down to the floor and up again): its id
 * ({@code pictures/<id>.svg}), the number of the step it shows, as the handout numbers the steps (from 1), and a
 * second step it shows as well (0 for none), such as the same kneeling position on the way down and on the way up.
 */
public record FallPicture(String picture, int step, int andStep) {

    public FallPicture(String picture, int step) {
        this(picture, step, 0);
    }
}

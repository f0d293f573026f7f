package org.physiokiosk.catalog;

/**
 * A picture beside the steps for getting up after a fall: its id ({@code pictures/<id>.svg}) and the number of the
 * step it shows, as the handout numbers the steps (from 1).
 */
public record FallPicture(String picture, int step) {
}

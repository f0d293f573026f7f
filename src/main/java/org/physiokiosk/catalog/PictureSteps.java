package org.physiokiosk.catalog;

/**
 * The steps an exercise's picture shows, as the catalogue numbers them (1 is the first step): the step whose
 * position the Start panel shows and the one whose movement ends as the Finish shows, or, for a picture of one held
 * position, the step that reaches it. Null where the catalogue does not say. Printed captions name these steps
 * ("Start: step 2") so a reader can tie the picture to the words. {@code between} marks a Start and Finish that are
 * two positions the body moves back and forth between (cat and cow), each captioned with its step alone.
 */
public record PictureSteps(Integer start, Integer finish, Integer hold, boolean between) {

    public PictureSteps(Integer start, Integer finish, Integer hold) {
        this(start, finish, hold, false);
    }
}

package org.physiokiosk.catalog;

import java.util.List;

/**
 * How to get down to the floor and up again, for a plan with exercises on the floor: the box's heading, the steps
 * down and the steps up (numbered on from the steps down), the pictures of their key positions, and the starting
 * positions of the exercises it goes before (before the first that starts in one), and a line under the pictures.
 */
public record FloorSteps(String heading, String downHeading, List<String> down, String upHeading, List<String> up,
                         List<FallPicture> pictures, List<String> positions, String note) {

    public static final FloorSteps NONE = new FloorSteps("", "", List.of(), "", List.of(), List.of(), List.of(), "");

    public FloorSteps {
        heading = heading == null ? "" : heading;
        downHeading = downHeading == null ? "" : downHeading;
        upHeading = upHeading == null ? "" : upHeading;
        down = down == null ? List.of() : List.copyOf(down);
        up = up == null ? List.of() : List.copyOf(up);
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
        positions = positions == null ? List.of() : List.copyOf(positions);
        note = note == null ? "" : note;
    }

    public boolean isEmpty() {
        return down.isEmpty() && up.isEmpty();
    }

    /** Every step, down then up, as the handout numbers them. */
    public List<String> steps() {
        return java.util.stream.Stream.concat(down.stream(), up.stream()).toList();
    }
}

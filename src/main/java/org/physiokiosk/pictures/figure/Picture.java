package org.physiokiosk.pictures.figure;

import java.util.List;

/**
 * One exercise picture: a Start and Finish pair ({@code hold} null) for a movement, or one held
 * position ({@code start} and {@code finish} null). {@code mirrored} draws it facing the other way.
 */
public record Picture(String id, View view, boolean mirrored, List<Prop> props, Pose start, Pose finish,
        Pose hold, List<Arrow> arrows) {

    public Picture {
        props = List.copyOf(props);
        arrows = List.copyOf(arrows);
    }

    public boolean isPair() {
        return hold == null;
    }
}

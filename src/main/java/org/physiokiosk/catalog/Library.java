package org.physiokiosk.catalog;

import java.util.List;

/** The words the library is organised by: body regions, starting positions and equipment, as staff say them. */
public final class Library {

    /** The nine body regions, in the order a clinic lists them (head to foot, then balance). */
    public static final List<String> REGIONS = List.of("neck", "shoulder", "elbow, wrist and hand", "upper back",
            "low back", "hip", "knee", "ankle and foot", "balance and falls prevention");

    /** Starting positions. */
    public static final List<String> POSITIONS = List.of("lying on your back", "lying on your side",
            "lying on your front", "sitting", "standing", "hands and knees", "kneeling");

    /** Equipment a patient has at home or is given; "none" stands alone. */
    public static final List<String> EQUIPMENT = List.of("none", "chair", "wall", "towel", "band", "step", "mat",
            "pillow", "weight", "ball", "table", "counter", "doorway", "stick");

    /** Levels: 1 gentle start, 2 building up, 3 stronger. */
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 3;

    private Library() {
    }
}

package org.physiokiosk.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What an exercise does: lengthens muscle, builds it, moves a joint through its range, or trains balance. */
public enum ExerciseKind {
    STRETCH("stretch"),
    STRENGTHEN("strengthen"),
    MOBILITY("mobility"),
    BALANCE("balance");

    private final String id;

    ExerciseKind(String id) {
        this.id = id;
    }

    /** The word used in catalogue files and the database. */
    public String id() {
        return id;
    }

    public static Optional<ExerciseKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}

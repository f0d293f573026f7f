package org.physiokiosk.catalog;

import java.time.LocalDate;
import java.util.List;

/** One exercise in the catalogue, as reviewed. Steps start with the starting position. */
public record Exercise(String id, String name, ExerciseKind kind, String bodyRegion, String purpose,
                       List<String> steps, Dosage dosage, String takeCare, String reviewedBy,
                       LocalDate reviewedOn, Origin origin) {

    public Exercise {
        steps = List.copyOf(steps);
    }
}

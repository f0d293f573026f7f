package org.physiokiosk.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One exercise in the catalogue. Steps start with the starting position, one action each.
 *
 * <p>{@code reviewedBy} and {@code reviewedOn} name the clinician who reviewed this text, or are null: "Not yet
 * reviewed by a clinician". Whoever checked the facts of a source is named in {@code sources}, never here.
 * {@code picture} is the alt text of the picture {@code pictures/<id>.svg}, or null when there is none yet.
 * Fields after {@code origin} came with the library (issue 9); snapshots written before them read back as empty.
 */
public record Exercise(String id, String name, ExerciseKind kind, String bodyRegion, String purpose,
                       List<String> steps, Dosage dosage, String takeCare, String reviewedBy,
                       LocalDate reviewedOn, Origin origin, List<String> equipment, String position, int level,
                       List<String> aliases, List<String> sources, String picture) {

    public Exercise {
        steps = List.copyOf(steps);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** True when a clinician has reviewed this exercise's text (not only the facts of its source). */
    public boolean reviewed() {
        return reviewedBy != null && !reviewedBy.isBlank() && reviewedOn != null;
    }

    /** The file name of this exercise's picture in the catalogue's {@code pictures/} folder. */
    public String pictureFile() {
        return id + ".svg";
    }
}

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
 * {@code harder} and {@code easier} name the next and the previous step of a progression (null when there is
 * none); {@code moveOn} says when to take the next step (null: the general line, when there is a harder one).
 * {@code pictureSteps} names the steps the picture shows, or is null.
 */
public record Exercise(String id, String name, ExerciseKind kind, String bodyRegion, String purpose,
                       List<String> steps, Dosage dosage, String takeCare, String reviewedBy,
                       LocalDate reviewedOn, Origin origin, List<String> equipment, String position, int level,
                       List<String> aliases, List<String> sources, String picture, String harder, String easier,
                       String moveOn, PictureSteps pictureSteps) {

    /** An exercise whose picture's steps are not named. */
    public Exercise(String id, String name, ExerciseKind kind, String bodyRegion, String purpose, List<String> steps,
            Dosage dosage, String takeCare, String reviewedBy, LocalDate reviewedOn, Origin origin,
            List<String> equipment, String position, int level, List<String> aliases, List<String> sources,
            String picture, String harder, String easier, String moveOn) {
        this(id, name, kind, bodyRegion, purpose, steps, dosage, takeCare, reviewedBy, reviewedOn, origin, equipment,
                position, level, aliases, sources, picture, harder, easier, moveOn, null);
    }

    /** An exercise with no progression named. */
    public Exercise(String id, String name, ExerciseKind kind, String bodyRegion, String purpose, List<String> steps,
            Dosage dosage, String takeCare, String reviewedBy, LocalDate reviewedOn, Origin origin,
            List<String> equipment, String position, int level, List<String> aliases, List<String> sources,
            String picture) {
        this(id, name, kind, bodyRegion, purpose, steps, dosage, takeCare, reviewedBy, reviewedOn, origin, equipment,
                position, level, aliases, sources, picture, null, null, null);
    }

    /**
     * The SHA-256 of what a patient reads of this exercise (name, why, steps, dosage, take care, when to move on):
     * a clinician's review belongs to these words, and ends when they change.
     */
    public String textSha() {
        String text = String.join("\u0000", name, purpose, String.join("\u0001", steps), String.valueOf(dosage),
                takeCare, String.valueOf(moveOn));
        return org.physiokiosk.Sha256.hex(text);
    }

    /** This exercise as reviewed by {@code by} on {@code on}. */
    public Exercise reviewedBy(String by, LocalDate on) {
        return new Exercise(id, name, kind, bodyRegion, purpose, steps, dosage, takeCare, by, on, origin, equipment,
                position, level, aliases, sources, picture, harder, easier, moveOn, pictureSteps);
    }

    /** This exercise as one step of a progression: {@code easier} and {@code harder} by id, or null. */
    public Exercise withProgression(String easierId, String harderId) {
        return new Exercise(id, name, kind, bodyRegion, purpose, steps, dosage, takeCare, reviewedBy, reviewedOn,
                origin, equipment, position, level, aliases, sources, picture, harderId, easierId, moveOn, pictureSteps);
    }

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

package org.physiokiosk.catalog;

import java.util.List;
import java.util.Optional;

/** Everything reviewed that a handout is built from. */
public record Catalogue(List<Exercise> exercises, SafetyText safety, Tips tips, List<Template> templates,
                        Clinic clinic, java.util.Map<String, String> pictures) {

    public Catalogue {
        exercises = List.copyOf(exercises);
        templates = List.copyOf(templates);
        pictures = pictures == null ? java.util.Map.of() : java.util.Map.copyOf(pictures);
    }

    public Catalogue(List<Exercise> exercises, SafetyText safety, Tips tips, List<Template> templates, Clinic clinic) {
        this(exercises, safety, tips, templates, clinic, java.util.Map.of());
    }

    /** The exercise's picture as SVG (pictures/&lt;id&gt;.svg, drawn from poses.yaml), if it has one yet. */
    public Optional<String> picture(String exerciseId) {
        return Optional.ofNullable(pictures.get(exerciseId));
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}

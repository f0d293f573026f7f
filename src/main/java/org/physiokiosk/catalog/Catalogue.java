package org.physiokiosk.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a handout is built from: the shipped, reviewed text files and, after them, the clinic's own exercises
 * from its database. {@code exercises} is the library a plan is built from; {@code retired} are clinic exercises
 * taken out of it, still known so that old plans read back.
 */
public record Catalogue(List<Exercise> exercises, WarningSigns warnings, SharedText shared, List<Template> templates,
                        Clinic clinic, java.util.Map<String, String> pictures, List<Exercise> retired) {

    public Catalogue {
        exercises = List.copyOf(exercises);
        templates = List.copyOf(templates);
        pictures = pictures == null ? java.util.Map.of() : java.util.Map.copyOf(pictures);
        retired = retired == null ? List.of() : List.copyOf(retired);
    }

    public Catalogue(List<Exercise> exercises, WarningSigns warnings, SharedText shared, List<Template> templates, Clinic clinic,
            java.util.Map<String, String> pictures) {
        this(exercises, warnings, shared, templates, clinic, pictures, List.of());
    }

    public Catalogue(List<Exercise> exercises, WarningSigns warnings, SharedText shared, List<Template> templates, Clinic clinic) {
        this(exercises, warnings, shared, templates, clinic, java.util.Map.of(), List.of());
    }

    /**
     * The shipped catalogue with the clinic's own exercises after it: current ones in the library with their
     * pictures, retired ones only for reading old plans.
     */
    public Catalogue withClinic(List<ClinicExercise> clinic) {
        List<Exercise> library = new java.util.ArrayList<>(exercises);
        List<Exercise> gone = new java.util.ArrayList<>(retired);
        java.util.Map<String, String> drawn = new java.util.HashMap<>(pictures);
        for (ClinicExercise own : clinic) {
            (own.retired() ? gone : library).add(own.exercise());
            if (own.pictureSvg() != null) {
                drawn.put(own.exercise().id(), own.pictureSvg());
            }
        }
        return new Catalogue(library, warnings, shared, templates, this.clinic, drawn, gone);
    }

    /** The exercise's picture as SVG (pictures/&lt;id&gt;.svg, drawn from poses.yaml), if it has one yet. */
    public Optional<String> picture(String exerciseId) {
        return Optional.ofNullable(pictures.get(exerciseId));
    }

    /**
     * This catalogue with the clinic's own templates after the shipped ones (retired ones left out), each exercise
     * looked up in the library; an exercise no longer there leaves the template out rather than half of it.
     */
    public Catalogue withClinicTemplates(List<ClinicTemplate> own) {
        List<Template> all = new java.util.ArrayList<>(templates);
        for (ClinicTemplate t : own) {
            if (t.retired()) {
                continue;
            }
            List<Template.Item> items = new java.util.ArrayList<>();
            for (ClinicTemplate.ItemRef ref : t.items()) {
                exercises.stream().filter(e -> e.id().equals(ref.exerciseId())).findFirst()
                        .ifPresent(e -> items.add(new Template.Item(e, ref.dosage())));
            }
            if (items.size() == t.items().size() && !items.isEmpty()) {
                all.add(new Template(t.id(), t.name(), items, t.bodyRegion(), null, null,
                        t.note().isEmpty() ? List.of() : List.of(t.note()), Origin.CLINIC));
            }
        }
        return new Catalogue(exercises, warnings, shared, all, clinic, pictures, retired);
    }

    /** A clinician's review of one text of an exercise. */
    public record Review(String exerciseId, String textSha, String reviewedBy, LocalDate reviewedOn) {
    }

    /**
     * This catalogue with the clinic's reviews applied: an exercise whose text is exactly the one reviewed shows
     * who reviewed it and when (the latest review of that text); any other keeps what its files say.
     */
    public Catalogue withReviews(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return this; // no text's fingerprint needed: most clinics have no reviews recorded
        }
        java.util.Map<String, Review> byText = new java.util.HashMap<>();
        for (Review r : reviews) {
            Review before = byText.get(r.exerciseId() + " " + r.textSha());
            if (before == null || !r.reviewedOn().isBefore(before.reviewedOn())) {
                byText.put(r.exerciseId() + " " + r.textSha(), r);
            }
        }
        java.util.function.UnaryOperator<Exercise> apply = e -> {
            Review r = byText.get(e.id() + " " + e.textSha());
            return r == null ? e : e.reviewedBy(r.reviewedBy(), r.reviewedOn());
        };
        return new Catalogue(exercises.stream().map(apply).toList(), warnings, shared, templates, clinic, pictures,
                retired.stream().map(apply).toList());
    }

    /** An exercise of the library, or a retired clinic exercise an old plan uses. */
    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst()
                .or(() -> retired.stream().filter(e -> e.id().equals(id)).findFirst());
    }

    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}

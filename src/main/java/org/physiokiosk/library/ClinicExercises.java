package org.physiokiosk.library;

import java.util.Optional;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.ClinicExercise;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseLimits;
import org.physiokiosk.catalog.LibraryName;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.store.ClinicExerciseRepository;
import org.physiokiosk.store.StoreException;

/**
 * The clinic's own exercises: copy any exercise into one, change it (each change a new version; plans and
 * handouts keep the version they used), retire it. Never deletes: a plan may use it.
 */
public final class ClinicExercises {

    private final Catalogue shipped;
    private final ClinicExerciseRepository store;
    private final org.physiokiosk.store.ClinicTemplateRepository templates;
    private final org.physiokiosk.store.ExerciseReviewRepository reviews;
    private final java.time.Clock clock;

    /** {@code shipped}: the catalogue as its files give it, without the clinic's own exercises or templates. */
    public ClinicExercises(Catalogue shipped, ClinicExerciseRepository store,
            org.physiokiosk.store.ClinicTemplateRepository templates,
            org.physiokiosk.store.ExerciseReviewRepository reviews, java.time.Clock clock) {
        this.shipped = shipped;
        this.store = store;
        this.templates = templates;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * Marks the text an exercise has now (shipped or the clinic's) as reviewed by a clinician on a day. The mark
     * belongs to these words: a changed text shows as not reviewed until it is reviewed again.
     */
    public Exercise markReviewed(String id, String clinician, java.time.LocalDate on) {
        Exercise e = library().exercises().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new StoreException.Refused("There is no exercise '" + id + "' in the library "
                        + "(see: catalog)."));
        String who = clinician == null ? "" : clinician.strip();
        if (who.isEmpty() || who.length() > 80) {
            throw new StoreException.Refused("Name the clinician who reviewed the text (--by NAME, 80 characters at "
                    + "most).");
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new StoreException.Refused("The review date " + day + " is in the future; give the day the text "
                    + "was reviewed.");
        }
        java.util.Optional<java.time.LocalDate> written = store.latestVersionSavedAt(id)
                .map(at -> at.atZone(clock.getZone()).toLocalDate());
        if (written.isPresent() && day.isBefore(written.get())) {
            throw new StoreException.Refused("The review date " + day + " is before this text was saved ("
                    + written.get() + "); a review is of the words as they are now: give the day they were reviewed.");
        }
        reviews.add(new Catalogue.Review(id, e.textSha(), who, day));
        return library().exercise(id).orElseThrow();
    }

    /** The clinic's own exercises at their latest versions, retired ones included. */
    public java.util.List<ClinicExercise> own() {
        return store.all();
    }

    /**
     * The library as it stands now: the shipped exercises, then the clinic's own at their latest versions; the
     * shipped templates, then the clinic's own.
     */
    public Catalogue library() {
        return shipped.withClinic(store.all()).withReviews(reviews.all()).withClinicTemplates(templates.all());
    }

    /**
     * Makes a clinic exercise from any exercise (shipped or the clinic's): the same text, picture and sources
     * under a new name and id, marked as the clinic's own and not reviewed by a clinician.
     */
    public ClinicExercise copy(String fromId, String name) {
        Catalogue catalogue = library();
        Exercise from = catalogue.exercise(fromId).orElseThrow(() -> new StoreException.Refused(
                "There is no exercise '" + fromId + "' (see: catalog)."));
        String clean = LibraryName.clean(name);
        if (!org.physiokiosk.patient.PatientName.hasVisibleText(clean)) {
            throw new StoreException.Refused("Give the new exercise a name (--name TEXT).");
        }
        Exercise copy = new Exercise("clinic-new", clean, from.kind(), from.bodyRegion(), from.purpose(),
                from.steps(), from.dosage(), from.takeCare(), null, null, Origin.CLINIC, from.equipment(),
                from.position(), from.level(), from.aliases(), from.sources(), from.picture(), from.harder(),
                from.easier(), from.moveOn());
        checkLimits(copy);
        checkNameFree(catalogue, clean, null);
        copy = withId(copy, freeId(clean));
        return store.add(copy, from.id(), catalogue.picture(from.id()).orElse(null));
    }

    /**
     * Saves a changed clinic exercise as its next version. A clinician's review belongs to the text reviewed, so
     * the new version is not reviewed until a clinician marks it again.
     */
    public ClinicExercise change(Exercise changed, String pictureSvg) {
        Catalogue catalogue = library();
        Exercise own = catalogue.exercise(changed.id()).filter(e -> e.origin() == Origin.CLINIC)
                .orElseThrow(() -> new StoreException.Refused("Only the clinic's own exercises can be changed; copy '"
                        + changed.id() + "' first (exercise copy " + changed.id() + " --name TEXT)."));
        Exercise unreviewed = unreviewed(new Exercise(own.id(), changed.name(), changed.kind(), changed.bodyRegion(),
                changed.purpose(), changed.steps(), changed.dosage(), changed.takeCare(), null, null, Origin.CLINIC,
                changed.equipment(), changed.position(), changed.level(), changed.aliases(), changed.sources(),
                changed.picture(), changed.harder(), changed.easier(), changed.moveOn()));
        checkLimits(unreviewed);
        checkNameFree(catalogue, unreviewed.name(), own.id());
        if (pictureSvg != null) {
            var problem = org.physiokiosk.pictures.SvgCheck.problem(pictureSvg);
            if (problem.isPresent()) {
                throw new StoreException.Refused("The picture cannot be used: " + problem.get() + ".");
            }
        }
        return store.addVersion(unreviewed, pictureSvg);
    }

    /** Made when the first row is read or written: a clinic without its own rows never loads Jackson. */
    private static final class LazyPoses {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The pose data of an exercise's picture, to change with the sliders: the clinic's own drawing when it made
     * one, else the shipped picture of the exercise it came from, else of the exercise itself.
     */
    public Optional<org.physiokiosk.pictures.figure.Picture> pose(String id) {
        Optional<String> own = store.pose(id);
        if (own.isPresent()) {
            try {
                return Optional.of(LazyPoses.MAPPER.readValue(own.get(), org.physiokiosk.pictures.figure.Picture.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // an unreadable pose: start from the shipped one below
            }
        }
        String source = store.all().stream().filter(c -> c.exercise().id().equals(id)).map(ClinicExercise::basedOn)
                .filter(java.util.Objects::nonNull).findFirst().orElse(id);
        return org.physiokiosk.pictures.figure.PoseSliders.shipped(source)
                .or(() -> org.physiokiosk.pictures.figure.PoseSliders.shipped(id));
    }

    /**
     * Saves a changed clinic exercise with a picture drawn from {@code pose} by the figure model, the pose kept so
     * the picture can be changed again. Like {@link #change(Exercise, String)}, a new, unreviewed version.
     */
    public ClinicExercise changeWithPose(Exercise changed, org.physiokiosk.pictures.figure.Picture pose) {
        String svg = org.physiokiosk.pictures.figure.FigureSvg.svg(pose);
        String json;
        try {
            json = LazyPoses.MAPPER.writeValueAsString(pose);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the pose could not be written as JSON", e);
        }
        Catalogue catalogue = library();
        catalogue.exercise(changed.id()).filter(e -> e.origin() == Origin.CLINIC)
                .orElseThrow(() -> new StoreException.Refused("Only the clinic's own exercises can be changed."));
        Exercise unreviewed = unreviewed(changed);
        checkLimits(unreviewed);
        checkNameFree(catalogue, unreviewed.name(), changed.id());
        return store.addVersion(unreviewed, svg, json);
    }

    /**
     * Makes a clinic exercise from {@code fromId} with the words and pose written for it, in one version: what the
     * kiosk's editor saves when it copies. {@code pose} may be null (the copied picture is kept).
     */
    public ClinicExercise copyChanged(String fromId, Exercise written, org.physiokiosk.pictures.figure.Picture pose) {
        return copyChanged(fromId, written, pose, null);
    }

    /**
     * As {@link #copyChanged(String, Exercise, org.physiokiosk.pictures.figure.Picture)}, with the clinic's own
     * picture ({@code ownSvg}, checked by {@link org.physiokiosk.pictures.OwnPicture}) instead of a drawn one when
     * it is not null.
     */
    public ClinicExercise copyChanged(String fromId, Exercise written, org.physiokiosk.pictures.figure.Picture pose,
            String ownSvg) {
        Catalogue catalogue = library();
        // fromId null: an exercise started blank, based on none.
        Exercise from = fromId == null ? null : catalogue.exercise(fromId).orElseThrow(() -> new StoreException.Refused(
                "There is no exercise '" + fromId + "' (see: catalog)."));
        String basedOn = from == null ? null : from.id();
        Exercise w = unreviewed(written);
        checkLimits(w);
        checkNameFree(catalogue, w.name(), null);
        Exercise copy = withId(w, freeId(w.name()));
        if (ownSvg != null) {
            var problem = org.physiokiosk.pictures.SvgCheck.problem(ownSvg);
            if (problem.isPresent()) {
                throw new StoreException.Refused("The picture cannot be used: " + problem.get() + ".");
            }
            return store.add(copy, basedOn, ownSvg);
        }
        if (pose == null) {
            return store.add(copy, basedOn, from == null ? null : catalogue.picture(from.id()).orElse(null));
        }
        try {
            return store.add(copy, basedOn, org.physiokiosk.pictures.figure.FigureSvg.svg(pose),
                    LazyPoses.MAPPER.writeValueAsString(pose));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the pose could not be written as JSON", e);
        }
    }

    /** {@code changed} as the clinic's own and not reviewed, its name cleaned ({@link LibraryName#clean}). */
    private static Exercise unreviewed(Exercise changed) {
        return new Exercise(changed.id(), LibraryName.clean(changed.name()), changed.kind(), changed.bodyRegion(),
                changed.purpose(), changed.steps(), changed.dosage(), changed.takeCare(), null, null, Origin.CLINIC,
                changed.equipment(), changed.position(), changed.level(), changed.aliases(), changed.sources(),
                changed.picture(), changed.harder(), changed.easier(), changed.moveOn());
    }

    private static Exercise withId(Exercise e, String id) {
        return new Exercise(id, e.name(), e.kind(), e.bodyRegion(), e.purpose(), e.steps(), e.dosage(), e.takeCare(),
                e.reviewedBy(), e.reviewedOn(), e.origin(), e.equipment(), e.position(), e.level(), e.aliases(),
                e.sources(), e.picture(), e.harder(), e.easier(), e.moveOn());
    }

    /** Refuses what the kiosk's editor would not let staff write ({@link ExerciseLimits}). */
    private static void checkLimits(Exercise e) {
        ExerciseLimits.problem(e).ifPresent(problem -> {
            throw new StoreException.Refused("'" + shortName(e.name()) + "' cannot be saved: " + problem + ".");
        });
    }

    /** A name as a message quotes it: at most 40 characters, controls shown as '?'. */
    static String shortName(String name) {
        String clean = LibraryName.clean(name).codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.codePointCount(0, clean.length()) <= 40 ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, 39)) + "…";
    }

    /** Takes a clinic exercise out of the library; plans that use it still read it. */
    public void retire(String id) {
        Optional<Exercise> exercise = library().exercise(id);
        if (exercise.isEmpty()) {
            throw new StoreException.Refused("There is no exercise '" + id + "' (see: catalog).");
        }
        if (exercise.get().origin() != Origin.CLINIC) {
            throw new StoreException.Refused("'" + id + "' comes with Physio Kiosk and stays in the library; only the "
                    + "clinic's own exercises can be retired.");
        }
        if (!store.retire(id)) {
            throw new StoreException.Refused("'" + id + "' is already retired.");
        }
    }

    /**
     * Adds an exercise from another clinic as this clinic's own. Its id is kept when free here, else a free one is
     * made from its name; a name already in the library gets " (imported)". Nothing here is overwritten, and an
     * exercise whose latest text here is the same is left as it is. Any review mark stays with the other clinic.
     */
    ExerciseExchange.Imported adopt(Exercise from, String pictureSvg, boolean retired) {
        Catalogue catalogue = library();
        for (ClinicExercise here : store.all()) {
            if (sameText(here.exercise(), from)) {
                return new ExerciseExchange.Imported(from.id(), Optional.empty(), here.exercise().name(),
                        here.exercise().id());
            }
        }
        String name = from.name().strip();
        for (int n = 1; nameTaken(catalogue, name); n++) {
            name = from.name().strip() + (n == 1 ? " (imported)" : " (imported " + n + ")");
        }
        String id = from.id().matches("clinic-[a-z0-9]+(-[a-z0-9]+)*") && !store.idTaken(from.id()) ? from.id()
                : freeId(name);
        Exercise adopted = new Exercise(id, name, from.kind(), from.bodyRegion(), from.purpose(), from.steps(),
                from.dosage(), from.takeCare(), null, null, Origin.CLINIC, from.equipment(), from.position(),
                from.level(), from.aliases(), from.sources(), from.picture(), null, null, from.moveOn());
        store.add(adopted, null, pictureSvg);
        if (retired) {
            store.retire(id);
        }
        return new ExerciseExchange.Imported(from.id(), Optional.of(id), name);
    }

    /** The same exercise, whatever it is called here (an import renamed for a clash is still the same one). */
    private static boolean sameText(Exercise a, Exercise b) {
        return a.steps().equals(b.steps()) && a.purpose().equals(b.purpose())
                && a.dosage().equals(b.dosage()) && a.takeCare().equals(b.takeCare()) && a.kind() == b.kind()
                && a.bodyRegion().equals(b.bodyRegion());
    }

    private static boolean nameTaken(Catalogue catalogue, String name) {
        return catalogue.exercises().stream().anyMatch(e -> e.name().equalsIgnoreCase(name))
                || catalogue.retired().stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
    }

    /**
     * Two exercises of one name in the library could not be told apart in a plan or on a handout, nor two whose
     * names only look the same ({@link LibraryName#looksAlike}).
     */
    private static void checkNameFree(Catalogue catalogue, String name, String except) {
        for (Exercise e : catalogue.exercises()) {
            if (!e.id().equals(except) && LibraryName.looksAlike(e.name(), name)) {
                throw new StoreException.Refused(e.name().equalsIgnoreCase(name)
                        ? "The library already has an exercise named '" + e.name() + "' (" + e.id() + "); choose "
                                + "another name."
                        : "The name looks like that of the exercise '" + e.name() + "' (" + e.id() + "), written "
                                + "with other letters; choose another name.");
            }
        }
    }

    /** "clinic-" and the name in lower-case letters, digits and dashes; "-2", "-3" ... when that is taken. */
    private String freeId(String name) {
        return ClinicIds.free(name, "clinic-exercise", store::idTaken);
    }
}

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
        return stored();
    }

    /**
     * The library as it stands now: the shipped exercises, then the clinic's own at their latest versions; the
     * shipped templates, then the clinic's own.
     */
    public Catalogue library() {
        return shipped.withClinic(stored()).withReviews(reviews.all()).withClinicTemplates(templates.all());
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
        return store.addVersion(unreviewed, pictureSvg == null ? null : plain(pictureSvg));
    }

    /** A picture from outside, as it is kept: re-written by the picture check, or refused saying why. */
    private static String plain(String svg) {
        var checked = org.physiokiosk.pictures.SvgCheck.check(svg);
        if (!checked.usable()) {
            throw new StoreException.Refused("The picture cannot be used: " + checked.problem() + ".");
        }
        return checked.svg();
    }

    /**
     * The clinic's exercises as stored, each picture as it may be drawn now: one kept by an earlier version, which
     * checked less, is re-written as a new one would be, or left out when it can no longer be drawn, so the screen,
     * the handout and a reprint never draw what the stored text links to.
     */
    private java.util.List<ClinicExercise> stored() {
        return store.all().stream().map(c -> c.pictureSvg() == null ? c : new ClinicExercise(c.exercise(),
                c.version(), c.retired(), c.basedOn(),
                org.physiokiosk.pictures.SvgCheck.plain(c.pictureSvg()).orElse(null))).toList();
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
            return store.add(copy, basedOn, plain(ownSvg));
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

    /** What a patient reads of an exercise, but its name: an exercise with the same is the same exercise. */
    private record Text(java.util.List<String> steps, String purpose, org.physiokiosk.catalog.Dosage dosage,
                        String takeCare, org.physiokiosk.catalog.ExerciseKind kind, String bodyRegion) {
        static Text of(Exercise e) {
            return new Text(e.steps(), e.purpose(), e.dosage(), e.takeCare(), e.kind(), e.bodyRegion());
        }
    }

    /** Starts bringing in exercises from another clinic (see {@link Adoption}). */
    Adoption adoption() {
        return new Adoption();
    }

    /**
     * Exercises from another clinic being brought in as this clinic's own. Each is decided in turn against the
     * library as it will be once the ones before it are in, then {@link #addAll} adds them all at once; the library
     * is read once, so each takes no longer than the one before. An exercise whose text is here already (the same
     * steps, why, dosage, take-care line, kind and region) is left as it is. Otherwise its id is kept when free here,
     * else a free one is made from its name; a name already in the library gets " (imported)", and a name that only
     * looks like one here (other letters that look the same) is refused. Nothing here is overwritten, and any review
     * mark stays with the other clinic.
     */
    final class Adoption {
        private final LibraryName.Taken<Exercise> names = new LibraryName.Taken<>();
        private final java.util.Map<Text, ExerciseExchange.Imported> texts = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> clashes = new java.util.HashMap<>();
        private final ClinicIds.Sequence ids = new ClinicIds.Sequence(store::idTaken);
        private final java.util.List<ClinicExercise> toAdd = new java.util.ArrayList<>();

        private Adoption() {
            Catalogue here = library();
            here.exercises().forEach(e -> names.add(e.name(), e));
            here.retired().forEach(e -> names.add(e.name(), e));
            for (ClinicExercise own : store.all()) {
                Exercise e = own.exercise();
                texts.putIfAbsent(Text.of(e), new ExerciseExchange.Imported(e.id(), Optional.empty(), e.name(),
                        e.id()));
            }
        }

        /**
         * What becomes of {@code from} (checked by {@link ExerciseLimits}, its name {@linkplain LibraryName#clean
         * cleaned}): here already, or added under an id and a name; refused when its name looks like another's.
         */
        ExerciseExchange.Imported decide(Exercise from, String pictureSvg, boolean retired) {
            ExerciseExchange.Imported same = texts.get(Text.of(from));
            if (same != null) {
                return new ExerciseExchange.Imported(from.id(), Optional.empty(), same.name(), same.hereId());
            }
            String name = from.name();
            Optional<Exercise> like = names.lookingLike(name);
            if (like.isPresent() && !like.get().name().equalsIgnoreCase(name)) {
                throw new StoreException.Refused("its name looks like that of the exercise '" + like.get().name()
                        + "' (" + like.get().id() + ") here, written with other letters; give it another name");
            }
            if (like.isPresent()) {
                String key = org.physiokiosk.patient.PatientName.key(name);
                int n = clashes.getOrDefault(key, 1);
                while (names.lookingLike(ClinicIds.importedName(name, n, ExerciseLimits.NAME)).isPresent()) {
                    n++;
                }
                clashes.put(key, n + 1);
                name = ClinicIds.importedName(name, n, ExerciseLimits.NAME);
            }
            String id = from.id().length() <= ClinicIds.MAX_KEPT && from.id().matches("clinic-[a-z0-9]+(-[a-z0-9]+)*")
                    && ids.keepIfFree(from.id()) ? from.id() : ids.free(name, "clinic-exercise");
            Exercise adopted = new Exercise(id, name, from.kind(), from.bodyRegion(), from.purpose(), from.steps(),
                    from.dosage(), from.takeCare(), null, null, Origin.CLINIC, from.equipment(), from.position(),
                    from.level(), from.aliases(), from.sources(), from.picture(), null, null, from.moveOn());
            toAdd.add(new ClinicExercise(adopted, 1, retired, null, pictureSvg));
            names.add(name, adopted);
            ExerciseExchange.Imported imported = new ExerciseExchange.Imported(from.id(), Optional.of(id), name);
            texts.put(Text.of(adopted), imported);
            return imported;
        }

        /** Adds every exercise decided on, in one transaction. */
        void addAll() {
            store.addAll(toAdd);
        }
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

package org.physiokiosk.library;

import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.ClinicTemplate;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.catalog.LibraryName;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.store.ClinicTemplateRepository;
import org.physiokiosk.store.StoreException;

/**
 * The clinic's own templates: save a plan as one, copy a shipped one, rename, replace its exercises, retire.
 * Shipped templates stay as they are.
 */
public final class ClinicTemplates {

    /** Longest template name: one line of the template list. */
    public static final int MAX_NAME = 60;
    /** Longest note or source: as long as an exercise's source. */
    public static final int MAX_NOTE = org.physiokiosk.catalog.ExerciseLimits.SOURCE;
    /** Most exercises in a template: far more than a plan needs, and still a handout of a few pages. */
    public static final int MAX_EXERCISES = 20;

    private final ClinicExercises library;
    private final ClinicTemplateRepository store;

    public ClinicTemplates(ClinicExercises library, ClinicTemplateRepository store) {
        this.library = library;
        this.store = store;
    }

    /**
     * Saves a plan's exercises and dosages as a new template of the clinic. {@code note} is the source or a note
     * for colleagues (may be empty).
     */
    public Template save(String name, String bodyRegion, String note, List<PlanItem> items) {
        Catalogue catalogue = library.library();
        String clean = checkName(catalogue, name, null);
        if (!Library.REGIONS.contains(bodyRegion)) {
            throw new StoreException.Refused("Choose the body region the template is for (" + String.join(", ",
                    Library.REGIONS) + ").");
        }
        if (items.isEmpty()) {
            throw new StoreException.Refused("The plan has no exercises to save as a template.");
        }
        checkSize(note, items.size());
        List<ClinicTemplate.ItemRef> refs = new ArrayList<>();
        for (PlanItem item : items) {
            String id = item.exercise().id();
            if (catalogue.exercises().stream().noneMatch(e -> e.id().equals(id))) {
                throw new StoreException.Refused("'" + item.exercise().name() + "' is retired; take it out of the plan "
                        + "before saving it as a template.");
            }
            refs.add(new ClinicTemplate.ItemRef(id, item.dosage()));
        }
        ClinicTemplate t = new ClinicTemplate(freeId(clean), clean, bodyRegion, note, refs, false);
        store.add(t);
        return find(t.id());
    }

    /** A copy of any template (a shipped one, to change it) as the clinic's own, under a new name. */
    public Template copy(String fromId, String name) {
        Template from = library.library().template(fromId).orElseThrow(() -> new StoreException.Refused(
                "There is no template '" + fromId + "' (see: catalog)."));
        List<PlanItem> items = PlanItem.fromTemplate(from);
        String note = from.sources().isEmpty() ? "" : "From " + from.name() + ": " + String.join("; ", from.sources());
        return save(name, from.bodyRegion(), note, items);
    }

    /** The clinic's own templates as stored, retired ones included. */
    public List<ClinicTemplate> own() {
        return store.all();
    }

    /** Gives a clinic template a new name. */
    public Template rename(String id, String name) {
        ClinicTemplate t = own(id);
        String clean = checkName(library.library(), name, id);
        store.change(new ClinicTemplate(t.id(), clean, t.bodyRegion(), t.note(), t.items(), false));
        return find(id);
    }

    /** Replaces a clinic template's exercises and dosages with a plan's. */
    public Template replaceExercises(String id, List<PlanItem> items) {
        ClinicTemplate t = own(id);
        if (items.isEmpty()) {
            throw new StoreException.Refused("The plan has no exercises to put in the template.");
        }
        checkSize(t.note(), items.size());
        List<ClinicTemplate.ItemRef> refs = items.stream()
                .map(i -> new ClinicTemplate.ItemRef(i.exercise().id(), i.dosage())).toList();
        store.change(new ClinicTemplate(t.id(), t.name(), t.bodyRegion(), t.note(), refs, false));
        return find(id);
    }

    /** Stops offering a clinic template; plans made from it keep their exercises. */
    public void retire(String id) {
        own(id);
        if (!store.retire(id)) {
            throw new StoreException.Refused("The template '" + id + "' is already retired.");
        }
    }

    /** What keeps a template of {@code items} exercises with {@code note} out of the library, or empty. */
    static java.util.Optional<String> sizeProblem(String note, int items) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            return java.util.Optional.of("the note is " + note.strip().length() + " characters long; keep it to "
                    + MAX_NOTE);
        }
        if (note != null && org.physiokiosk.patient.PatientName.hasControlCharacters(
                org.physiokiosk.patient.PatientName.normalise(note))) {
            return java.util.Optional.of("the note holds a hidden control character; type it again");
        }
        if (items > MAX_EXERCISES) {
            return java.util.Optional.of("it has " + items + " exercises; a template may have " + MAX_EXERCISES
                    + " at most");
        }
        return java.util.Optional.empty();
    }

    private static void checkSize(String note, int items) {
        sizeProblem(note, items).ifPresent(problem -> {
            throw new StoreException.Refused("The template cannot be saved: " + problem + ".");
        });
    }

    /** Starts bringing in templates from another clinic (see {@link Adoption}). */
    Adoption adoption() {
        return new Adoption();
    }

    /**
     * Templates from another clinic being brought in, their exercises renamed as they were on import: each decided
     * in turn against the library as it will be, then all added at once by {@link #addAll}. A template here with
     * the same exercises and dosages is left as it is; a name already used gets " (imported)", and a name that only
     * looks like one here is refused.
     */
    final class Adoption {
        private final LibraryName.Taken<String> names = new LibraryName.Taken<>();
        private final java.util.Map<List<ClinicTemplate.ItemRef>, ClinicTemplate> same = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> clashes = new java.util.HashMap<>();
        private final ClinicIds.Sequence ids = new ClinicIds.Sequence(store::idTaken);
        private final List<ClinicTemplate> toAdd = new ArrayList<>();

        private Adoption() {
            library.library().templates().forEach(t -> names.add(t.name(), t.name()));
            for (ClinicTemplate here : store.all()) {
                if (!here.retired()) {
                    same.putIfAbsent(here.items(), here);
                }
            }
        }

        /**
         * What becomes of {@code from} (its name {@linkplain LibraryName#clean cleaned} and checked), its exercises
         * named by {@code newIds} where the import gave them other ids; {@code fileId} names it in the file.
         */
        ExerciseExchange.Imported decide(ClinicTemplate from, String fileId, java.util.Map<String, String> newIds) {
            List<ClinicTemplate.ItemRef> refs = from.items().stream().map(r -> new ClinicTemplate.ItemRef(
                    newIds.getOrDefault(r.exerciseId(), r.exerciseId()), r.dosage())).toList();
            ClinicTemplate here = same.get(refs);
            if (here != null) {
                return new ExerciseExchange.Imported(fileId, java.util.Optional.empty(), here.name(), here.id());
            }
            String name = from.name();
            java.util.Optional<String> like = names.lookingLike(name);
            if (like.isPresent() && !like.get().equalsIgnoreCase(name)) {
                throw new StoreException.Refused("its name looks like that of the template '" + like.get()
                        + "' here, written with other letters; give it another name");
            }
            if (like.isPresent()) {
                String key = org.physiokiosk.patient.PatientName.key(name);
                int n = clashes.getOrDefault(key, 1);
                while (names.lookingLike(ClinicIds.importedName(name, n, MAX_NAME)).isPresent()) {
                    n++;
                }
                clashes.put(key, n + 1);
                name = ClinicIds.importedName(name, n, MAX_NAME);
            }
            ClinicTemplate t = new ClinicTemplate(ids.free(name, "clinic-template"), name, from.bodyRegion(),
                    from.note(), refs, false);
            toAdd.add(t);
            same.put(refs, t);
            names.add(name, name);
            return new ExerciseExchange.Imported(fileId, java.util.Optional.of(t.id()), name);
        }

        /** Adds every template decided on, in one transaction. */
        void addAll() {
            store.addAll(toAdd);
        }
    }

    private ClinicTemplate own(String id) {
        for (ClinicTemplate t : store.all()) {
            if (t.id().equals(id)) {
                if (t.retired()) {
                    throw new StoreException.Refused("The template '" + id + "' is retired.");
                }
                return t;
            }
        }
        boolean shipped = library.library().template(id).map(t -> t.origin() == Origin.SEED).orElse(false);
        throw new StoreException.Refused(shipped
                ? "'" + id + "' comes with Physio Kiosk and stays as it is; copy it to change it (template copy "
                        + id + " --name TEXT)."
                : "There is no template '" + id + "' (see: catalog).");
    }

    private Template find(String id) {
        return library.library().template(id).orElseThrow(() -> new StoreException.Refused(
                "The template '" + id + "' uses an exercise that is no longer in the library."));
    }

    /** The name cleaned ({@link LibraryName#clean}) when it can be used: checked, and no other template's look-alike. */
    private static String checkName(Catalogue catalogue, String name, String except) {
        String clean = LibraryName.clean(name);
        if (!org.physiokiosk.patient.PatientName.hasVisibleText(clean)) {
            throw new StoreException.Refused("Give the template a name.");
        }
        LibraryName.problem(clean, MAX_NAME).ifPresent(problem -> {
            throw new StoreException.Refused("The template cannot be saved: " + problem + ".");
        });
        for (Template t : catalogue.templates()) {
            if (!t.id().equals(except) && LibraryName.looksAlike(t.name(), clean)) {
                throw new StoreException.Refused(t.name().equalsIgnoreCase(clean)
                        ? "There is already a template named '" + t.name() + "'; choose another name."
                        : "The name looks like that of the template '" + t.name() + "', written with other "
                                + "letters; choose another name.");
            }
        }
        return clean;
    }

    private String freeId(String name) {
        return ClinicIds.free(name, "clinic-template", store::idTaken);
    }
}

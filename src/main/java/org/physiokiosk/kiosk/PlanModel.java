package org.physiokiosk.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.LibrarySearch;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;

/**
 * State behind the plan screen: the catalogue filtered by search text and kind, the plan's items in
 * order, which item is selected, and the flags and warnings the view shows.
 */
public final class PlanModel {

    private Catalogue catalogue;
    private LibrarySearch library;
    private final Listeners catalogueChanged = new Listeners();
    private final Listeners planChanged = new Listeners();
    private String search = "";
    private ExerciseKind kind;
    private LibrarySearch.Filter filter = LibrarySearch.Filter.NONE;
    private final List<PlanItem> items = new ArrayList<>();
    private int selected = -1;

    public PlanModel(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.library = new LibrarySearch(catalogue.exercises());
        this.templates.addAll(catalogue.templates());
    }

    private final List<Template> templates = new ArrayList<>();

    /** The library after the clinic changed it (a new or changed exercise of its own): the plan is kept. */
    public void setCatalogue(Catalogue changed) {
        this.catalogue = changed;
        this.library = new LibrarySearch(changed.exercises());
        catalogueChanged.fire();
    }

    /** Every exercise of the library as it stands now, in library order. */
    public List<Exercise> libraryExercises() {
        return catalogue.exercises();
    }

    /** An exercise of the library as it stands now. */
    public Optional<Exercise> exercise(String id) {
        return catalogue.exercise(id);
    }

    /** A template the clinic has just saved joins the list. */
    public void addTemplate(Template template) {
        templates.add(template);
    }

    /** The one body region all the plan's exercises share, or null: where a template saved from it belongs. */
    public String planRegion() {
        List<String> regions = items.stream().map(i -> i.exercise().bodyRegion()).distinct().toList();
        return regions.size() == 1 ? regions.get(0) : null;
    }

    /** The exercise's picture as SVG, when it has one. */
    public java.util.Optional<String> picture(String exerciseId) {
        return catalogue.picture(exerciseId);
    }

    public List<Template> templates() {
        return List.copyOf(templates);
    }

    // --- catalogue side ---

    public void setSearch(String text) {
        this.search = text == null ? "" : text;
        catalogueChanged.fire();
    }

    /** null means every kind. */
    public void setKind(ExerciseKind kind) {
        this.kind = kind;
        catalogueChanged.fire();
    }

    /** Region, equipment, position and level to narrow the library by (its kind is set with setKind). */
    public void setFilter(String region, String equipment, String position, Integer level) {
        this.filter = new LibrarySearch.Filter(region, null, equipment, position, level);
        catalogueChanged.fire();
    }

    public List<Exercise> visibleCatalogue() {
        return library.find(search, filter.withKind(kind));
    }

    /**
     * What the library says when it shows nothing: which words or filters found nothing and what to try instead (the
     * nearest names, or the filter to set back to "any"); empty while it shows something.
     */
    public String emptyLibrary() {
        LibrarySearch.Filter narrowing = filter.withKind(kind);
        if (!library.find(search, narrowing).isEmpty()) {
            return "";
        }
        boolean filtered = !narrowing.equals(LibrarySearch.Filter.NONE);
        String typed = search.strip();
        if (typed.isEmpty()) {
            return filtered ? Messages.get("plan.empty.filters") : "";
        }
        if (filtered && !library.find(search, LibrarySearch.Filter.NONE).isEmpty()) {
            return Messages.get("plan.empty.filteredOut", typed);
        }
        List<String> near = library.nearest(search, narrowing, 3).stream().map(Exercise::name).toList();
        if (near.isEmpty()) {
            return Messages.get("plan.empty.nothingNear", typed);
        }
        String names = near.size() == 1 ? near.get(0) : String.join(", ", near.subList(0, near.size() - 1))
                + Messages.get("plan.empty.or") + near.get(near.size() - 1);
        return Messages.get("plan.empty.try", typed, names);
    }

    // --- plan side ---

    public List<PlanItem> items() {
        return List.copyOf(items);
    }

    public int selected() {
        return selected;
    }

    public void select(int index) {
        int value = index >= 0 && index < items.size() ? index : -1;
        if (value != selected) {
            selected = value;
            planChanged.fire();
        }
    }

    public Optional<PlanItem> selectedItem() {
        return selected < 0 ? Optional.empty() : Optional.of(items.get(selected));
    }

    public void add(Exercise exercise) {
        items.add(PlanItem.of(exercise));
        selected = items.size() - 1;
        planChanged.fire();
    }

    public void remove() {
        if (selected < 0) {
            return;
        }
        items.remove(selected);
        selected = Math.min(selected, items.size() - 1);
        planChanged.fire();
    }

    public boolean canRemove() {
        return selected >= 0;
    }

    public boolean canMoveUp() {
        return selected > 0;
    }

    public boolean canMoveDown() {
        return selected >= 0 && selected < items.size() - 1;
    }

    public void moveUp() {
        if (canMoveUp()) {
            swap(selected, selected - 1);
        }
    }

    public void moveDown() {
        if (canMoveDown()) {
            swap(selected, selected + 1);
        }
    }

    /** The harder step of the selected exercise, when the library has one. */
    public Optional<Exercise> harder() {
        return selectedItem().flatMap(i -> inLibrary(i.exercise().harder()));
    }

    /** The easier step of the selected exercise, when the library has one. */
    public Optional<Exercise> easier() {
        return selectedItem().flatMap(i -> inLibrary(i.exercise().easier()));
    }

    /** Swaps the selected exercise for its harder step, with that step's dosage and the patient's own line kept. */
    public void stepUp() {
        harder().ifPresent(this::replaceSelected);
    }

    /** Swaps the selected exercise for its easier step, with that step's dosage and the patient's own line kept. */
    public void stepDown() {
        easier().ifPresent(this::replaceSelected);
    }

    private void replaceSelected(Exercise next) {
        PlanItem old = items.get(selected);
        items.set(selected, new PlanItem(next, next.dosage(), old.personalInstruction()));
        // The word on moving on was about the step left behind: the new step starts without it.
        planChanged.fire();
    }

    private Optional<Exercise> inLibrary(String id) {
        return id == null ? Optional.empty()
                : catalogue.exercises().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void swap(int from, int to) {
        PlanItem item = items.remove(from);
        items.add(to, item);
        selected = to;
        planChanged.fire();
    }

    /** Replaces the plan with the template's exercises and dosages. */
    public void useTemplate(Template template) {
        items.clear();
        items.addAll(PlanItem.fromTemplate(template));
        selected = items.isEmpty() ? -1 : 0;
        planChanged.fire();
    }

    public void setDosage(Dosage dosage) {
        if (selected >= 0 && !items.get(selected).dosage().equals(dosage)) {
            items.set(selected, items.get(selected).withDosage(dosage));
            planChanged.fire();
        }
    }

    /** The therapist's word on when to move on, for the selected exercise. */
    public void setMoveOn(String text) {
        if (selected >= 0 && !items.get(selected).moveOn().equals(text == null ? "" : text.strip())) {
            items.set(selected, items.get(selected).withMoveOn(text));
            planChanged.fire();
        }
    }

    public void setPersonalInstruction(String text) {
        if (selected >= 0 && !items.get(selected).personalInstruction().equals(text == null ? "" : text.strip())) {
            items.set(selected, items.get(selected).withPersonalInstruction(text));
            planChanged.fire();
        }
    }

    /** The sentence the patient will read for the selected item, or empty. */
    public String selectedDosageSentence() {
        return selectedItem().map(i -> DosageSentence.of(i.dosage())).orElse("");
    }

    /** A gentle warning when the plan is long, or empty. */
    public String warning() {
        return items.size() > PlanDraft.ADVISED_MAX_EXERCISES
                ? Messages.get("plan.longWarning", items.size()) : "";
    }

    /** Replaces the plan with these items (a recorded plan being changed). */
    public void load(List<PlanItem> recorded) {
        items.clear();
        items.addAll(recorded);
        selected = items.isEmpty() ? -1 : 0;
        planChanged.fire();
    }

    public void clear() {
        items.clear();
        selected = -1;
        planChanged.fire();
    }

    public void onCatalogueChanged(Runnable r) {
        catalogueChanged.add(r);
    }

    public void onPlanChanged(Runnable r) {
        planChanged.add(r);
    }
}

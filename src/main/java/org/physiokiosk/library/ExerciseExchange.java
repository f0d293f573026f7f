package org.physiokiosk.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.ClinicExercise;
import org.physiokiosk.catalog.ClinicTemplate;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseLimits;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.catalog.LibraryName;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.pictures.SvgCheck;
import org.physiokiosk.store.StoreException;

/**
 * Shares a clinic's own exercises with another clinic in one JSON file: each exercise's latest text and its
 * picture. Importing adds them as the other clinic's own, under ids and names that are free there; nothing there
 * is overwritten, and an exercise already there with the same text is left as it is.
 */
public final class ExerciseExchange {

    /** What the file says it is; a file without it is refused as foreign. */
    public static final String FORMAT = "physio-kiosk-exercises";
    /** The newest layout of the file this program reads and writes. */
    public static final int VERSION = 1;
    /** The largest exercises file read: thousands of exercises, each with a picture of up to 2 MB, fit in it. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One exercise or template on import: its id in the file, its new id here (empty: it was already here, as
     * {@code hereId}), and its name here.
     */
    public record Imported(String fileId, Optional<String> newId, String name, String hereId) {
        public Imported(String fileId, Optional<String> newId, String name) {
            this(fileId, newId, name, newId.orElse(fileId));
        }
    }

    private final ClinicExercises exercises;
    private final ClinicTemplates templates;

    public ExerciseExchange(ClinicExercises exercises, ClinicTemplates templates) {
        this.exercises = exercises;
        this.templates = templates;
    }

    /**
     * The clinic's own exercises (retired ones too, marked) and its current templates as the text of an exchange
     * file.
     */
    public String export(List<ClinicExercise> own, List<org.physiokiosk.catalog.ClinicTemplate> ownTemplates) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode list = root.putArray("exercises");
        for (ClinicExercise e : own) {
            ObjectNode item = list.addObject();
            item.set("exercise", JSON.valueToTree(e.exercise()));
            item.put("retired", e.retired());
            if (e.pictureSvg() != null) {
                item.put("picture", e.pictureSvg());
            }
        }
        ArrayNode list2 = root.putArray("templates");
        for (org.physiokiosk.catalog.ClinicTemplate t : ownTemplates) {
            if (!t.retired()) {
                list2.add(JSON.valueToTree(t));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the exercises could not be written as JSON", e);
        }
    }

    /**
     * Adds the exercises of an exchange file as this clinic's own, checking the whole file before adding anything:
     * a bad or foreign file changes nothing. Each exercise is held to what the kiosk's editor allows
     * ({@link ExerciseLimits}), its name cleaned and checked as a patient's is ({@link LibraryName}); any refusal
     * names the entry and what to fix. {@code source} names the file in messages.
     */
    public List<Imported> importText(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException.Refused(source + " is not a Physio Kiosk exercises file (it is not JSON: "
                    + e.getOriginalMessage() + ").");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new StoreException.Refused(source + " is not a Physio Kiosk exercises file (make one with: "
                    + "exercises export --out FILE).");
        }
        int version = root.path("version").asInt(0);
        if (version < 1 || version > VERSION) {
            throw new StoreException.Refused(source + " was written by a newer Physio Kiosk (file layout " + version
                    + "); update this program to read it.");
        }
        List<Imported> out = new ArrayList<>();
        Map<String, String> newIds = new HashMap<>();
        Map<String, Integer> fileIds = new HashMap<>();
        ClinicExercises.Adoption adoption = exercises.adoption();
        int n = 0;
        for (JsonNode item : list(root, "exercises", source)) {
            n++;
            JsonNode words = item.path("exercise");
            ExchangeEntry entry = new ExchangeEntry(source, "exercise " + n, words, words.path("id"),
                    words.path("name"));
            if (!item.isObject() || !entry.isObject()) {
                throw entry.isNot("an exercise (each entry of \"exercises\" holds \"exercise\", its words, "
                        + "and may hold \"picture\" and \"retired\"); " + ExchangeEntry.HOW);
            }
            ExchangeEntry outer = new ExchangeEntry(source, "exercise " + n, item, words.path("id"),
                    words.path("name"));
            Exercise e = exercise(entry);
            Integer before = fileIds.putIfAbsent(e.id(), n);
            if (before != null) {
                throw entry.refused("its id is the id of exercise " + before + " too; each exercise in the file "
                        + "needs its own id");
            }
            String svg = outer.text("picture");
            if (svg != null) {
                SvgCheck.Checked checked = SvgCheck.check(svg);
                if (!checked.usable()) {
                    throw entry.refused("its picture is refused: " + checked.problem());
                }
                svg = checked.svg();
            }
            boolean retired = outer.yesNo("retired", false);
            Imported i;
            try {
                i = adoption.decide(e, svg, retired);
            } catch (StoreException.Refused lookAlike) {
                throw entry.refused(lookAlike.getMessage());
            }
            newIds.put(i.fileId(), i.hereId());
            out.add(i);
        }
        // Templates: read and checked before anything is added; each exercise is one of the file's or in this
        // library already.
        java.util.Set<String> here = new java.util.HashSet<>();
        exercises.library().exercises().forEach(e -> here.add(e.id()));
        ClinicTemplates.Adoption templateAdoption = templates.adoption();
        int t = 0;
        for (JsonNode node : list(root, "templates", source)) {
            t++;
            ExchangeEntry entry = new ExchangeEntry(source, "template " + t, node, node.path("id"), node.path("name"));
            if (!entry.isObject()) {
                throw entry.isNot("a template (an object of fields: id, name, bodyRegion, note, items); "
                        + ExchangeEntry.HOW);
            }
            ClinicTemplate template = template(entry);
            for (ClinicTemplate.ItemRef ref : template.items()) {
                if (!fileIds.containsKey(ref.exerciseId()) && !here.contains(ref.exerciseId())) {
                    throw entry.refused("it uses the exercise '" + ClinicExercises.shortName(ref.exerciseId())
                            + "', which is neither in the file nor here");
                }
            }
            String fileId = template.id() == null ? "template " + t : template.id();
            try {
                out.add(templateAdoption.decide(template, fileId, newIds));
            } catch (StoreException.Refused lookAlike) {
                throw entry.refused(lookAlike.getMessage());
            }
        }
        adoption.addAll();
        templateAdoption.addAll();
        return out;
    }

    /** The entries of a list in the file; none when it is absent. */
    private static List<JsonNode> list(JsonNode root, String field, String source) {
        JsonNode value = root.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new StoreException.Refused(source + ": \"" + field + "\" must be a list, not "
                    + ExchangeEntry.kindOf(value) + "; " + ExchangeEntry.HOW + ".");
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    /**
     * The exercise an entry holds, its name cleaned, held to the kiosk's own limits. Its review mark and its
     * progression stay with the other clinic: the steps it names are not here.
     */
    private static Exercise exercise(ExchangeEntry entry) {
        entry.required("id", "name", "kind", "bodyRegion", "purpose", "steps", "dosage", "takeCare", "origin",
                "position", "level");
        String id = entry.id();
        String origin = entry.text("origin");
        if (!origin.equalsIgnoreCase(Origin.CLINIC.name())) {
            throw entry.refused("it is not a clinic's own exercise (its origin is '"
                    + ClinicExercises.shortName(origin) + "'); the exercises that come with Physio Kiosk are here "
                    + "already");
        }
        List<String> equipment = entry.texts("equipment");
        Exercise e = new Exercise(id, LibraryName.clean(entry.text("name")), entry.kind("kind"),
                entry.text("bodyRegion"), entry.text("purpose"), entry.texts("steps"),
                entry.dosage(entry.object("dosage"), "the dosage"), entry.text("takeCare"), null, null, Origin.CLINIC,
                equipment.isEmpty() ? List.of("none") : equipment, entry.text("position"), entry.whole("level"),
                entry.texts("aliases"), entry.texts("sources"), entry.text("picture"), null, null,
                entry.text("moveOn"));
        Optional<String> problem = ExerciseLimits.problem(e);
        if (problem.isPresent()) {
            throw entry.refused(problem.get());
        }
        return e;
    }

    /** The template an entry holds, its name cleaned, held to the kiosk's own limits. */
    private static ClinicTemplate template(ExchangeEntry entry) {
        entry.required("name", "bodyRegion", "items");
        String name = LibraryName.clean(entry.text("name"));
        Optional<String> problem = LibraryName.problem(name, ClinicTemplates.MAX_NAME);
        if (problem.isPresent()) {
            throw entry.refused(problem.get());
        }
        String region = entry.text("bodyRegion");
        if (!Library.REGIONS.contains(region)) {
            throw entry.refused("the body region is '" + ClinicExercises.shortName(region) + "'; use one of: "
                    + String.join(", ", Library.REGIONS));
        }
        String note = entry.text("note");
        List<JsonNode> items = entry.list("items");
        problem = ClinicTemplates.sizeProblem(note, items.size());
        if (problem.isPresent()) {
            throw entry.refused(problem.get());
        }
        if (items.isEmpty()) {
            throw entry.refused("it has no exercises");
        }
        List<ClinicTemplate.ItemRef> refs = new ArrayList<>();
        for (JsonNode item : items) {
            int k = refs.size() + 1;
            JsonNode exerciseId = item.path("exerciseId");
            if (!item.isObject() || !exerciseId.isTextual()) {
                throw entry.refused("its exercise " + k + " has no exerciseId (each holds exerciseId and dosage)");
            }
            refs.add(new ClinicTemplate.ItemRef(exerciseId.asText(), entry.dosage(item.get("dosage"),
                    "the dosage of its exercise " + k)));
        }
        return new ClinicTemplate(entry.id(), name, region, note, refs, false);
    }

    /** The library the exercises come into, for callers that list them. */
    public Catalogue library() {
        return exercises.library();
    }
}

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
import java.util.List;
import java.util.Optional;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.ClinicExercise;
import org.physiokiosk.catalog.Exercise;
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
     * a bad or foreign file changes nothing. {@code source} names the file in messages.
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
        List<Candidate> candidates = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root.path("exercises")) {
            n++;
            Exercise e;
            try {
                e = JSON.treeToValue(item.path("exercise"), Exercise.class);
            } catch (JsonProcessingException | IllegalArgumentException ex) {
                throw new StoreException.Refused(source + ": exercise " + n + " cannot be read ("
                        + ex.getMessage() + ").");
            }
            String problem = problem(e);
            if (!problem.isEmpty()) {
                throw new StoreException.Refused(source + ": exercise " + n + " (" + e.id() + ") " + problem + ".");
            }
            String svg = item.hasNonNull("picture") ? item.get("picture").asText() : null;
            if (svg != null) {
                Optional<String> bad = SvgCheck.problem(svg);
                if (bad.isPresent()) {
                    throw new StoreException.Refused(source + ": the picture of exercise " + n + " (" + e.id()
                            + ") is refused: " + bad.get() + ".");
                }
            }
            candidates.add(new Candidate(withName(e, LibraryName.clean(e.name())), svg,
                    item.path("retired").asBoolean(false)));
        }
        // Templates: read and checked before anything is added; each exercise is one of the file's or in this
        // library already.
        List<org.physiokiosk.catalog.ClinicTemplate> fileTemplates = new ArrayList<>();
        java.util.Set<String> fileIds = new java.util.HashSet<>();
        candidates.forEach(c -> fileIds.add(c.exercise().id()));
        java.util.Set<String> here = new java.util.HashSet<>();
        exercises.library().exercises().forEach(e -> here.add(e.id()));
        int t = 0;
        for (JsonNode node : root.path("templates")) {
            t++;
            org.physiokiosk.catalog.ClinicTemplate template;
            try {
                template = JSON.treeToValue(node, org.physiokiosk.catalog.ClinicTemplate.class);
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException ex) {
                throw new StoreException.Refused(source + ": template " + t + " cannot be read (" + ex.getMessage()
                        + ").");
            }
            if (template.name() == null || template.name().isBlank() || template.items().isEmpty()
                    || !Library.REGIONS.contains(template.bodyRegion())) {
                throw new StoreException.Refused(source + ": template " + t + " has no name, exercises or known "
                        + "body region.");
            }
            for (var ref : template.items()) {
                if (!fileIds.contains(ref.exerciseId()) && !here.contains(ref.exerciseId())) {
                    throw new StoreException.Refused(source + ": template " + t + " (" + template.name() + ") uses "
                            + "the exercise '" + ref.exerciseId() + "', which is neither in the file nor here.");
                }
            }
            fileTemplates.add(template);
        }
        // Each is decided against the library as it will be, read once; then all are added at once.
        ClinicExercises.Adoption adoption = exercises.adoption();
        List<Imported> out = new ArrayList<>();
        java.util.Map<String, String> newIds = new java.util.HashMap<>();
        n = 0;
        for (Candidate c : candidates) {
            n++;
            Imported i;
            try {
                i = adoption.decide(c.exercise(), c.svg(), c.retired());
            } catch (StoreException.Refused lookAlike) {
                throw new StoreException.Refused(source + ": exercise " + n + " (" + c.exercise().id() + "): "
                        + lookAlike.getMessage() + ".");
            }
            newIds.put(i.fileId(), i.hereId());
            out.add(i);
        }
        ClinicTemplates.Adoption templateAdoption = templates.adoption();
        t = 0;
        for (org.physiokiosk.catalog.ClinicTemplate template : fileTemplates) {
            t++;
            try {
                out.add(templateAdoption.decide(withName(template), template.id(), newIds));
            } catch (StoreException.Refused lookAlike) {
                throw new StoreException.Refused(source + ": template " + t + " (" + template.name() + "): "
                        + lookAlike.getMessage() + ".");
            }
        }
        adoption.addAll();
        templateAdoption.addAll();
        return out;
    }

    private static Exercise withName(Exercise e, String name) {
        return new Exercise(e.id(), name, e.kind(), e.bodyRegion(), e.purpose(), e.steps(), e.dosage(), e.takeCare(),
                e.reviewedBy(), e.reviewedOn(), e.origin(), e.equipment(), e.position(), e.level(), e.aliases(),
                e.sources(), e.picture(), e.harder(), e.easier(), e.moveOn());
    }

    private static org.physiokiosk.catalog.ClinicTemplate withName(org.physiokiosk.catalog.ClinicTemplate t) {
        return new org.physiokiosk.catalog.ClinicTemplate(t.id(), LibraryName.clean(t.name()), t.bodyRegion(),
                t.note(), t.items(), false);
    }

    private record Candidate(Exercise exercise, String svg, boolean retired) {
    }

    /** What makes an exercise from a file unusable here, or "". */
    private static String problem(Exercise e) {
        if (e == null || e.id() == null || e.name() == null || e.name().isBlank()) {
            return "has no id or name";
        }
        if (e.kind() == null) {
            return "has no kind";
        }
        if (!Library.REGIONS.contains(e.bodyRegion())) {
            return "names the body region '" + e.bodyRegion() + "', which this program does not know";
        }
        if (e.steps().isEmpty() || e.purpose() == null || e.takeCare() == null || e.dosage() == null) {
            return "is missing its purpose, steps, dosage or take-care line";
        }
        if (e.origin() != Origin.CLINIC) {
            return "is not a clinic's own exercise";
        }
        return "";
    }

    /** The library the exercises come into, for callers that list them. */
    public Catalogue library() {
        return exercises.library();
    }
}

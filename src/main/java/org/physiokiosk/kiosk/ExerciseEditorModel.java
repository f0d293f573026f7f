package org.physiokiosk.kiosk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.catalog.ExerciseLimits;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.catalog.LibraryName;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.pictures.figure.PoseSliders;

/**
 * The clinic's own version of an exercise as it is being written: its words, kind, region and level, and its
 * picture's pose. Checked here, without a window; the dialog only lays it out.
 */
final class ExerciseEditorModel {

    private final Exercise from;
    private final boolean copying;
    private final PoseSliders pose;
    private String name;
    private String purpose;
    private String steps;
    private String takeCare;
    private ExerciseKind kind;
    private String region;
    private int level;
    private String aliases;
    private String sources;
    private String alt;
    private String ownPicture;
    private String easier;
    private String harder;
    private String position;
    private String equipment;
    private org.physiokiosk.catalog.Dosage dosage;

    /**
     * A new exercise started blank: empty words, a standing figure to pose, level 1; everything to be written.
     */
    static ExerciseEditorModel blank() {
        org.physiokiosk.pictures.figure.Pose standing = new org.physiokiosk.pictures.figure.Pose(
                org.physiokiosk.pictures.figure.Base.STANDING, java.util.Map.of(), java.util.Set.of(), List.of());
        org.physiokiosk.pictures.figure.Picture picture = new org.physiokiosk.pictures.figure.Picture("new",
                org.physiokiosk.pictures.figure.View.SIDE, false, List.of(), standing, standing, null, List.of());
        Exercise empty = new Exercise("new", "", ExerciseKind.STRETCH, Library.REGIONS.get(0), "", List.of(),
                org.physiokiosk.catalog.Dosage.none(), "", null, null, Origin.CLINIC, List.of("none"), "standing", 1,
                List.of(), List.of(), "");
        ExerciseEditorModel model = new ExerciseEditorModel(empty, true, new PoseSliders(picture));
        model.name = "";
        model.blank = true;
        return model;
    }

    private boolean blank;

    /** True for an exercise started blank (not copied from one). */
    boolean blankStart() {
        return blank;
    }

    /** {@code copying}: a new clinic exercise made from {@code from}; else a new version of a clinic exercise. */
    ExerciseEditorModel(Exercise from, boolean copying, PoseSliders pose) {
        this.from = from;
        this.copying = copying;
        this.pose = pose;
        this.name = copying ? Messages.get("editor.copyName", from.name()) : from.name();
        this.purpose = from.purpose();
        this.steps = String.join("\n", from.steps());
        this.takeCare = from.takeCare();
        this.kind = from.kind();
        this.region = from.bodyRegion();
        this.level = from.level();
        this.aliases = String.join(", ", from.aliases());
        this.sources = String.join("\n", from.sources());
        this.alt = from.picture() == null ? "" : from.picture();
        this.easier = from.easier();
        this.harder = from.harder();
        this.position = from.position();
        this.equipment = String.join(", ", from.equipment());
        this.dosage = from.dosage();
    }

    String position() {
        return position;
    }

    String equipment() {
        return equipment;
    }

    org.physiokiosk.catalog.Dosage dosage() {
        return dosage;
    }

    void setPosition(String position) {
        this.position = position;
    }

    void setEquipment(String equipment) {
        this.equipment = equipment == null ? "" : equipment;
    }

    /** The default dosage: numbers of 0 mean "not used"; a problem is reported by {@link #problems()}. */
    void setDosage(int hold, int reps, int sets, boolean eachSide, int perDay, int perWeek) {
        try {
            this.dosage = new org.physiokiosk.catalog.Dosage(hold == 0 ? null : hold, reps == 0 ? null : reps,
                    sets == 0 ? null : sets, eachSide, perDay == 0 ? null : perDay, perWeek == 0 ? null : perWeek);
            this.dosageProblem = null;
        } catch (IllegalArgumentException e) {
            this.dosageProblem = Messages.get("editor.dosageBad", e.getMessage());
        }
    }

    private String dosageProblem;

    private List<String> equipmentList() {
        return Arrays.stream(equipment.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** The easier and the harder step the clinic chose (exercise ids), or null for none. */
    String easier() {
        return easier;
    }

    String harder() {
        return harder;
    }

    void setSteps(String easierId, String harderId) {
        this.easier = easierId;
        this.harder = harderId;
    }

    String alt() {
        return alt;
    }

    void setAlt(String alt) {
        this.alt = alt == null ? "" : alt;
    }

    /** The clinic's own picture (as SVG, a photo wrapped), or null while the picture is drawn from the pose. */
    String ownPicture() {
        return ownPicture;
    }

    void setOwnPicture(String svg) {
        this.ownPicture = svg;
    }

    boolean copying() {
        return copying;
    }

    Exercise from() {
        return from;
    }

    /** The pose sliders, or null when the exercise has no pose data to draw from. */
    PoseSliders pose() {
        return pose;
    }

    String name() {
        return name;
    }

    String purpose() {
        return purpose;
    }

    String steps() {
        return steps;
    }

    String takeCare() {
        return takeCare;
    }

    ExerciseKind kind() {
        return kind;
    }

    String region() {
        return region;
    }

    int level() {
        return level;
    }

    String aliases() {
        return aliases;
    }

    String sources() {
        return sources;
    }

    void setText(String name, String purpose, String steps, String takeCare, String aliases, String sources) {
        this.name = name == null ? "" : name;
        this.purpose = purpose == null ? "" : purpose;
        this.steps = steps == null ? "" : steps;
        this.takeCare = takeCare == null ? "" : takeCare;
        this.aliases = aliases == null ? "" : aliases;
        this.sources = sources == null ? "" : sources;
    }

    void setKind(ExerciseKind kind) {
        this.kind = kind;
    }

    void setRegion(String region) {
        this.region = region;
    }

    void setLevel(int level) {
        this.level = level;
    }

    /**
     * Each field's problem, by field name ("name", "steps" ...); empty when the exercise can be saved. The limits
     * are the library's own ({@link ExerciseLimits}), the ones an import from another clinic is held to.
     */
    Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        String cleanName = LibraryName.clean(name);
        if (name.isBlank()) {
            out.put("name", Messages.get("editor.nameMissing"));
        } else if (cleanName.length() > ExerciseLimits.NAME) {
            out.put("name", Messages.get("editor.nameLong", cleanName.length(), ExerciseLimits.NAME));
        } else {
            LibraryName.problem(cleanName, ExerciseLimits.NAME)
                    .ifPresent(problem -> out.put("name", Messages.get("editor.nameBad", problem)));
        }
        if (purpose.isBlank()) {
            out.put("purpose", Messages.get("editor.purposeMissing"));
        } else if (purpose.strip().length() > ExerciseLimits.LINE) {
            out.put("purpose", Messages.get("editor.purposeLong", purpose.strip().length(), ExerciseLimits.LINE));
        }
        List<String> lines = stepLines();
        if (lines.isEmpty()) {
            out.put("steps", Messages.get("editor.stepsMissing"));
        } else if (lines.size() > ExerciseLimits.STEPS) {
            out.put("steps", Messages.get("editor.stepsMany", lines.size(), ExerciseLimits.STEPS));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > ExerciseLimits.LINE) {
                    out.put("steps", Messages.get("editor.stepLong", i + 1, lines.get(i).length(),
                            ExerciseLimits.LINE));
                    break;
                }
            }
        }
        if (takeCare.isBlank()) {
            out.put("takeCare", Messages.get("editor.takeCareMissing"));
        } else if (takeCare.strip().length() > ExerciseLimits.LINE) {
            out.put("takeCare", Messages.get("editor.takeCareLong", takeCare.strip().length(), ExerciseLimits.LINE));
        }
        if (!Library.REGIONS.contains(region)) {
            out.put("region", Messages.get("editor.regionMissing"));
        }
        if (!Library.POSITIONS.contains(position)) {
            out.put("position", Messages.get("editor.positionMissing"));
        }
        for (String item : equipmentList()) {
            if (!Library.EQUIPMENT.contains(item)) {
                out.put("equipment", Messages.get("editor.equipmentUnknown", item, String.join(", ", Library.EQUIPMENT)));
            }
        }
        if (dosageProblem != null) {
            out.put("dosage", dosageProblem);
        }
        if (easier != null && easier.equals(harder)) {
            out.put("progression", Messages.get("editor.stepsSame"));
        }
        if (alt.isBlank()) {
            out.put("alt", Messages.get("editor.altMissing"));
        } else if (alt.strip().length() > ExerciseLimits.ALT) {
            out.put("alt", Messages.get("editor.altLong", alt.strip().length(), ExerciseLimits.ALT));
        }
        if (out.isEmpty()) {
            // What only the library's own check sees (too many other names or sources, a hidden control character).
            ExerciseLimits.problem(result()).ifPresent(problem -> out.put("words",
                    Messages.get("editor.cannotSave", problem)));
        }
        return out;
    }

    private List<String> stepLines() {
        return Arrays.stream(steps.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The exercise as written (its id is the copy's or the exercise's own; the service gives a copy its id). */
    Exercise result() {
        List<String> aliasList = new ArrayList<>();
        for (String a : aliases.split(",")) {
            if (!a.isBlank()) {
                aliasList.add(a.strip());
            }
        }
        List<String> sourceList = Arrays.stream(sources.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        List<String> kit = equipmentList().isEmpty() ? List.of("none") : equipmentList();
        return new Exercise(from.id(), LibraryName.clean(name), kind, region, purpose.strip(), stepLines(), dosage,
                takeCare.strip(), null, null, Origin.CLINIC, kit, position, level, aliasList,
                sourceList, alt.strip(), harder, easier, from.moveOn());
    }
}

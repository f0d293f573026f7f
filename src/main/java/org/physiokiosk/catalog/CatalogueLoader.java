package org.physiokiosk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physiokiosk.clinic.PaperSize;

/**
 * Reads the reviewed catalogue (YAML files) from a folder such as {@code data/catalogue}, or the copy
 * bundled in the jar. Any problem stops loading with a message naming the file, the entry and the field.
 */
public final class CatalogueLoader {

    public static final String EXERCISES = "exercises.yaml";
    public static final String SAFETY = "warning-signs.yaml";
    public static final String TIPS = "handout-text.yaml";
    public static final String TEMPLATES = "templates.yaml";
    public static final String CLINIC = "clinic.yaml";
    public static final String PICTURES = "pictures/";

    private static final String BUNDLED = "/org/physiokiosk/catalog/bundled/";
    private static final int MAX_TEXT = 1000;
    /** Alt text that a screen reader reads in one breath (WCAG G95/G74 suggest about this much). */
    static final int MAX_ALT = ExerciseLimits.ALT;

    /** The shipped files already parsed at build time; a file that differs from them is parsed here. */
    private final CompiledCatalogue compiled = CompiledCatalogue.bundled();

    /** Loads the catalogue from the given folder. */
    public Catalogue load(Path folder) throws CatalogueException {
        return load(name -> {
            Path file = folder.resolve(name);
            try {
                return new Source(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new CatalogueException(file + ": file is missing. Restore it from the project's data/catalogue folder.");
            } catch (IOException e) {
                throw new CatalogueException(file + ": cannot be read (" + e.getMessage() + ").");
            }
        });
    }

    /** Loads the catalogue shipped inside the application. */
    public Catalogue loadBundled() throws CatalogueException {
        return load(name -> {
            try (InputStream in = CatalogueLoader.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new CatalogueException("bundled catalogue " + name + ": file is missing from the application.");
                }
                return new Source(name, "bundled " + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CatalogueException("bundled " + name + ": cannot be read (" + e.getMessage() + ").");
            }
        });
    }

    /** A file's text; {@code file} is its name in the catalogue, {@code name} how messages name it. */
    private record Source(String file, String name, String text) {
    }

    @FunctionalInterface
    private interface Reader {
        Source read(String fileName) throws CatalogueException;
    }

    private Catalogue load(Reader reader) throws CatalogueException {
        List<Exercise> exercises = exercises(reader.read(EXERCISES));
        WarningSigns safety = warningSigns(reader.read(SAFETY));
        SharedText tips = sharedText(reader.read(TIPS));
        Clinic clinic = clinic(reader.read(CLINIC));
        Catalogue partial = new Catalogue(exercises, safety, tips, List.of(), clinic);
        List<Template> templates = templates(reader.read(TEMPLATES), partial);
        java.util.Map<String, String> pictures = new java.util.HashMap<>();
        for (Exercise e : exercises) {
            try {
                pictures.put(e.id(), reader.read(PICTURES + e.pictureFile()).text());
            } catch (CatalogueException noPictureYet) {
                // an exercise without a picture yet prints without one (LibraryContentTest holds the library to it)
            }
        }
        for (FallPicture p : java.util.stream.Stream.concat(safety.afterAFallPictures().stream(),
                tips.floor().steps().pictures().stream()).toList()) {
            try {
                pictures.put(p.picture(), reader.read(PICTURES + p.picture() + ".svg").text());
            } catch (CatalogueException noPictureYet) {
                // the steps print without it, as an exercise does (HandoutPicturesTest holds the shipped ones to it)
            }
        }
        return new Catalogue(exercises, safety, tips, templates, clinic, pictures);
    }

    private Map<String, Object> parse(Source source) throws CatalogueException {
        Map<String, Object> tree = compiled.tree(source.file(), source.text());
        return tree != null ? tree : YamlTree.parse(source.name(), source.text());
    }

    private List<Exercise> exercises(Source source) throws CatalogueException {
        Entry file = new Entry(source.name(), "file", parse(source));
        file.onlyFields("exercises");
        List<Exercise> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Object node : file.list("exercises", true)) {
            index++;
            String id = new Entry(source.name(), "exercise #" + index, node).id();
            Entry e = new Entry(source.name(), "exercise '" + id + "'", node);
            if (!ids.add(id)) {
                throw e.error("id", "is used twice; every exercise needs its own id");
            }
            e.onlyFields("id", "name", "kind", "bodyRegion", "purpose", "steps", "dosage", "takeCare",
                    "equipment", "position", "level", "aliases", "sources", "picture", "reviewedBy", "reviewedOn",
                    "origin", "harder", "moveOn");
            String name = e.text("name", true);
            String kindText = e.text("kind", true);
            ExerciseKind kind = ExerciseKind.fromId(kindText)
                    .orElseThrow(() -> e.error("kind", "is '" + kindText + "'; use stretch, strengthen, mobility or "
                            + "balance"));
            List<String> steps = new ArrayList<>();
            for (Object step : e.list("steps", true)) {
                if (!(step instanceof String line) || line.isBlank()) {
                    throw e.error("steps", "each step must be a line of text");
                }
                steps.add(line.strip());
            }
            String originText = e.text("origin", false);
            // The catalogue's files ship with Physio Kiosk; the clinic's own exercises live in its database.
            Origin origin = originText == null ? Origin.SEED : Origin.fromId(originText)
                    .orElseThrow(() -> e.error("origin", "is '" + originText + "'; use seed or clinic"));
            String region = e.oneOf("bodyRegion", Library.REGIONS);
            List<String> equipment = e.texts("equipment");
            for (String item : equipment) {
                if (!Library.EQUIPMENT.contains(item)) {
                    throw e.error("equipment", "names '" + item + "'; use " + String.join(", ", Library.EQUIPMENT));
                }
            }
            if (equipment.size() > 1 && equipment.contains("none")) {
                throw e.error("equipment", "says none and names equipment too; keep one");
            }
            String position = e.oneOf("position", Library.POSITIONS);
            Integer level = e.number("level");
            if (level == null || level < Library.MIN_LEVEL || level > Library.MAX_LEVEL) {
                throw e.error("level", "must be 1 (gentle start), 2 (building up) or 3 (stronger)");
            }
            List<String> aliases = e.has("aliases") ? e.texts("aliases") : List.of();
            List<String> sources = e.texts("sources");
            String picture = null;
            PictureSteps shows = null;
            if (e.has("picture")) {
                Entry p = new Entry(e.file, e.entry, e.get("picture"), "picture.");
                p.onlyFields("alt", "start", "finish", "hold", "between");
                picture = p.text("alt", true);
                if (picture.length() > MAX_ALT) {
                    throw p.error("alt", "is longer than " + MAX_ALT + " characters; say the position and the "
                            + "movement in fewer words");
                }
                shows = new PictureSteps(step(p, "start", steps), step(p, "finish", steps), step(p, "hold", steps),
                        "true".equals(String.valueOf(p.get("between"))));
                if (p.has("between") && !"true".equals(String.valueOf(p.get("between")))
                        && !"false".equals(String.valueOf(p.get("between")))) {
                    throw p.error("between", "must be true or false");
                }
                if (shows.between() && (shows.start() == null || shows.finish() == null)) {
                    throw p.error("between", "is for a Start and Finish picture; name its start and finish steps");
                }
                if (shows.hold() != null && (shows.start() != null || shows.finish() != null)) {
                    throw p.error("hold", "is for a picture of one held position; a Start and Finish picture names "
                            + "start and finish instead");
                }
                if (shows.start() == null && shows.finish() == null && shows.hold() == null) {
                    shows = null;
                }
            }
            String reviewedBy = e.text("reviewedBy", false);
            LocalDate reviewedOn = e.has("reviewedOn") ? e.date("reviewedOn") : null;
            if ((reviewedBy == null) != (reviewedOn == null)) {
                throw e.error(reviewedBy == null ? "reviewedBy" : "reviewedOn", "is missing; a clinician's review "
                        + "needs both who (reviewedBy) and when (reviewedOn)");
            }
            out.add(new Exercise(id, name, kind, region, e.text("purpose", true), steps, dosage(e, "dosage", true),
                    e.text("takeCare", true), reviewedBy, reviewedOn, origin, equipment, position, level, aliases,
                    sources, picture, e.text("harder", false), null, e.text("moveOn", false), shows));
        }
        return progressions(source.name(), out);
    }

    /** The step a picture's panel shows, numbered from 1 as the steps are, or null when not given. */
    private static Integer step(Entry p, String field, List<String> steps) throws CatalogueException {
        if (!p.has(field)) {
            return null;
        }
        Integer n = p.number(field);
        if (n == null || n < 1 || n > steps.size()) {
            throw p.error(field, "must be the number of one of this exercise's steps, 1 to " + steps.size());
        }
        return n;
    }

    /**
     * Checks each exercise's {@code harder} (a known exercise of the same body region, at the same level or
     * above, never itself) and gives the harder one its {@code easier}: one easier step each.
     */
    private static List<Exercise> progressions(String file, List<Exercise> exercises) throws CatalogueException {
        java.util.Map<String, Exercise> byId = new java.util.LinkedHashMap<>();
        exercises.forEach(e -> byId.put(e.id(), e));
        java.util.Map<String, String> easierOf = new java.util.HashMap<>();
        for (Exercise e : exercises) {
            if (e.harder() == null) {
                continue;
            }
            String where = file + ": exercise '" + e.id() + "': field 'harder' ";
            Exercise next = byId.get(e.harder());
            if (next == null || next == e) {
                throw new CatalogueException(where + "names '" + e.harder() + "', which is not another exercise.");
            }
            if (!next.bodyRegion().equals(e.bodyRegion()) || next.level() < e.level()) {
                throw new CatalogueException(where + "names '" + next.id() + "', which is not a harder step for the "
                        + "same body region (" + next.bodyRegion() + ", level " + next.level() + ").");
            }
            String before = easierOf.put(next.id(), e.id());
            if (before != null) {
                throw new CatalogueException(where + "names '" + next.id() + "', which '" + before + "' names too; an "
                        + "exercise has one easier step.");
            }
        }
        List<Exercise> out = new ArrayList<>();
        for (Exercise e : exercises) {
            out.add(e.withProgression(easierOf.get(e.id()), e.harder()));
        }
        return out;
    }

    private static Dosage dosage(Entry e, String field, boolean required) throws CatalogueException {
        Object node = e.get(field);
        if (node == null) {
            if (required) {
                throw e.error(field, "is missing");
            }
            return null;
        }
        if (!(node instanceof Map)) {
            throw e.error(field, "must be a mapping such as holdSeconds: 30");
        }
        Entry d = new Entry(e.file, e.entry, node, field + ".");
        d.onlyFields("holdSeconds", "repetitions", "sets", "eachSide", "timesPerDay", "daysPerWeek");
        Object eachSide = d.get("eachSide");
        if (eachSide != null && !"true".equals(eachSide) && !"false".equals(eachSide)) {
            throw d.error("eachSide", "must be true or false");
        }
        try {
            return new Dosage(d.number("holdSeconds"), d.number("repetitions"), d.number("sets"),
                    "true".equals(eachSide), d.number("timesPerDay"), d.number("daysPerWeek"));
        } catch (IllegalArgumentException ex) {
            throw e.error(field, ex.getMessage());
        }
    }

    private WarningSigns warningSigns(Source source) throws CatalogueException {
        Entry e = new Entry(source.name(), "file", parse(source));
        e.onlyFields("heading", "sources", "general", "regions", "stopRules", "injuryWarning", "afterAFall");
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        Entry sourceList = e.child("sources", "sources.");
        for (String key : sourceList.keys()) {
            sources.put(key, sourceList.text(key, true));
        }
        Map<WarningTier, List<WarningSigns.Sign>> general = tiers(e.child("general", "general."), sources);
        Map<String, Map<WarningTier, List<WarningSigns.Sign>>> regions = new java.util.LinkedHashMap<>();
        Entry byRegion = e.child("regions", "regions.");
        for (String region : byRegion.keys()) {
            if (!Library.REGIONS.contains(region)) {
                throw byRegion.error(region, "is not a body region (known: " + String.join(", ", Library.REGIONS) + ")");
            }
            regions.put(region, tiers(byRegion.child(region, "regions." + region + "."), sources));
        }
        for (String region : Library.REGIONS) {
            if (!regions.containsKey(region)) {
                throw e.error("regions", "has no warning signs for '" + region + "'; every body region needs its own");
            }
        }
        Entry stop = e.child("stopRules", "stopRules.");
        stop.onlyFields("pain", "balance", "coveredOnCards");
        Entry fall = e.child("afterAFall", "afterAFall.");
        fall.onlyFields("heading", "steps", "pictures");
        List<WarningSigns.Sign> injury = signs(e, "injuryWarning", sources, false);
        List<WarningSigns.Sign> fallSteps = signs(fall, "steps", sources, false);
        return new WarningSigns(e.text("heading", true), sources, general, regions,
                signs(stop, "pain", sources, false), signs(stop, "balance", sources, false), injury.get(0),
                fall.text("heading", true), fallSteps,
                stop.has("coveredOnCards") ? stop.texts("coveredOnCards") : List.of(),
                stepPictures(fall, "afterAFall", fallSteps.size()));
    }

    /**
     * The pictures beside numbered steps (getting up after a fall, getting down to the floor): {picture: id, step:
     * number, andStep: number}, in step order; andStep, when given, is a later step the same picture shows.
     */
    private static List<FallPicture> stepPictures(Entry fall, String field, int steps) throws CatalogueException {
        if (!fall.has("pictures")) {
            return List.of();
        }
        if (!(fall.get("pictures") instanceof List<?> list)) {
            throw fall.error("pictures", "must be a list of {picture: id, step: number}");
        }
        List<FallPicture> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Entry p = new Entry(fall.file, fall.entry, list.get(i), field + ".pictures[" + (i + 1) + "].");
            p.onlyFields("picture", "step", "andStep");
            String id = p.text("picture", true);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw p.error("picture", "must be a picture's id in lower case with hyphens, as its file "
                        + "pictures/<id>.svg is named");
            }
            Integer step = p.number("step");
            if (step == null || step < 1 || step > steps) {
                throw p.error("step", "must be the number of one of the steps, 1 to " + steps);
            }
            if (!out.isEmpty() && out.get(out.size() - 1).step() >= step) {
                throw p.error("step", "must come after the step of the picture before it");
            }
            Integer and = p.has("andStep") ? p.number("andStep") : Integer.valueOf(0);
            if (and == null || and != 0 && (and <= step || and > steps)) {
                throw p.error("andStep", "must be the number of a later step, " + (step + 1) + " to " + steps);
            }
            out.add(new FallPicture(id, step, and));
        }
        return out;
    }

    /** The signs of one block (general, or a region), by tier; every sign a condition starting "If ". */
    private static Map<WarningTier, List<WarningSigns.Sign>> tiers(Entry block, Map<String, String> sources)
            throws CatalogueException {
        block.onlyFields("emergency", "doctorToday", "nextVisit");
        Map<WarningTier, List<WarningSigns.Sign>> out = new java.util.EnumMap<>(WarningTier.class);
        for (WarningTier tier : WarningTier.values()) {
            out.put(tier, signs(block, tier.id(), sources, true));
        }
        return out;
    }

    /**
     * A list of signs ({@code text} and {@code sources}, each source a key of the file's sources), or one sign
     * written as a mapping. {@code conditions}: each must start with "If ".
     */
    private static List<WarningSigns.Sign> signs(Entry parent, String field, Map<String, String> sources,
            boolean conditions) throws CatalogueException {
        Object node = parent.get(field);
        List<Object> items = node instanceof Map ? List.of(node) : parent.list(field, false);
        List<WarningSigns.Sign> out = new ArrayList<>();
        for (Object item : items) {
            Entry sign = new Entry(parent.file, parent.entry, item, parent.prefix + field + ".");
            sign.onlyFields("text", "sources");
            String text = sign.text("text", true);
            if (conditions && !text.startsWith("If ")) {
                throw sign.error("text", "is '" + text + "'; word each sign as a condition, starting with 'If '");
            }
            List<String> keys = new ArrayList<>();
            for (Object key : sign.list("sources", false)) {
                keys.add(String.valueOf(key));
            }
            for (String key : keys) {
                if (!sources.containsKey(key)) {
                    throw sign.error("sources", "names '" + key + "', which is not under 'sources' at the top");
                }
            }
            out.add(new WarningSigns.Sign(text, keys));
        }
        if (node instanceof Map == false && !conditions && out.isEmpty()) {
            throw parent.error(field, "is missing");
        }
        return out;
    }

    private SharedText sharedText(Source source) throws CatalogueException {
        Entry e = new Entry(source.name(), "file", parse(source));
        e.onlyFields("glance", "tipsHeading", "tips", "disclaimer", "chartRows", "never", "always", "floor");
        List<SharedText.Row> rows = new ArrayList<>();
        for (Object node : e.list("chartRows", false)) {
            Entry row = new Entry(source.name(), "file", node, "chartRows.");
            row.onlyFields("label", "how", "when");
            rows.add(new SharedText.Row(row.text("label", true), row.text("how", true), when(row)));
        }
        List<SharedText.Line> disclaimer = lines(e, "disclaimer");
        if (disclaimer.isEmpty() || !disclaimer.get(disclaimer.size() - 1).when().equals(When.ALWAYS)) {
            throw e.error("disclaimer", "must end with a line that fits every plan (no 'when')");
        }
        return new SharedText(lines(e, "glance"), e.text("tipsHeading", true), lines(e, "tips"), disclaimer, rows,
                rules(e, "never"), rules(e, "always"), floor(e));
    }

    /** How to get down to the floor and up again: a heading, the steps each way, pictures, and the plans it fits. */
    private static SharedText.Floor floor(Entry e) throws CatalogueException {
        if (!e.has("floor")) {
            return null;
        }
        Entry f = e.child("floor", "floor.");
        f.onlyFields("heading", "when", "before", "downHeading", "down", "upHeading", "up", "note", "pictures",
                "moveFrom", "moveFinish", "moveSee", "moves", "onTheMat");
        List<String> down = f.texts("down");
        List<String> up = f.texts("up");
        When when = when(f);
        if (when.positions().isEmpty()) {
            throw f.error("when", "must name the starting positions that need the floor (positions: [...])");
        }
        List<String> before = f.has("before") ? f.texts("before") : when.positions().stream().sorted().toList();
        return new SharedText.Floor(new FloorSteps(f.text("heading", true), f.text("downHeading", true), down,
                f.text("upHeading", true), up, stepPictures(f, "floor", down.size() + up.size()), before,
                f.has("note") ? f.text("note", true) : "", moves(f, before, down.size() + up.size()), onTheMat(f)),
                when);
    }

    /** {say, as}: words of the steps said otherwise on the floor ("on your bed or on the floor": "on the mat"). */
    private static List<FloorSteps.Wording> onTheMat(Entry f) throws CatalogueException {
        List<FloorSteps.Wording> out = new ArrayList<>();
        if (!f.has("onTheMat")) {
            return out;
        }
        List<?> list = f.list("onTheMat", false);
        for (int i = 0; i < list.size(); i++) {
            Entry w = new Entry(f.file, f.entry, list.get(i), "floor.onTheMat[" + (i + 1) + "].");
            w.onlyFields("say", "as");
            out.add(new FloorSteps.Wording(w.text("say", true), w.text("as", true)));
        }
        return out;
    }

    /**
     * The moves between positions on the floor: {from, to, text, steps: [numbers]}, each from one of the positions
     * the box goes before to another, or to standing, with the box's steps that show it; and how a card heads them.
     */
    private static FloorSteps.Moves moves(Entry f, List<String> onTheFloor, int steps) throws CatalogueException {
        if (!f.has("moves")) {
            return FloorSteps.Moves.NONE;
        }
        List<FloorSteps.Move> out = new ArrayList<>();
        List<?> list = f.list("moves", false);
        for (int i = 0; i < list.size(); i++) {
            Entry m = new Entry(f.file, f.entry, list.get(i), "floor.moves[" + (i + 1) + "].");
            m.onlyFields("from", "to", "text", "steps");
            String from = m.oneOf("from", onTheFloor);
            List<String> to = new ArrayList<>(onTheFloor);
            to.add(FloorSteps.STANDING);
            String where = m.oneOf("to", to);
            if (where.equals(from)) {
                throw m.error("to", "must differ from 'from'");
            }
            for (FloorSteps.Move before : out) {
                if (before.from().equals(from) && before.to().equals(where)) {
                    throw m.error("to", "names a move already given: from " + from + " to " + where);
                }
            }
            List<Integer> numbers = new ArrayList<>();
            if (m.has("steps")) {
                if (!(m.get("steps") instanceof List<?> given)) {
                    throw m.error("steps", "must be a list of the box's step numbers, such as [10, 11]");
                }
                for (Object n : given) {
                    if (!(n instanceof String digits) || !digits.matches("[0-9]{1,3}")
                            || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > steps
                            || !numbers.isEmpty() && Integer.parseInt(digits) <= numbers.get(numbers.size() - 1)) {
                        throw m.error("steps", "must be the box's step numbers, 1 to " + steps + ", in order");
                    }
                    numbers.add(Integer.parseInt(digits));
                }
            }
            out.add(new FloorSteps.Move(from, where, m.text("text", true), numbers));
        }
        return new FloorSteps.Moves(f.text("moveFrom", true), f.text("moveFinish", true), f.text("moveSee", true),
                out);
    }

    private static List<SharedText.Line> lines(Entry parent, String field) throws CatalogueException {
        List<SharedText.Line> out = new ArrayList<>();
        for (Object node : parent.list(field, false)) {
            Entry line = new Entry(parent.file, parent.entry, node, field + ".");
            line.onlyFields("text", "when");
            out.add(new SharedText.Line(line.text("text", true), when(line)));
        }
        return out;
    }

    private static List<SharedText.Rule> rules(Entry parent, String field) throws CatalogueException {
        List<SharedText.Rule> out = new ArrayList<>();
        for (Object node : parent.list(field, false)) {
            Entry rule = new Entry(parent.file, parent.entry, node, field + ".");
            rule.onlyFields("phrase", "when", "why");
            out.add(new SharedText.Rule(rule.text("phrase", true), when(rule), rule.text("why", true)));
        }
        return out;
    }

    /** The plan facts a line fits ({@link When}); none given: every plan. */
    private static When when(Entry line) throws CatalogueException {
        if (!line.has("when")) {
            return When.ALWAYS;
        }
        Entry w = line.child("when", line.prefix + "when.");
        w.onlyFields(When.FIELDS.toArray(String[]::new));
        Set<ExerciseKind> kinds = java.util.EnumSet.noneOf(ExerciseKind.class);
        for (String kind : w.has("kinds") ? w.texts("kinds") : List.<String>of()) {
            kinds.add(ExerciseKind.fromId(kind).orElseThrow(() -> w.error("kinds", "names '" + kind
                    + "'; use stretch, strengthen, mobility or balance")));
        }
        List<String> regions = w.has("regions") ? w.texts("regions") : List.of();
        for (String region : regions) {
            if (!Library.REGIONS.contains(region)) {
                throw w.error("regions", "names '" + region + "', which is not a body region");
            }
        }
        return new When(kinds, Set.copyOf(regions), Set.copyOf(w.has("positions") ? w.texts("positions") : List.of()),
                w.yesNo("everyDay"), w.yesNo("noneEveryDay"), w.yesNo("sameDays"), w.yesNo("twiceADay"),
                w.yesNo("harder"), w.yesNo("pain"), w.yesNo("balance"));
    }

    private Clinic clinic(Source source) throws CatalogueException {
        Entry e = new Entry(source.name(), "file", parse(source));
        e.onlyFields("name", "address", "phone", "emergencyNumber", "paper");
        String paperText = e.text("paper", false);
        PaperSize paper = paperText == null ? PaperSize.A4 : PaperSize.fromId(paperText)
                .orElseThrow(() -> e.error("paper", "is '" + paperText + "'; use a4 or letter"));
        // Each detail may be left out: a new database then asks for them at its first start, and prints no clinic.
        return new Clinic(orEmpty(e.text("name", false)), orEmpty(e.text("address", false)),
                orEmpty(e.text("phone", false)), orEmpty(e.text("emergencyNumber", false)), paper);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private List<Template> templates(Source source, Catalogue catalogue) throws CatalogueException {
        Entry file = new Entry(source.name(), "file", parse(source));
        file.onlyFields("templates");
        List<Template> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Object node : file.list("templates", false)) {
            index++;
            Entry t = new Entry(source.name(), "template #" + index, node);
            String id = t.id();
            Entry e = new Entry(source.name(), "template '" + id + "'", node);
            if (!ids.add(id)) {
                throw e.error("id", "is used twice; every template needs its own id");
            }
            e.onlyFields("id", "name", "bodyRegion", "title", "goal", "sources", "exercises");
            List<Template.Item> items = new ArrayList<>();
            for (Object itemNode : e.list("exercises", true)) {
                Entry item = new Entry(source.name(), e.entry, itemNode, "exercises.");
                item.onlyFields("exercise", "dosage");
                String exerciseId = item.text("exercise", true);
                Exercise exercise = catalogue.exercise(exerciseId).orElseThrow(() -> item.error("exercise",
                        "names '" + exerciseId + "', which is not in " + EXERCISES));
                Dosage dosage = dosage(item, "dosage", false);
                items.add(new Template.Item(exercise, dosage == null ? exercise.dosage() : dosage));
            }
            out.add(new Template(id, e.text("name", true), items, e.oneOf("bodyRegion", Library.REGIONS),
                    e.text("title", true), e.text("goal", true), e.texts("sources")));
        }
        return out;
    }

    /** One mapping in a file (a tree from {@link YamlTree}), with helpers that fail with "file: entry: field ..." messages. */
    private static final class Entry {
        final String file;
        final String entry;
        final Object node;
        final String prefix;

        Entry(String file, String entry, Object node) {
            this(file, entry, node, "");
        }

        Entry(String file, String entry, Object node, String prefix) {
            this.file = file;
            this.entry = entry;
            this.node = node;
            this.prefix = prefix;
        }

        CatalogueException error(String field, String problem) {
            return new CatalogueException(file + ": " + entry + ": field '" + prefix + field + "' " + problem + ".");
        }

        /** The value of a field, or null when it is missing, empty, or this is not a mapping. */
        Object get(String field) {
            return node instanceof Map<?, ?> map ? map.get(field) : null;
        }

        /** A field that is itself a mapping, for messages named with {@code childPrefix}; missing: an error. */
        Entry child(String field, String childPrefix) throws CatalogueException {
            Object value = get(field);
            if (!(value instanceof Map)) {
                throw error(field, value == null ? "is missing" : "must be a mapping of fields");
            }
            return new Entry(file, entry, value, childPrefix);
        }

        /** The field names of this mapping, in file order. */
        List<String> keys() {
            List<String> out = new ArrayList<>();
            if (node instanceof Map<?, ?> map) {
                map.keySet().forEach(k -> out.add((String) k));
            }
            return out;
        }

        /** true or false, or null when the field is left out. */
        Boolean yesNo(String field) throws CatalogueException {
            String value = text(field, false);
            if (value == null) {
                return null;
            }
            if (!value.equals("true") && !value.equals("false")) {
                throw error(field, "is '" + value + "'; write true or false");
            }
            return Boolean.valueOf(value);
        }

        boolean has(String field) {
            return node instanceof Map<?, ?> map && map.containsKey(field);
        }

        String id() throws CatalogueException {
            if (!(node instanceof Map)) {
                throw new CatalogueException(file + ": " + entry + ": expected a mapping of fields.");
            }
            String id = text("id", true);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw error("id", "is '" + id + "'; use lower-case letters, digits and dashes, like knee-to-chest");
            }
            return id;
        }

        void onlyFields(String... allowed) throws CatalogueException {
            if (!(node instanceof Map<?, ?> map)) {
                throw new CatalogueException(file + ": " + entry + ": expected a mapping of fields.");
            }
            Set<String> ok = Set.of(allowed);
            for (Object name : map.keySet()) {
                if (!ok.contains(name)) {
                    throw error((String) name, "is not a known field (known: " + String.join(", ", allowed) + ")");
                }
            }
        }

        String text(String field, boolean required) throws CatalogueException {
            Object value = get(field);
            if (value == null) {
                if (required) {
                    throw error(field, "is missing");
                }
                return null;
            }
            if (!(value instanceof String line) || line.isBlank()) {
                throw error(field, "must be a line of text");
            }
            String text = line.strip();
            if (text.length() > MAX_TEXT) {
                throw error(field, "is longer than " + MAX_TEXT + " characters");
            }
            return text;
        }

        List<String> texts(String field) throws CatalogueException {
            List<String> out = new ArrayList<>();
            for (Object item : list(field, true)) {
                if (!(item instanceof String line) || line.isBlank()) {
                    throw error(field, "must hold lines of text");
                }
                out.add(line.strip());
            }
            return out;
        }

        List<Object> list(String field, boolean required) throws CatalogueException {
            Object value = get(field);
            if (value == null) {
                if (required) {
                    throw error(field, "is missing");
                }
                return List.of();
            }
            if (!(value instanceof List<?> items)) {
                throw error(field, "must be a list (lines starting with '- ')");
            }
            if (required && items.isEmpty()) {
                throw error(field, "is empty");
            }
            return new ArrayList<>(items);
        }

        String oneOf(String field, List<String> allowed) throws CatalogueException {
            String value = text(field, true);
            if (!allowed.contains(value)) {
                throw error(field, "is '" + value + "'; use one of: " + String.join("; ", allowed));
            }
            return value;
        }

        Integer number(String field) throws CatalogueException {
            Object value = get(field);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String digits) || !digits.matches("[-+]?[0-9]{1,9}")) {
                throw error(field, "must be a whole number");
            }
            return Integer.valueOf(digits);
        }

        LocalDate date(String field) throws CatalogueException {
            String text = text(field, true);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException ex) {
                throw error(field, "is '" + text + "'; write the date as YYYY-MM-DD");
            }
        }
    }
}

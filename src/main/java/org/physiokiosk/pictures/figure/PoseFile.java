package org.physiokiosk.pictures.figure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code poses.yaml}: the pose data every exercise picture is drawn from. Every field is checked;
 * the first problem stops with a message naming the file, the picture and the field. The format is
 * described at the top of data/catalogue/poses.yaml.
 */
public final class PoseFile {

    public static final String FILE = "poses.yaml";

    private static final Set<String> TRUNK_LANDMARKS = Set.of("pelvis", "waist", "chest", "back", "belly", "neck",
            "head", "forehead");
    private static final Set<String> SIDE_LANDMARKS = Set.of("shoulder", "elbow", "wrist", "hand", "palm", "hip",
            "knee", "ankle", "heel", "foot", "toe");

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** Reads poses.yaml from a catalogue folder such as data/catalogue. */
    public List<Picture> load(Path catalogue) throws PoseException {
        Path file = catalogue.resolve(FILE);
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new PoseException(file + ": file is missing. Restore it from the project's data/catalogue folder.");
        } catch (IOException e) {
            throw new PoseException(file + ": cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Reads pose data from text; {@code source} names it in messages. */
    public List<Picture> parse(String source, String text) throws PoseException {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            if (e.getProcessor() instanceof JsonParser parser && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("Duplicate field")) {
                JsonStreamContext mapping = parser.getParsingContext();
                String line = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
                throw new PoseException(source + line + ": the key '" + mapping.getCurrentName()
                        + "' appears twice in the same mapping; keep one.");
            }
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new PoseException(source + ": not valid YAML" + where + " (" + e.getOriginalMessage() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new PoseException(source + ": expected a mapping with 'pictures:' at the top of the file.");
        }
        Where file = new Where(source, "file", root);
        file.onlyFields(Set.of("pictures"));
        JsonNode pictures = root.get("pictures");
        if (pictures == null || !pictures.isObject() || pictures.isEmpty()) {
            throw file.error("pictures", "must be a mapping from picture id to its poses");
        }
        List<Picture> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pictures.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            out.add(picture(source, entry.getKey(), entry.getValue()));
        }
        return out;
    }

    private Picture picture(String source, String id, JsonNode node) throws PoseException {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new PoseException(source + ": picture '" + id
                    + "': the id must be lower-case letters, digits and dashes, like knee-to-chest.");
        }
        Where w = new Where(source, "picture '" + id + "'", node);
        w.onlyFields(Set.of("view", "mirrored", "props", "contacts", "moving", "band", "towel", "arrow", "start",
                "finish", "hold"));
        String viewText = w.text("view", false);
        View view = View.SIDE;
        if (viewText != null) {
            view = java.util.Arrays.stream(View.values()).filter(v -> v.id().equals(viewText)).findFirst()
                    .orElseThrow(() -> w.error("view", "is '" + viewText + "'; use side, front, back, three-quarter, "
                            + "back-three-quarter or top"));
        }
        JsonNode mirroredNode = node.get("mirrored");
        if (mirroredNode != null && !mirroredNode.isBoolean()) {
            throw w.error("mirrored", "must be true or false");
        }
        List<Prop> props = new ArrayList<>();
        for (String p : w.texts("props")) {
            Prop prop = Prop.fromId(p).orElseThrow(() -> w.error("props", "names '" + p + "'; known props: "
                    + Prop.known()));
            if (props.contains(prop)) {
                throw w.error("props", "names '" + p + "' twice");
            }
            props.add(prop);
        }
        Set<String> moving = new TreeSet<>();
        for (String m : w.texts("moving")) {
            moving.addAll(segments(w, m));
        }
        List<Pose.Held> held = new ArrayList<>();
        for (String kind : List.of("band", "towel")) {
            List<String> ends = w.texts(kind);
            if (ends.isEmpty()) {
                continue;
            }
            if (ends.size() != 2) {
                throw w.error(kind, "must name two points it runs between, like [right hand, right foot]");
            }
            for (int i = 0; i < 2; i++) {
                if (i == 1 && kind.equals("band") && FigureSvg.DOORS.contains(ends.get(1))) {
                    continue; // a band tied to a door handle beside the body (front view)
                }
                landmark(w, kind, ends.get(i));
            }
            held.add(new Pose.Held(kind.equals("band") ? Pose.Held.Kind.BAND : Pose.Held.Kind.TOWEL, ends.get(0),
                    ends.get(1)));
        }
        boolean pair = node.has("start") || node.has("finish");
        if (pair && node.has("hold")) {
            throw w.error("hold", "is given with start and finish; a picture is either a start and finish pair "
                    + "(a movement) or one held position");
        }
        if (!pair && !node.has("hold")) {
            throw w.error("start", "is missing; give start and finish for a movement, or hold for a held position");
        }
        if (pair && !node.has("start")) {
            throw w.error("start", "is missing; a movement needs both start and finish");
        }
        if (pair && !node.has("finish")) {
            throw w.error("finish", "is missing; a movement needs both start and finish");
        }
        List<Arrow> arrows = new ArrayList<>();
        JsonNode arrowNode = node.get("arrow");
        if (arrowNode != null && !arrowNode.isNull()) {
            if (!pair) {
                throw w.error("arrow", "is only drawn on a start and finish pair; a held position has none");
            }
            List<JsonNode> list = new ArrayList<>();
            if (arrowNode.isArray()) {
                arrowNode.forEach(list::add);
            } else {
                list.add(arrowNode);
            }
            if (list.size() > 2) {
                throw w.error("arrow", "gives " + list.size() + " arrows; draw at most two (one per moving limb)");
            }
            for (JsonNode a : list) {
                arrows.add(arrow(w, a));
            }
        }
        List<Contact> contacts = contacts(w, props);
        Pose start = pair ? pose(w, "start", moving, held, props, contacts) : null;
        Pose finish = pair ? pose(w, "finish", moving, held, props, contacts) : null;
        Pose hold = pair ? null : pose(w, "hold", moving, held, props, contacts);
        return new Picture(id, view, mirroredNode != null && mirroredNode.asBoolean(), props, start, finish, hold,
                arrows);
    }

    private static List<String> segments(Where w, String name) throws PoseException {
        String word = name.strip();
        if (Pose.SEGMENTS.contains(word) && !isSidedSegment(word)) {
            return List.of(word);
        }
        if (word.equals("torso")) {
            return Pose.GROUPS.get("torso");
        }
        for (Side side : Side.values()) {
            String prefix = side.word() + " ";
            if (word.startsWith(prefix)) {
                String rest = word.substring(prefix.length());
                if (Pose.GROUPS.containsKey(rest) && !rest.equals("torso")) {
                    return Pose.GROUPS.get(rest).stream().map(s -> prefix + s).toList();
                }
                if (isSidedSegment(rest)) {
                    return List.of(word);
                }
            }
        }
        throw w.error("moving", "names '" + name + "'; use pelvis, abdomen, chest, torso, neck, head, or right/left "
                + "with upper arm, forearm, hand, arm, thigh, shank, foot or leg");
    }

    private static boolean isSidedSegment(String s) {
        return Set.of("upper arm", "forearm", "hand", "thigh", "shank", "foot").contains(s);
    }

    private static String landmark(Where w, String field, String name) throws PoseException {
        if (TRUNK_LANDMARKS.contains(name)) {
            return name;
        }
        for (Side side : Side.values()) {
            if (name.startsWith(side.word() + " ") && SIDE_LANDMARKS.contains(name.substring(side.word().length() + 1))) {
                return name;
            }
        }
        throw w.error(field, "names the point '" + name + "'; use one of " + String.join(", ", new TreeSet<>(
                TRUNK_LANDMARKS)) + ", or right/left with " + String.join(", ", new TreeSet<>(SIDE_LANDMARKS)));
    }

    private static Arrow arrow(Where w, JsonNode node) throws PoseException {
        Where a = new Where(w.file, w.entry, node, "arrow.");
        a.onlyFields(Set.of("centre", "point", "twoWay", "offset"));
        String centre = a.text("centre", false);
        if (centre != null) {
            landmark(a, "centre", centre);
        }
        String point = a.text("point", true);
        landmark(a, "point", point);
        JsonNode two = node.get("twoWay");
        if (two != null && !two.isBoolean()) {
            throw a.error("twoWay", "must be true or false");
        }
        JsonNode off = node.get("offset");
        double offset = centre != null ? 0.06 : 0.05;
        if (off != null) {
            if (!off.isNumber() || off.asDouble() < 0 || off.asDouble() > 0.5) {
                throw a.error("offset", "must be a number from 0 to 0.5 (fractions of the figure's height)");
            }
            offset = off.asDouble();
        }
        return new Arrow(centre, point, two != null && two.asBoolean(), offset);
    }

    /** The contacts listed in a picture's (or a pose's) {@code contacts:} field. */
    private static List<Contact> contacts(Where w, List<Prop> props) throws PoseException {
        List<Contact> out = new ArrayList<>();
        for (String line : w.texts("contacts")) {
            try {
                for (Contact c : Contact.parse(line, props)) {
                    if (out.contains(c)) {
                        throw w.error("contacts", "names '" + c + "' twice");
                    }
                    out.add(c);
                }
            } catch (IllegalArgumentException e) {
                throw w.error("contacts", e.getMessage());
            }
        }
        return out;
    }

    private static Pose pose(Where picture, String field, Set<String> moving, List<Pose.Held> held, List<Prop> props,
            List<Contact> shared) throws PoseException {
        JsonNode node = picture.node.get(field);
        Where w = new Where(picture.file, picture.entry + ": " + field, node);
        if (node == null || !node.isObject()) {
            throw picture.error(field, "must be a mapping with base: and joint angles");
        }
        String baseText = w.text("base", true);
        Base base = Base.fromId(baseText).orElseThrow(() -> w.error("base", "is '" + baseText + "'; use one of "
                + Base.known()));
        Map<String, Double> angles = new HashMap<>();
        // Both-sides keys ("hips") first, then one side ("right hip") on top, whatever the order in the file.
        for (int pass = 0; pass < 2; pass++) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.equals("base") || key.equals("contacts")) {
                    continue;
                }
                JointKey jk = jointKey(w, key);
                if ((pass == 0) != (jk.side == null)) {
                    continue;
                }
                JsonNode value = node.get(key);
                if (value == null || !value.isObject() || value.isEmpty()) {
                    throw w.error(key, "must be a mapping of movements to degrees, like {flexion: 90}");
                }
                for (Iterator<Map.Entry<String, JsonNode>> mv = value.fields(); mv.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = mv.next();
                    String label = key + "." + m.getKey();
                    Joint.Movement movement = jk.joint.movement(m.getKey()).orElseThrow(() -> w.error(label,
                            "is not a movement of the " + jk.joint.key() + " (known: " + String.join(", ",
                                    jk.joint.movements().stream().map(Joint.Movement::name).toList()) + ")"));
                    if (!m.getValue().isNumber()) {
                        throw w.error(label, "must be a number of degrees");
                    }
                    double deg = m.getValue().asDouble();
                    if (!Double.isFinite(deg) || deg < movement.min() || deg > movement.max()) {
                        throw w.error(label, "is " + Svg.n(deg) + "; the style guide allows " + movement.range());
                    }
                    if (jk.joint.sided()) {
                        for (Side side : jk.side == null ? Side.values() : new Side[] {jk.side}) {
                            angles.put(jk.joint.key() + "." + side.word() + "." + movement.name(), deg);
                        }
                    } else {
                        angles.put(jk.joint.key() + "." + movement.name(), deg);
                    }
                }
            }
        }
        List<Contact> contacts = new ArrayList<>(shared);
        for (Contact c : contacts(w, props)) {
            if (contacts.contains(c)) {
                throw w.error("contacts", "names '" + c + "', which the picture's contacts already name");
            }
            contacts.add(c);
        }
        Pose pose = new Pose(base, angles, moving, held, contacts);
        for (Joint.Movement m : Joint.LUMBAR.movements()) {
            double sum = pose.angle(Joint.LUMBAR, Side.RIGHT, m.name()) + pose.angle(Joint.THORACIC, Side.RIGHT, m.name());
            if (sum < m.min() || sum > m.max()) {
                throw w.error("thoracic." + m.name(), "and lumbar." + m.name() + " add up to " + Svg.n(sum)
                        + "; the style guide allows the whole trunk " + m.range());
            }
        }
        double neck = pose.angle(Joint.NECK, Side.RIGHT, "flexion") + pose.angle(Joint.HEAD, Side.RIGHT, "nod");
        if (neck < -45 || neck > 45) {
            throw w.error("head.nod", "and neck.flexion add up to " + Svg.n(neck)
                    + "; the style guide allows the whole neck -45 to 45 (flexion positive)");
        }
        return pose;
    }

    private record JointKey(Joint joint, Side side) {
    }

    private static JointKey jointKey(Where w, String key) throws PoseException {
        for (Joint j : Joint.values()) {
            if (!j.sided() && key.equals(j.key())) {
                return new JointKey(j, null);
            }
            if (j.sided()) {
                if (key.equals(j.plural())) {
                    return new JointKey(j, null);
                }
                for (Side side : Side.values()) {
                    if (key.equals(side.word() + " " + j.key())) {
                        return new JointKey(j, side);
                    }
                }
            }
        }
        List<String> known = new ArrayList<>();
        for (Joint j : Joint.values()) {
            known.add(j.sided() ? j.plural() + " (or right/left " + j.key() + ")" : j.key());
        }
        throw w.error(key, "is not a joint (known: base, " + String.join(", ", known) + ")");
    }

    /** One mapping in the file, with helpers that fail with "file: entry: field ..." messages. */
    private static final class Where {
        final String file;
        final String entry;
        final JsonNode node;
        final String prefix;

        Where(String file, String entry, JsonNode node) {
            this(file, entry, node, "");
        }

        Where(String file, String entry, JsonNode node, String prefix) {
            this.file = file;
            this.entry = entry;
            this.node = node;
            this.prefix = prefix;
        }

        PoseException error(String field, String problem) {
            return new PoseException(file + ": " + entry + ": field '" + prefix + field + "' " + problem + ".");
        }

        void onlyFields(Set<String> allowed) throws PoseException {
            if (node == null || !node.isObject()) {
                throw new PoseException(file + ": " + entry + ": expected a mapping of fields.");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw error(name, "is not a known field (known: " + String.join(", ", new TreeSet<>(allowed)) + ")");
                }
            }
        }

        String text(String field, boolean required) throws PoseException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw error(field, "is missing");
                }
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw error(field, "must be a word or two of text");
            }
            return value.asText().strip();
        }

        List<String> texts(String field) throws PoseException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw error(field, "must be a list, like [mat] or [right leg]");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw error(field, "must hold words, like [mat] or [right leg]");
                }
                out.add(item.asText().strip());
            }
            return out;
        }
    }
}

package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.physiokiosk.pictures.PictureShape;

/**
 * Every picture shows what its steps say, measured on the figure's own geometry at the size the handout prints it
 * (and at twice that size): each contact the picture promises holds, nothing passes through the floor or a prop,
 * something holds the body up, Start and Finish differ visibly where the picture says they move, and every prop a
 * step names is drawn.
 */
class PictureGeometryTest {

    private static final Path CATALOGUE = Path.of("data/catalogue");

    /**
     * The picture beside a card's text in the handout today: at most 180 x 108 pt, at most 0.6 pt per SVG unit,
     * its 12 pt caption 1.4 lines high below a row, or 44 pt of labels beside a column.
     */
    private static final float BOX_W = 180;
    private static final float BOX_H = 108;
    private static final float MOST = 0.6f;
    private static final float CAPTION = 12 * 1.4f;
    private static final float LABELS = 44;
    private static final double MM_PER_PT = 25.4 / 72;

    /** Millimetres on paper per SVG unit of this picture, at today's print size times {@code times}. */
    static double mmPerUnit(String svg, double times) {
        PictureShape shape = PictureShape.of(svg);
        float s = switch (shape.panels()) {
            case COLUMN -> shape.scaleToFit(BOX_W - LABELS, BOX_H, MOST);
            case ROW, ONE -> shape.scaleToFit(BOX_W, BOX_H - CAPTION, MOST);
        };
        return s * MM_PER_PT * times;
    }

    private static List<Picture> catalogue() throws Exception {
        return new PoseFile().load(CATALOGUE);
    }

    /** What a check finds in one picture at both print sizes. */
    static List<PictureGeometry.Finding> check(Picture picture,
            BiFunction<Scene, Double, List<PictureGeometry.Finding>> check) {
        Scene scene = Scene.of(picture);
        String svg = FigureSvg.svg(picture);
        List<PictureGeometry.Finding> out = new ArrayList<>();
        for (double times : new double[] {1, 2}) {
            for (PictureGeometry.Finding f : check.apply(scene, mmPerUnit(svg, times))) {
                if (!out.contains(f) && out.stream().noneMatch(o -> o.panel().equals(f.panel())
                        && o.what().replaceAll("[0-9.]+ mm", "").equals(f.what().replaceAll("[0-9.]+ mm", "")))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<String> everyPicture(BiFunction<Scene, Double, List<PictureGeometry.Finding>> check)
            throws Exception {
        List<String> out = new ArrayList<>();
        for (Picture p : catalogue()) {
            check(p, check).forEach(f -> out.add(f.toString()));
        }
        return out;
    }

    @Test
    void everyPictureSaysWhereTheBodyTouches() throws Exception {
        List<String> silent = new ArrayList<>();
        for (Picture p : catalogue()) {
            List<Pose> poses = p.isPair() ? List.of(p.start(), p.finish()) : List.of(p.hold());
            for (int i = 0; i < poses.size(); i++) {
                if (poses.get(i).contacts().isEmpty()) {
                    silent.add(p.id() + " (" + PictureGeometry.panelNames(p).get(i) + ")");
                }
            }
        }
        assertThat(silent).as("pictures whose pose names no contact (add 'contacts:' to poses.yaml, such as "
                + "[feet on floor] or [back on mat])").isEmpty();
    }

    @Test
    void everyContactHoldsAtPrintSize() throws Exception {
        assertThat(everyPicture(PictureGeometry::contacts)).as("contacts that the pictures do not show").isEmpty();
    }

    @Test
    void noBodyPartPassesThroughTheFloorOrAProp() throws Exception {
        assertThat(everyPicture(PictureGeometry::passesThrough)).as("body parts inside the floor or a prop").isEmpty();
    }

    @Test
    void everyBodyIsHeldUp() throws Exception {
        assertThat(everyPicture(PictureGeometry::support)).as("bodies nothing holds up").isEmpty();
    }

    @Test
    void startAndFinishDifferVisiblyWhereThePictureSaysTheyMove() throws Exception {
        assertThat(everyPicture(PictureGeometry::movement)).as("moving parts that do not visibly move").isEmpty();
    }

    @Test
    void everyLimbDrawnAsMovingShows() throws Exception {
        assertThat(everyPicture((s, mm) -> PictureGeometry.hiddenMoving(s))).as("moving limbs hidden behind the body "
                + "or another limb").isEmpty();
    }

    @Test
    void noOneFacingACounterIsDrawnFromTheFront() throws Exception {
        // From the front a reader cannot tell it from a back view, nor the body's right from its left; from behind
        // the body's right is on the reader's right, and the back of the head shows.
        List<String> front = new ArrayList<>();
        for (Picture p : catalogue()) {
            if (p.props().contains(Prop.COUNTER) && p.view() == View.FRONT) {
                front.add(p.id());
            }
        }
        assertThat(front).as("pictures of someone facing a counter, drawn from the front").isEmpty();
    }

    /** "Hold on with both hands", "Hold it with your left hand", "hold the banister": which hands hold on. */
    private static final List<Map.Entry<Pattern, List<String>>> HOLDS = List.of(
            Map.entry(Pattern.compile("\\bboth hands\\b"), List.of("right hand", "left hand")),
            Map.entry(Pattern.compile("\\bwith your (right|left) hand\\b"), List.of()),
            Map.entry(Pattern.compile("\\b(one hand|your good hand|rest your fingers|hold the banister)\\b"),
                    List.of("hand")));

    /** The prop a step names, as a contact names it. */
    private static final Map<Pattern, String> HELD = Map.of(Pattern.compile("\\bcounter\\b"), "counter",
            Pattern.compile("\\bbanister\\b"), "rail", Pattern.compile("\\bwall\\b"), "wall",
            Pattern.compile("\\btable\\b"), "table", Pattern.compile("\\bseat\\b"), "chair");

    @Test
    void theHandsHoldWhatTheStartingStepSaysInEveryPanel() throws Exception {
        Map<String, Picture> pictures = new LinkedHashMap<>();
        catalogue().forEach(p -> pictures.put(p.id(), p));
        JsonNode exercises = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(
                CATALOGUE.resolve("exercises.yaml"))).get("exercises");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode e : exercises) {
            Picture picture = pictures.get(e.get("id").asText());
            if (picture == null) {
                continue;
            }
            for (JsonNode step : e.get("steps")) {
                List<String> wrong = notHeld(picture, step.asText());
                if (wrong == null) {
                    continue;
                }
                checked++;
                problems.addAll(wrong);
                break; // the starting position: later steps may change hands
            }
        }
        assertThat(checked).as("steps that say which hands hold on").isGreaterThan(15);
        assertThat(problems).isEmpty();
    }

    /**
     * The panels of a picture that do not say the hands a step names hold what it names ("Hold on to the counter with
     * both hands": both hands on counter), or null when the step names no hands holding on.
     */
    private static List<String> notHeld(Picture picture, String step) {
        String text = step.toLowerCase(Locale.ROOT);
        String prop = HELD.entrySet().stream().filter(h -> h.getKey().matcher(text).find())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        List<String> hands = null;
        for (Map.Entry<Pattern, List<String>> h : HOLDS) {
            Matcher m = h.getKey().matcher(text);
            if (m.find()) {
                hands = h.getValue().isEmpty() ? List.of(m.group(1) + " hand") : h.getValue();
                break;
            }
        }
        if (prop == null || hands == null || text.contains("if you need")) {
            return null;
        }
        List<String> wanted = hands;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < PictureGeometry.panelNames(picture).size(); i++) {
            Pose pose = picture.isPair() ? (i == 0 ? picture.start() : picture.finish()) : picture.hold();
            List<String> on = pose.contacts().stream().filter(c -> c.relation() == Contact.Relation.ON
                    && c.target().equals(prop)).map(Contact::part).toList();
            boolean held = wanted.equals(List.of("hand")) ? on.stream().anyMatch(x -> x.endsWith(" hand"))
                    : on.containsAll(wanted);
            if (!held) {
                problems.add(picture.id() + " (" + PictureGeometry.panelNames(picture).get(i) + "): \"" + step
                        + "\" but the picture does not say " + wanted + " on " + prop);
            }
        }
        return problems;
    }

    // ---- the steps' words and the props drawn --------------------------------------------------------

    /** What a step's word asks the picture to draw: any one of these props, or a band or towel held. */
    private record Needs(Pattern words, Set<Prop> props, boolean band, boolean towel, boolean door, String what) {
    }

    private static Needs needs(String regex, String what, Prop... props) {
        return new Needs(Pattern.compile(regex), Set.of(props), false, false, false, what);
    }

    /**
     * The words of the steps that name a thing to use, and what shows it. Plain words that also mean something else
     * are caught by their context: "the ball of your foot", "flat like a table", "step back", "if you can".
     */
    private static final List<Needs> WORDS = List.of(
            needs("\\b(banister|handrail|rail)\\b", "a banister", Prop.RAIL),
            needs("\\bside-on to (a|the) (kitchen )?counter\\b", "a counter beside the body", Prop.COUNTER_BESIDE),
            needs("\\bfacing (a|the) (kitchen )?counter\\b", "a counter in front of the body", Prop.COUNTER),
            needs("\\bcounter\\b", "a counter", Prop.COUNTER, Prop.COUNTER_BESIDE),
            needs("\\b(door frame|doorway)\\b", "a door frame", Prop.DOOR_FRAME),
            new Needs(Pattern.compile("\\bdoor\\b(?! frame)"), Set.of(Prop.DOOR_FRAME), false, false, true, "a door"),
            needs("\\b(chair|seat)\\b", "a chair", Prop.CHAIR, Prop.HIGH_BACK_CHAIR),
            needs("\\bhigh back\\b", "a chair with a high back", Prop.HIGH_BACK_CHAIR),
            needs("\\b(the|a|bottom) step\\b|\\bstairs?\\b", "a step", Prop.STEP),
            needs("\\bwall\\b", "a wall", Prop.WALL_BEHIND, Prop.WALL_IN_FRONT, Prop.DOOR_FRAME),
            new Needs(Pattern.compile("\\btowel\\b"), Set.of(Prop.TOWEL_ROLL), false, true, false, "a towel"),
            needs("\\brolled(-up)? towel\\b", "a rolled towel", Prop.TOWEL_ROLL),
            new Needs(Pattern.compile("\\bband\\b"), Set.of(), true, false, false, "a band"),
            needs("\\b(tin|bottle)\\b|\\ba can\\b", "a tin held in the hand", Prop.TIN),
            needs("\\bball\\b(?! of)", "a ball", Prop.BALL),
            needs("\\bankle weight\\b", "a weight round the ankle", Prop.ANKLE_WEIGHT),
            needs("\\bnext to (a|the) table\\b", "a table beside the body", Prop.TABLE_BESIDE),
            needs("(?<!like )\\b(a|the) table\\b", "a table", Prop.TABLE, Prop.TABLE_BESIDE),
            needs("\\bbed\\b", "a bed", Prop.BED),
            needs("\\bpillow\\b", "a pillow", Prop.PILLOW),
            needs("\\bmat\\b", "a mat", Prop.MAT));

    /**
     * "a bed, a sofa or the floor", "your bed or on the floor", "the bed or floor", "your arm or a pillow": a choice
     * is shown when the picture shows one of them: the floor (always drawn), or a part of the body the picture rests
     * something on (the head on the arm).
     */
    private static final Pattern CHOICE = Pattern.compile("((?:a|the|your) [a-z]+(?:, (?:a|the|your) [a-z]+)* or "
            + "(?:on |onto |into )?(?:(?:a|the|your) )?[a-z]+)");

    /** What the steps of an exercise name that its picture does not draw. */
    static List<String> missing(Picture picture, List<String> steps) {
        List<String> out = new ArrayList<>();
        boolean band = false;
        boolean towel = false;
        boolean door = false;
        for (Pose pose : picture.isPair() ? List.of(picture.start(), picture.finish()) : List.of(picture.hold())) {
            for (Pose.Held h : pose.held()) {
                band |= h.kind() == Pose.Held.Kind.BAND;
                towel |= h.kind() == Pose.Held.Kind.TOWEL;
                door |= FigureSvg.DOORS.contains(h.to());
            }
        }
        Set<String> restedOn = new java.util.HashSet<>(Set.of("floor"));
        for (Pose pose : picture.isPair() ? List.of(picture.start(), picture.finish()) : List.of(picture.hold())) {
            for (Contact c : pose.contacts()) {
                if (!c.targetIsProp() && c.relation() == Contact.Relation.ON) {
                    restedOn.add(c.targetWord());
                    restedOn.add(c.targetWord().replaceAll("^(upper|fore)", "").strip());
                }
            }
        }
        for (String step : steps) {
            String text = step.toLowerCase(Locale.ROOT);
            Matcher choice = CHOICE.matcher(text);
            while (choice.find()) {
                for (String one : choice.group(1).split(", | or ")) {
                    String word = one.replaceAll("^(on |onto |into )?((a|the|your) )?", "").strip();
                    if (restedOn.contains(word)) {
                        text = text.replace(choice.group(1), " ");
                        break;
                    }
                }
            }
            for (Needs n : WORDS) {
                Matcher m = n.words().matcher(text);
                if (!m.find()) {
                    continue;
                }
                boolean shown = n.props().stream().anyMatch(picture.props()::contains) || (n.band() && band)
                        || (n.towel() && towel) || (n.door() && door);
                if (!shown) {
                    out.add("'" + m.group() + "' in \"" + step + "\": the picture draws no " + n.what().substring(2));
                }
            }
        }
        return out;
    }

    @Test
    void everyPropAStepNamesIsDrawn() throws Exception {
        Map<String, Picture> pictures = new LinkedHashMap<>();
        catalogue().forEach(p -> pictures.put(p.id(), p));
        JsonNode exercises = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(
                CATALOGUE.resolve("exercises.yaml"))).get("exercises");
        List<String> problems = new ArrayList<>();
        for (JsonNode e : exercises) {
            Picture picture = pictures.get(e.get("id").asText());
            if (picture == null) {
                continue; // PictureFilesTest and the catalogue tests require every exercise's picture
            }
            List<String> steps = new ArrayList<>();
            e.get("steps").forEach(s -> steps.add(s.asText()));
            missing(picture, steps).forEach(m -> problems.add(picture.id() + ": " + m));
        }
        assertThat(problems).as("things the steps name that the picture does not draw").isEmpty();
    }

    // ---- the handout's pictures for getting up after a fall -----------------------------------------

    /**
     * The pictures for getting up after a fall (poses.yaml, after-a-fall-N) are not exercises: each shows printed
     * steps of warning-signs.yaml's afterAFall, numbered from 1 as they are printed. Being in poses.yaml, they are
     * measured by every test above like the exercise pictures; here they are held to the words of their steps.
     */
    private static final Map<String, List<Integer>> AFTER_A_FALL = Map.of("after-a-fall-1", List.of(6),
            "after-a-fall-2", List.of(7), "after-a-fall-3", List.of(9), "after-a-fall-4", List.of(10),
            "after-a-fall-5", List.of(11, 12));

    private static Map<String, Picture> afterAFall() throws Exception {
        Map<String, Picture> out = new LinkedHashMap<>();
        catalogue().stream().filter(p -> p.id().startsWith("after-a-fall-")).forEach(p -> out.put(p.id(), p));
        return out;
    }

    @Test
    void theAfterAFallPicturesDrawWhatTheirStepsNameAndTheHandsHoldOn() throws Exception {
        JsonNode steps = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(
                CATALOGUE.resolve("warning-signs.yaml"))).get("afterAFall").get("steps");
        Map<String, Picture> pictures = afterAFall();
        assertThat(pictures.keySet()).as("after-a-fall pictures, each given its steps here")
                .containsExactlyInAnyOrderElementsOf(AFTER_A_FALL.keySet());
        List<String> problems = new ArrayList<>();
        int held = 0;
        for (Map.Entry<String, List<Integer>> e : AFTER_A_FALL.entrySet()) {
            Picture picture = pictures.get(e.getKey());
            List<String> texts = e.getValue().stream().map(n -> steps.get(n - 1).get("text").asText()).toList();
            missing(picture, texts).forEach(m -> problems.add(picture.id() + ": " + m));
            for (String text : texts) {
                List<String> wrong = notHeld(picture, text);
                if (wrong != null) {
                    held++;
                    problems.addAll(wrong);
                }
            }
        }
        assertThat(held).as("steps that say which hands hold on (\"Put both hands on the seat.\")").isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void handsOnTheSeatLieOnItsTopAndTheChairStandsWhereItDidWhenTheBodyTurnsToSit() throws Exception {
        Map<String, Picture> pictures = afterAFall();
        for (String id : List.of("after-a-fall-3", "after-a-fall-4", "after-a-fall-5")) {
            Picture p = pictures.get(id);
            Scene.Panel panel = Scene.of(p).panels().get(0);
            Scene.Placed placed = panel.placed();
            Scene.Box seat = (Scene.Box) panel.pieces().stream().filter(x -> "seat".equals(x.name())).findFirst()
                    .orElseThrow().geometry();
            Scene.Box back = (Scene.Box) panel.pieces().stream().filter(x -> "chair back".equals(x.name()))
                    .findFirst().orElseThrow().geometry();
            // Kneeling, the body faces the chair, its back on the far side; sitting, the body has turned round.
            boolean kneels = panel.pose().base() == Base.KNEELING;
            assertThat(Scene.front(p, placed)).as("%s faces the picture's %s", id, kneels ? "right" : "left")
                    .isEqualTo(kneels ? 1.0 : -1.0);
            assertThat(back.x()).as("%s: the chair's back stands at the picture's right", id)
                    .isGreaterThan(placed.mark("pelvis")[0]);
            if (!kneels) {
                continue;
            }
            // The contact measures a touch only: a hand against the seat's front edge would pass it.
            for (String hand : List.of("right", "left")) {
                for (String mark : List.of(hand + " wrist", hand + " hand")) {
                    assertThat(placed.mark(mark)[0]).as("%s: the %s over the seat", id, mark)
                            .isBetween(seat.x(), seat.x() + seat.w());
                    assertThat(placed.under(mark)).as("%s: the %s no lower than the seat's top", id, mark)
                            .isLessThanOrEqualTo(seat.y() + 1);
                }
            }
        }
    }

    @Test
    void aChairOnlyTheHandsRestOnStandsInFrontOfTheKneelingBodyFacingIt() throws Exception {
        String kneeling = "    props: [chair]\n    contacts: [knees on floor, hands on chair]\n    hold:\n"
                + "      base: kneeling\n      hips: {flexion: 10}\n      shoulders: {flexion: 30}\n"
                + "      elbows: {flexion: 5}\n      forearms: {supination: -80}\n      wrists: {flexion: -60}\n";
        for (boolean mirrored : new boolean[] {false, true}) {
            Picture p = parse((mirrored ? "    mirrored: true\n" : "") + kneeling);
            Scene.Panel panel = Scene.of(p).panels().get(0);
            double front = Scene.front(p, panel.placed());
            Scene.Box seat = (Scene.Box) panel.pieces().stream().filter(x -> "seat".equals(x.name())).findFirst()
                    .orElseThrow().geometry();
            // What stands below the seat's top: the thighs (the arms reach over it).
            double[] body = panel.placed().bounds(s -> !s.part().endsWith(" arm")
                    && panel.placed().y(Scene.bottom(s)) > seat.y());
            Scene.Box back = (Scene.Box) panel.pieces().stream().filter(x -> "chair back".equals(x.name()))
                    .findFirst().orElseThrow().geometry();
            double nearEdge = front > 0 ? seat.x() : seat.x() + seat.w();
            double bodyFront = front > 0 ? body[2] : body[0];
            assertThat((nearEdge - bodyFront) * front).as("mirrored %s: the seat's front edge just in front of the "
                    + "thighs", mirrored).isBetween(0.0, 0.05 * panel.placed().scale());
            assertThat((back.x() - seat.x() - seat.w() / 2) * front).as("mirrored %s: its back on the far side",
                    mirrored).isPositive();
            assertThat(check(p, PictureGeometry::contacts)).isEmpty();
            assertThat(check(p, PictureGeometry::passesThrough)).isEmpty();
        }
        // Sitting with a hand on the seat beside the body, the chair still stands under the bottom.
        Picture sitting = parse("    props: [chair]\n    contacts: [bottom on chair, right hand on chair]\n"
                + "    hold: {base: sitting}\n");
        assertThat(Scene.handsOnSeat(sitting.hold())).isFalse();
    }

    @Test
    void aCounterBesideTheBodyIsDrawnBesideItAndOneItFacesInFront() throws Exception {
        for (Picture p : catalogue()) {
            if (!p.view().sideways()) {
                continue;
            }
            for (Scene.Panel panel : Scene.of(p).panels()) {
                double[] torso = panel.placed().bounds(s -> s.part().equals("torso"));
                for (Scene.Piece piece : panel.pieces()) {
                    if (!"counter".equals(piece.name()) && !"table".equals(piece.name())) {
                        continue;
                    }
                    Scene.Box b = (Scene.Box) piece.geometry();
                    boolean spans = b.x() < torso[0] && b.x() + b.w() > torso[2];
                    boolean ahead = b.x() >= torso[2] - 1 || b.x() + b.w() <= torso[0] + 1;
                    if (piece.prop() == Prop.COUNTER_BESIDE || piece.prop() == Prop.TABLE_BESIDE) {
                        assertThat(spans).as(p.id() + ": the counter beside the body reaches behind and in front of "
                                + "it").isTrue();
                    } else if (piece.prop() == Prop.COUNTER) {
                        assertThat(ahead).as(p.id() + ": the counter it faces stands in front of it").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void anAnkleWeightIsStrappedRoundTheRightShinJustAboveTheAnkleInEveryPanel() throws Exception {
        List<String> weighted = new ArrayList<>();
        for (Picture p : catalogue()) {
            if (!p.props().contains(Prop.ANKLE_WEIGHT)) {
                continue;
            }
            weighted.add(p.id());
            for (Scene.Panel panel : Scene.of(p).panels()) {
                Scene.Placed placed = panel.placed();
                double[] ankle = placed.mark("right ankle");
                double[] knee = placed.mark("right knee");
                double shin = Math.hypot(knee[0] - ankle[0], knee[1] - ankle[1]);
                Scene.Bar band = panel.pieces().stream().filter(x -> x.prop() == Prop.ANKLE_WEIGHT)
                        .map(x -> (Scene.Bar) x.geometry()).findFirst().orElseThrow();
                for (double[] end : List.of(new double[] {band.x1(), band.y1()}, new double[] {band.x2(), band.y2()})) {
                    double fromAnkle = Math.hypot(end[0] - ankle[0], end[1] - ankle[1]);
                    double fromKnee = Math.hypot(end[0] - knee[0], end[1] - knee[1]);
                    // On the shin (the two distances add up to its length) and in its lowest half.
                    assertThat(fromAnkle + fromKnee).as(p.id() + ": the weight lies along the right shin")
                            .isCloseTo(shin, org.assertj.core.data.Offset.offset(0.01 * shin));
                    assertThat(fromAnkle).as(p.id() + ": the weight is just above the ankle").isLessThan(shin / 2);
                }
                // Wider than the shin, so it reads as strapped round it.
                assertThat(band.width()).as(p.id()).isGreaterThan(2 * placed.markR("right ankle"));
            }
        }
        assertThat(weighted).contains("seated-knee-extension", "standing-side-leg-raise", "standing-knee-bend");
    }

    // ---- each check catches what it is for ----------------------------------------------------------

    private static Picture parse(String yaml) throws PoseException {
        return new PoseFile().parse("poses.yaml", "pictures:\n  test-pose:\n" + yaml).get(0);
    }

    @Test
    void handsHangingBesideTheKneeAreFoundAndHandsOnItAreNot() throws Exception {
        String lying = "    props: [mat]\n    contacts: [back on mat, hands on right knee]\n    hold:\n"
                + "      base: lying-on-back\n      hips: {flexion: 36}\n      knees: {flexion: 95}\n"
                + "      ankles: {dorsiflexion: -45}\n      right hip: {flexion: 120}\n      right knee: {flexion: 125}\n";
        Picture apart = parse(lying + "      shoulders: {flexion: -6}\n");
        assertThat(check(apart, PictureGeometry::contacts)).extracting(PictureGeometry.Finding::what)
                .anyMatch(w -> w.startsWith("'right hand on right knee' does not hold: a gap of"))
                .anyMatch(w -> w.startsWith("'left hand on right knee' does not hold: a gap of"));
        // Arms straight up past the shin: they touch the knee on the way, but the hands reach past the leg.
        Picture passing = parse(lying + "      shoulders: {flexion: 40, rotation: -60}\n      elbows: {flexion: 40}\n");
        assertThat(check(passing, PictureGeometry::contacts)).extracting(PictureGeometry.Finding::what)
                .anyMatch(w -> w.matches("'right hand on right knee' does not hold: the fingertips reach [0-9.]+ mm "
                        + "past the leg"));
        Picture holding = parse(lying + "      shoulders: {flexion: 10, abduction: 5, rotation: -30}\n"
                + "      elbows: {flexion: 90}\n");
        assertThat(check(holding, PictureGeometry::contacts)).isEmpty();
    }

    @Test
    void aBottomNearTheFrontOfTheSeatSitsOnItsEdgeAndOneAtTheBackDoesNot() throws Exception {
        String sitting = "    props: [chair]\n    contacts: [feet on floor, bottom on chair edge]\n    hold:\n"
                + "      base: sitting\n";
        assertThat(check(parse(sitting), PictureGeometry::contacts)).isEmpty();
        // The same body against the chair's back: its bottom is on the seat, but on the back of it.
        Picture back = parse(sitting.replace("bottom on chair edge", "bottom on chair, back on chair back"));
        Scene scene = Scene.of(back);
        double mm = mmPerUnit(FigureSvg.svg(back), 1);
        assertThat(PictureGeometry.gap(scene.panels().get(0), "bottom", "chair", mm)).isLessThan(PictureGeometry.TOUCH_MM);
        assertThat(PictureGeometry.gap(scene.panels().get(0), "bottom", "chair edge", mm)).isGreaterThan(1.0);
    }

    @Test
    void aLegHiddenBehindTheOtherInEveryPanelDoesNotReadAsTheOneThatMoves() throws Exception {
        String kneeling = "    props: [mat]\n    contacts: [knees on mat]\n    moving: [left leg]\n"
                + "    start: {base: hands-and-knees}\n";
        // The far leg barely moves: it stays behind the near one in both panels.
        Picture hidden = parse(kneeling + "    finish: {base: hands-and-knees, left ankle: {dorsiflexion: -10}}\n");
        assertThat(check(hidden, (s, mm) -> PictureGeometry.hiddenMoving(s))).extracting(PictureGeometry.Finding::what)
                .anyMatch(w -> w.startsWith("the left leg, drawn as moving, shows at most"));
        // Reached out behind, the far leg shows in the Finish: the reader sees it move there.
        Picture reached = parse(kneeling + "    finish: {base: hands-and-knees, left hip: {flexion: 0}, "
                + "left knee: {flexion: 0}}\n");
        assertThat(check(reached, (s, mm) -> PictureGeometry.hiddenMoving(s))).isEmpty();
        Picture near = parse(kneeling.replace("left leg", "right leg") + "    finish: {base: hands-and-knees, "
                + "right ankle: {dorsiflexion: -10}}\n");
        assertThat(check(near, (s, mm) -> PictureGeometry.hiddenMoving(s))).isEmpty();
    }

    @Test
    void aFootFlatOnTheStepIsNotAHeelBelowItsEdge() throws Exception {
        String drop = "    props: [step, rail]\n    contacts: [right toes on step]\n    hold:\n      base: standing\n"
                + "      left knee: {flexion: 75}\n      contacts: [right heel below step]\n";
        assertThat(check(parse(drop), PictureGeometry::contacts)).extracting(PictureGeometry.Finding::what)
                .containsExactly("'right heel below step' does not hold: it is not beside the edge and lower than "
                        + "the top");
        assertThat(check(parse(drop.replace("base: standing\n", "base: standing\n      right ankle: {dorsiflexion: "
                + "20}\n")), PictureGeometry::contacts)).isEmpty();
    }

    @Test
    void aHandPushedIntoTheCounterPassesThroughIt() throws Exception {
        Picture into = parse("    props: [counter]\n    contacts: [feet on floor]\n    hold:\n      base: standing\n"
                + "      shoulders: {flexion: 35}\n");
        // The hands reach forward below the counter's top: the counter stands in them.
        Picture onTop = parse("    props: [counter]\n    contacts: [feet on floor]\n    hold:\n      base: standing\n"
                + "      shoulders: {flexion: 32}\n      elbows: {flexion: 10}\n      forearms: {supination: -80}\n"
                + "      wrists: {flexion: -40}\n");
        assertThat(check(into, PictureGeometry::passesThrough)).extracting(PictureGeometry.Finding::what)
                .anyMatch(w -> w.matches("the (right|left) hand passes [0-9.]+ mm into the counter"));
        assertThat(check(onTop, PictureGeometry::passesThrough)).isEmpty();
    }

    @Test
    void aBodyLeaningOffTheFootItStandsOnWouldTipOver() throws Exception {
        String front = "    view: front\n    contacts: [left foot on floor]\n    hold:\n      base: standing\n"
                + "      right hip: {abduction: 45}\n";
        Picture leaning = parse(front + "      lumbar: {sideBend: 15}\n      thoracic: {sideBend: 15}\n"
                + "      right shoulder: {abduction: 90}\n");
        assertThat(check(leaning, PictureGeometry::support)).extracting(PictureGeometry.Finding::what)
                .anyMatch(w -> w.startsWith("the body would tip over"));
        Picture balanced = parse("    view: front\n    contacts: [feet on floor]\n    hold: {base: standing}\n");
        assertThat(check(balanced, PictureGeometry::support)).isEmpty();
    }

    @Test
    void aMovementTooSmallToSeeIsFound() throws Exception {
        String pair = "    moving: [right leg]\n    contacts: [feet on floor]\n    start: {base: standing}\n";
        assertThat(check(parse(pair + "    finish: {base: standing, right hip: {flexion: 1}}\n"),
                PictureGeometry::movement)).extracting(PictureGeometry.Finding::what)
                .contains("the right thigh, drawn as moving, moves only 0.1 mm");
        assertThat(check(parse(pair.replace("contacts: [feet on floor]", "contacts: [left foot on floor]")
                + "    finish: {base: standing, right hip: {flexion: 60}, right knee: {flexion: 60}}\n"),
                PictureGeometry::movement)).isEmpty();
    }

    @Test
    void stepsNamingABanisterOrASideOnCounterNeedThem() throws Exception {
        Picture bare = parse("    props: [step, counter]\n    contacts: [feet on step]\n    hold: {base: standing}\n");
        assertThat(missing(bare, List.of("Stand on the bottom stair and hold the banister.",
                "Stand side-on to a kitchen counter.", "Put the ball of your foot on the step.",
                "Keep your back flat like a table.", "Sit on a bed, a sofa or the floor.",
                "Lie on your back on your bed or on the floor.", "Press your lower back into the bed or floor.")))
                .containsExactly("'banister' in \"Stand on the bottom stair and hold the banister.\": the picture "
                        + "draws no banister", "'side-on to a kitchen counter' in \"Stand side-on to a kitchen "
                        + "counter.\": the picture draws no counter beside the body");
    }

    @Test
    void aHeadOnTheArmShowsAStepThatOffersTheArmOrAPillow() throws Exception {
        String rest = "Rest your head on your arm or a pillow.";
        Picture onArm = parse("    view: front\n    contacts: [head on left upper arm]\n    hold:\n"
                + "      base: lying-on-side\n      left shoulder: {flexion: 180}\n");
        Picture neither = parse("    view: front\n    contacts: [pelvis on floor]\n    hold: {base: lying-on-side}\n");
        assertThat(missing(onArm, List.of(rest))).isEmpty();
        assertThat(missing(neither, List.of(rest))).containsExactly("'pillow' in \"" + rest
                + "\": the picture draws no pillow");
    }

    @Test
    void aContactNamingAPropThePictureLacksOrAnUnknownPartIsRefused() {
        assertThatThrownBy(() -> parse("    contacts: [left hand on rail]\n    hold: {base: standing}\n"))
                .hasMessage("poses.yaml: picture 'test-pose': field 'contacts' 'left hand on rail' names the rail, "
                        + "which is not in props.");
        assertThatThrownBy(() -> parse("    contacts: [right ear on floor]\n    hold: {base: standing}\n"))
                .hasMessageContaining("names the part 'right ear'; known parts: back, belly");
        assertThatThrownBy(() -> parse("    contacts: [right hand near knee]\n    hold: {base: standing}\n"))
                .hasMessageContaining("has no relation; write it as <part> on|off|below|under");
    }
}

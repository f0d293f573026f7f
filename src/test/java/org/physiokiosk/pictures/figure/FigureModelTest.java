package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The figure model: same pose, same SVG; pose data outside the guide is refused in plain words. */
class FigureModelTest {

    private static final Path CATALOGUE = Path.of("data/catalogue");

    private static final String HEADER = "pictures:\n  test-pose:\n";

    private static List<Picture> parse(String yaml) throws PoseException {
        return new PoseFile().parse("poses.yaml", yaml);
    }

    @Test
    void theSamePoseGivesByteIdenticalSvg() throws Exception {
        List<Picture> first = new PoseFile().load(CATALOGUE);
        List<Picture> second = new PoseFile().load(CATALOGUE);
        assertThat(first).isNotEmpty();
        for (int i = 0; i < first.size(); i++) {
            String a = FigureSvg.svg(first.get(i));
            assertThat(FigureSvg.svg(second.get(i))).as(first.get(i).id()).isEqualTo(a);
            assertThat(FigureSvg.svg(first.get(i))).as("drawn twice").isEqualTo(a);
        }
    }

    @Test
    void numbersAreWrittenTheSameWayInEveryLocale() throws Exception {
        Locale before = Locale.getDefault();
        List<Picture> pictures = new PoseFile().load(CATALOGUE);
        String root = FigureSvg.svg(pictures.get(0));
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(FigureSvg.svg(pictures.get(0))).isEqualTo(root);
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(FigureSvg.svg(pictures.get(0))).isEqualTo(root);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(root).doesNotContain(",5").doesNotContain("٫");
    }

    @Test
    void aMovementIsAPairAndAHeldPositionIsOnePanel() throws Exception {
        List<Picture> pictures = parse(HEADER + "    start: {base: standing}\n    finish: {base: standing, "
                + "right shoulder: {flexion: 90}}\n  held:\n    hold: {base: sitting}\n");
        assertThat(FigureSvg.svg(pictures.get(0))).contains("data-panels=\"row\"");
        assertThat(FigureSvg.svg(pictures.get(1))).contains("data-panels=\"one\"");
    }

    @Test
    void eachPictureIsCutToWhatIsDrawnAndALyingPairIsStacked() throws Exception {
        List<Picture> pictures = parse(HEADER + "    start: {base: standing}\n    finish: {base: standing, "
                + "right shoulder: {flexion: 90}}\n  lying:\n    start: {base: lying-on-back}\n"
                + "    finish: {base: lying-on-back, right hip: {flexion: 40}}\n");
        org.physiokiosk.pictures.PictureShape standing = org.physiokiosk.pictures.PictureShape.of(
                FigureSvg.svg(pictures.get(0)));
        org.physiokiosk.pictures.PictureShape lying = org.physiokiosk.pictures.PictureShape.of(
                FigureSvg.svg(pictures.get(1)));
        // Standing: side by side, as tall as the figure and its floor, and far narrower than two whole panels.
        assertThat(standing.panels()).isEqualTo(org.physiokiosk.pictures.PictureShape.Panels.ROW);
        assertThat(standing.height()).isBetween(FigureSvg.H, FigureSvg.PANEL_H);
        assertThat(standing.width()).isLessThan(FigureSvg.PAIR_W * 0.75);
        // Lying: one above the other, each panel wide and low, with no empty sky above the body.
        assertThat(lying.panels()).isEqualTo(org.physiokiosk.pictures.PictureShape.Panels.COLUMN);
        assertThat(lying.panelWidth()).isGreaterThan(lying.panelHeight() * 1.5);
        assertThat(lying.panelHeight()).isLessThan(FigureSvg.PANEL_H / 2);
    }

    @Test
    void anAngleOutsideTheGuidesRangeIsRefusedNamingFilePictureAndField() {
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: standing\n      knees: {flexion: 170}\n"))
                .isInstanceOf(PoseException.class)
                .hasMessage("poses.yaml: picture 'test-pose': hold: field 'knees.flexion' is 170; the style guide "
                        + "allows 0 to 160 (flexion positive).");
        assertThatThrownBy(() -> parse(HEADER + "    start: {base: standing}\n    finish:\n      base: standing\n"
                + "      right hip: {flexion: -31}\n"))
                .hasMessageContaining("finish: field 'right hip.flexion' is -31; the style guide allows -30 to 125");
    }

    @Test
    void theWholeTrunkAndNeckAreCheckedToo() {
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: standing\n      lumbar: {flexion: 60}\n"
                + "      thoracic: {flexion: 40}\n"))
                .hasMessageContaining("field 'thoracic.flexion' and lumbar.flexion add up to 100; the style guide "
                        + "allows the whole trunk -30 to 90");
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: standing\n      neck: {flexion: 40}\n"
                + "      head: {nod: 20}\n"))
                .hasMessageContaining("add up to 60");
    }

    @Test
    void unknownJointsMovementsBasesAndPropsAreNamed() {
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: standing\n      elbow: {flexion: 10}\n"))
                .hasMessageContaining("field 'elbow' is not a joint (known: base, pelvis, lumbar")
                .hasMessageContaining("elbows (or right/left elbow)");
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: standing\n      knees: {abduction: 10}\n"))
                .hasMessageContaining("field 'knees.abduction' is not a movement of the knee (known: flexion)");
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: squatting\n"))
                .hasMessageContaining("field 'base' is 'squatting'; use one of standing, sitting");
        assertThatThrownBy(() -> parse(HEADER + "    props: [sofa]\n    hold: {base: standing}\n"))
                .hasMessageContaining("field 'props' names 'sofa'; known props: floor, mat, bed, pillow, chair");
        assertThatThrownBy(() -> parse(HEADER + "    moving: [right ear]\n    hold: {base: standing}\n"))
                .hasMessageContaining("field 'moving' names 'right ear'");
        assertThatThrownBy(() -> parse(HEADER + "    arrow: {centre: right hip, point: nose}\n"
                + "    start: {base: standing}\n    finish: {base: standing}\n"))
                .hasMessageContaining("field 'arrow.point' names the point 'nose'");
    }

    @Test
    void aPictureIsEitherAPairOrOneHeldPosition() {
        assertThatThrownBy(() -> parse(HEADER + "    start: {base: standing}\n"))
                .hasMessageContaining("field 'finish' is missing");
        assertThatThrownBy(() -> parse(HEADER + "    view: side\n"))
                .hasMessageContaining("field 'start' is missing; give start and finish for a movement, or hold");
        assertThatThrownBy(() -> parse(HEADER + "    hold: {base: standing}\n    start: {base: standing}\n"
                + "    finish: {base: standing}\n"))
                .hasMessageContaining("field 'hold' is given with start and finish");
        assertThatThrownBy(() -> parse(HEADER + "    arrow: {point: belly}\n    hold: {base: standing}\n"))
                .hasMessageContaining("field 'arrow' is only drawn on a start and finish pair");
    }

    @Test
    void aKeyWrittenTwiceIsRefused() {
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: standing\n      knees: {flexion: 10}\n"
                + "      knees: {flexion: 20}\n"))
                .hasMessageContaining("poses.yaml line 6: the key 'knees' appears twice");
        assertThatThrownBy(() -> parse(HEADER + "    hold: {base: standing}\n  test-pose:\n    hold: {base: sitting}\n"))
                .hasMessageContaining("the key 'test-pose' appears twice");
    }

    @Test
    void oneSideOverridesBothSidesWhateverTheOrder() throws Exception {
        Pose pose = parse(HEADER + "    hold:\n      base: standing\n      right knee: {flexion: 30}\n"
                + "      knees: {flexion: 10}\n").get(0).hold();
        assertThat(pose.angle(Joint.KNEE, Side.RIGHT, "flexion")).isEqualTo(30);
        assertThat(pose.angle(Joint.KNEE, Side.LEFT, "flexion")).isEqualTo(10);
        assertThat(pose.angle(Joint.HIP, Side.LEFT, "flexion")).isZero();
    }

    @Test
    void theBodyRestsOnTheFloorWhereTheBaseSaysItDoes() throws Exception {
        for (Picture p : new PoseFile().load(CATALOGUE)) {
            for (Pose pose : p.isPair() ? List.of(p.start(), p.finish()) : List.of(p.hold())) {
                if (pose.base().levelA() == null || Skeleton.settles(pose)) {
                    continue; // a body folded down onto the floor rests where it settles, not on the base's two points
                }
                Skeleton.Body body = Skeleton.pose(pose);
                double low = Double.MAX_VALUE;
                for (Skeleton.Landmark l : body.landmarks().values()) {
                    low = Math.min(low, l.at()[1] - l.r());
                }
                for (String contact : List.of(pose.base().levelA(), pose.base().levelB())) {
                    double c = Math.min(bottom(body, "right " + contact), bottom(body, "left " + contact));
                    assertThat((c - low) * FigureSvg.H).as("%s %s: %s above the lowest point (px)", p.id(),
                            pose.base().id(), contact).isLessThan(2.0);
                }
            }
        }
    }

    @Test
    void theRightFootRestsOnTheStepEvenWhenItsHeelHangsBelowTheTop() throws Exception {
        // Step top at 216 - 16 = 200; the ball rests there, the heel hangs below it.
        Picture drop = parse(HEADER + "    props: [step]\n    hold: {base: standing, right ankle: {dorsiflexion: 20}, "
                + "left knee: {flexion: 75}}\n").get(0);
        assertThat(FigureSvg.svg(drop)).contains("y=\"200\" width=\"57.6\" height=\"16\"");
        // One foot up on the step, the other on the floor: the body stands on the floor, the step fitted.
        Picture up = parse(HEADER + "    props: [step]\n    hold: {base: standing, right hip: {flexion: 55}, "
                + "right knee: {flexion: 65}, right ankle: {dorsiflexion: 10}}\n").get(0);
        Scene.Figure panel = new Scene.Figure(up.hold(), FigureSvg.project(Skeleton.pose(up.hold()), View.SIDE,
                false));
        assertThat(panel.lowestBesideRightFoot()).isLessThan(panel.stepSupport() - 0.05);
    }

    @Test
    void aChairStaysAtSeatHeightBehindSomeoneStandingUpAndNewPropsAreKnown() throws Exception {
        Picture stand = parse(HEADER + "    props: [chair]\n    hold: {base: standing}\n").get(0);
        // Seat top at 216 - 0.24 * 160 = 177.6, not at hip height.
        assertThat(FigureSvg.svg(stand)).contains("y=\"177.6\"");
        assertThat(parse(HEADER + "    props: [counter-beside, towel-roll]\n    hold: {base: standing}\n").get(0)
                .props()).containsExactly(Prop.COUNTER_BESIDE, Prop.TOWEL_ROLL);
    }

    /** The table tops drawn (0.04 H thick): x, y and width of each. */
    private static List<double[]> tableTops(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" "
                + "width=\"([0-9.]+)\" height=\"6.4\"").matcher(svg);
        List<double[]> rects = new java.util.ArrayList<>();
        while (m.find()) {
            rects.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))});
        }
        return rects;
    }

    @Test
    void theTableStandsAtTableHeightUnderTheForearmThatRestsOnIt() throws Exception {
        String sitting = "    props: [chair, table]\n    hold:\n      base: sitting\n"
                + "      right shoulder: {flexion: 50}\n      right elbow: {flexion: 30}\n";
        Picture resting = parse(HEADER + "    contacts: [right forearm on table]\n" + sitting).get(0);
        List<double[]> tops = tableTops(FigureSvg.svg(resting));
        assertThat(tops).hasSize(1);
        // 0.42 H above the floor, whatever the arm does: 216 - 0.42 * 160.
        assertThat(tops.get(0)[1]).isEqualTo(148.8);
        // Its far edge at the wrist, so the hand can hang over it.
        Scene.Placed placed = Scene.of(resting).panels().get(0).placed();
        assertThat(tops.get(0)[0] + tops.get(0)[2]).isCloseTo(placed.mark("right wrist")[0],
                org.assertj.core.data.Offset.offset(0.05));

        // A pose that names no contacts (a clinic's own, made before contacts) keeps the table under its forearm.
        Picture old = parse(HEADER + sitting.replace("flexion: 50}", "flexion: 60}")).get(0);
        FigureSvg.Projected fig = FigureSvg.project(Skeleton.pose(old.hold()), View.SIDE, false);
        FigureSvg.Point2 wrist = fig.landmarks().get("right wrist");
        FigureSvg.Point2 elbow = fig.landmarks().get("right elbow");
        double underside = Math.min(wrist.y() - wrist.r(), elbow.y() - elbow.r());
        assertThat(FigureSvg.FLOOR_Y - tableTops(FigureSvg.svg(old)).get(0)[1]).as("table top above the floor")
                .isCloseTo((underside - lowest(fig)) * FigureSvg.H, org.assertj.core.data.Offset.offset(0.05));
        assertThat(tableTops(FigureSvg.svg(parse(HEADER + "    view: front\n    props: [table]\n"
                + "    hold: {base: sitting}\n").get(0)))).as("no table in a front view").isEmpty();
    }

    private static double lowest(FigureSvg.Projected fig) {
        double low = Double.MAX_VALUE;
        for (FigureSvg.Point2 l : fig.landmarks().values()) {
            low = Math.min(low, l.y() - l.r());
        }
        return low;
    }

    @Test
    void aBandCanBeTiedToADoorBesideTheBodyAndABallOrDoorFrameIsDrawn() throws Exception {
        String left = FigureSvg.svg(parse(HEADER + "    view: front\n    band: [right hand, door on the left]\n"
                + "    hold: {base: standing, right elbow: {flexion: 90}}\n").get(0));
        String right = FigureSvg.svg(parse(HEADER + "    view: front\n    band: [right hand, door on the right]\n"
                + "    hold: {base: standing, right elbow: {flexion: 90}}\n").get(0));
        assertThat(left).isNotEqualTo(right).contains("stroke-width=\"1.92\"");
        assertThatThrownBy(() -> parse(HEADER + "    band: [door on the left, right hand]\n"
                + "    hold: {base: standing}\n")).hasMessageContaining("names the point 'door on the left'");
        assertThatThrownBy(() -> parse(HEADER + "    towel: [right hand, door on the left]\n"
                + "    hold: {base: standing}\n")).hasMessageContaining("names the point 'door on the left'");
        String plain = FigureSvg.svg(parse(HEADER + "    view: front\n    hold: {base: standing}\n").get(0));
        assertThat(FigureSvg.svg(parse(HEADER + "    view: front\n    props: [door-frame]\n"
                + "    hold: {base: standing}\n").get(0))).isNotEqualTo(plain).contains("height=\"184\"");
        String side = FigureSvg.svg(parse(HEADER + "    props: [door-frame]\n    hold: {base: standing, "
                + "shoulders: {abduction: 100, rotation: 90}, elbows: {flexion: 90}}\n").get(0));
        assertThat(side).as("a door post behind the hands in a side view").contains("height=\"184\"");
        assertThat(FigureSvg.svg(parse(HEADER + "    view: front\n    props: [ball]\n"
                + "    hold: {base: standing}\n").get(0))).contains("r=\"7.2\"");
    }

    @Test
    void aClinicsPoseStoredBeforeContactsStillReadsAndOneWithContactsKeepsThem() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Pose old = json.readValue("{\"base\":\"STANDING\",\"angles\":{\"knee.right.flexion\":30.0},"
                + "\"moving\":[],\"held\":[]}", Pose.class);
        assertThat(old.contacts()).isEmpty();
        assertThat(old.angles()).containsEntry("knee.right.flexion", 30.0);
        Pose now = parse(HEADER + "    props: [step, rail]\n    contacts: [left hand on rail, right toes on step]\n"
                + "    hold: {base: standing}\n").get(0).hold();
        assertThat(json.readValue(json.writeValueAsString(now), Pose.class)).isEqualTo(now);
        assertThat(now.contacts()).extracting(Contact::toString)
                .containsExactly("left hand on rail", "right toes on step");
    }

    @Test
    void aShrugLiftsAndASqueezeDrawsBackTheShoulderTip() throws Exception {
        Skeleton.Body rest = Skeleton.pose(parse(HEADER + "    hold: {base: sitting}\n").get(0).hold());
        Skeleton.Body moved = Skeleton.pose(parse(HEADER + "    hold:\n      base: sitting\n"
                + "      shoulders: {elevation: 30, retraction: 20}\n").get(0).hold());
        double[] a = rest.landmarks().get("right shoulder").at();
        double[] b = moved.landmarks().get("right shoulder").at();
        assertThat(b[1] - a[1]).as("up, in H").isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.001));
        assertThat(a[0] - b[0]).as("back, in H").isCloseTo(0.034, org.assertj.core.data.Offset.offset(0.001));
        assertThatThrownBy(() -> parse(HEADER + "    hold:\n      base: sitting\n      shoulders: {elevation: 40}\n"))
                .hasMessageContaining("field 'shoulders.elevation' is 40; the style guide allows 0 to 30");
    }

    @Test
    void aFigureSeenFromBehindShowsTheBackOfItsHead() throws Exception {
        String standing = "    hold: {base: standing}\n";
        assertThat(FigureSvg.svg(parse(HEADER + "    view: back\n" + standing).get(0))).contains(FigureSvg.HAIR);
        for (String view : List.of("front", "side", "three-quarter")) {
            assertThat(FigureSvg.svg(parse(HEADER + "    view: " + view + "\n" + standing).get(0))).as(view)
                    .doesNotContain(FigureSvg.HAIR);
        }
    }

    @Test
    void aBodyOnItsSideSettlesOntoItsShoulderAndHip() throws Exception {
        Picture side = parse(HEADER + "    view: front\n    contacts: [pelvis on floor, left shoulder on floor]\n"
                + "    hold:\n      base: lying-on-side\n      left shoulder: {flexion: 180}\n").get(0);
        double mm = PictureGeometryTest.mmPerUnit(FigureSvg.svg(side), 1);
        Scene scene = Scene.of(side);
        assertThat(PictureGeometry.support(scene, mm)).isEmpty();
        assertThat(PictureGeometry.contacts(scene, mm)).isEmpty();
    }

    @Test
    void fromBehindAndToTheRightTheRightSideIsOnTheRightAndAStepForwardShows() throws Exception {
        Picture step = parse(HEADER + "    view: back-three-quarter\n    hold:\n      base: standing\n"
                + "      right hip: {flexion: 20}\n").get(0);
        Scene.Placed p = Scene.of(step).panels().get(0).placed();
        assertThat(p.mark("right hip")[0]).isGreaterThan(p.mark("left hip")[0]);
        assertThat(p.mark("right heel")[0]).as("the right foot ahead shows to the right of the left one")
                .isGreaterThan(p.mark("left heel")[0] + 0.05 * p.scale());
        assertThat(FigureSvg.svg(step)).contains(FigureSvg.HAIR);
    }

    private static double bottom(Skeleton.Body body, String name) {
        Skeleton.Landmark l = body.landmarks().get(name);
        return l.at()[1] - l.r();
    }
}

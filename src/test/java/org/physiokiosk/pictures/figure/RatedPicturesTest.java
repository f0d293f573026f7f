package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pictures that blind readers of the printed handouts found contradicting their steps, each measured on the
 * catalogue's own picture at the size the handout prints it (and at twice that size), where the figure's geometry
 * can say what the steps say.
 */
class RatedPicturesTest {

    private static final double[] SIZES = {1, 2};

    private static Picture picture(String id) throws Exception {
        return new PoseFile().load(Path.of("data/catalogue")).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** Millimetres on paper per SVG unit at today's print size times {@code times}. */
    private static double mm(Picture picture, double times) {
        return PictureGeometryTest.mmPerUnit(FigureSvg.svg(picture), times);
    }

    private static Scene.Panel panel(Scene scene, String name) {
        return scene.panels().get(PictureGeometry.panelNames(scene.picture()).indexOf(name));
    }

    private static List<String> declared(Scene.Panel panel) {
        return panel.pose().contacts().stream().map(Contact::toString).toList();
    }

    /** The findings of every check on one picture, at both sizes. */
    private static List<String> findings(Picture p) {
        List<String> out = new java.util.ArrayList<>();
        for (var check : List.<java.util.function.BiFunction<Scene, Double, List<PictureGeometry.Finding>>>of(
                PictureGeometry::contacts, PictureGeometry::passesThrough, PictureGeometry::support,
                PictureGeometry::movement, (s, mm) -> PictureGeometry.hiddenMoving(s))) {
            PictureGeometryTest.check(p, check).forEach(f -> out.add(f.toString()));
        }
        return out;
    }

    /** Across the picture, toward where the body faces (a side view), in millimetres. */
    private static double ahead(Picture picture, Scene.Panel panel, String a, String b, double mm) {
        double front = Scene.front(picture, panel.placed());
        return (panel.placed().mark(a)[0] - panel.placed().mark(b)[0]) * front * mm;
    }

    /** How much higher {@code a} stands than {@code b} on the page, millimetres. */
    private static double above(Scene.Panel panel, String a, String b, double mm) {
        return (panel.placed().mark(b)[1] - panel.placed().mark(a)[1]) * mm;
    }

    /** The angle at {@code mid} between the segments to {@code a} and {@code c}, degrees, on the body itself. */
    private static double angle(Scene.Panel panel, String a, String mid, String c) {
        Skeleton.Body body = Skeleton.pose(panel.pose());
        double[] p = body.landmarks().get(a).at();
        double[] q = body.landmarks().get(mid).at();
        double[] r = body.landmarks().get(c).at();
        double[] u = {p[0] - q[0], p[1] - q[1], p[2] - q[2]};
        double[] v = {r[0] - q[0], r[1] - q[1], r[2] - q[2]};
        double cos = Skeleton.M.dot(u, v) / Math.sqrt(Skeleton.M.dot(u, u) * Skeleton.M.dot(v, v));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    @Test
    void pelvicTiltStartsWithHeadShouldersAndHipsDownAndOnlyASmallHollowUnderTheLowerBack() throws Exception {
        Picture p = picture("pelvic-tilt");
        Scene scene = Scene.of(p);
        assertThat(declared(panel(scene, "start"))).contains("head on mat", "upper back on mat", "bottom on mat",
                "lower back off mat");
        assertThat(declared(panel(scene, "finish"))).contains("lower back on mat", "bottom on mat");
        assertThat(findings(p)).isEmpty();
        for (double times : SIZES) {
            assertThat(PictureGeometry.gap(panel(scene, "start"), "lower back", "mat", mm(p, times)))
                    .as("the hollow under the lower back at %sx print size, mm", times).isLessThan(2.5 * times);
        }
    }

    @Test
    void childsPoseSitsBackOnTheHeelsWithForearmsHandsAndForeheadOnTheFloor() throws Exception {
        Picture p = picture("childs-pose");
        Scene.Panel hold = panel(Scene.of(p), "hold");
        assertThat(declared(hold)).contains("bottom on right heel", "bottom on left heel", "right forearm on mat",
                "left forearm on mat", "right hand on mat", "left hand on mat", "forehead on mat");
        assertThat(findings(p)).isEmpty();
        // Back on the heels: the hips over the feet, well behind the knees.
        double[] pelvis = hold.placed().mark("pelvis");
        double[] knee = hold.placed().mark("right knee");
        double[] ankle = hold.placed().mark("right ankle");
        double[] toe = hold.placed().mark("right toe");
        double behind = Math.signum(toe[0] - knee[0]);
        assertThat((pelvis[0] - ankle[0]) * -behind).as("the hips sit no further forward than the ankles")
                .isLessThan(0.05 * hold.placed().scale());
    }

    @Test
    void kneeToChestHoldsTheKneeWithBothHandsAndTheElbowsBent() throws Exception {
        Picture p = picture("knee-to-chest");
        Scene.Panel finish = panel(Scene.of(p), "finish");
        assertThat(declared(finish)).contains("right hand on right knee", "left hand on right knee");
        // Each hand holds it: the contact holds, and the fingertips lie on the leg, not past it.
        assertThat(findings(p)).isEmpty();
        for (String side : List.of("right", "left")) {
            assertThat(angle(finish, side + " shoulder", side + " elbow", side + " wrist"))
                    .as("the %s elbow is bent, degrees between upper arm and forearm", side).isLessThan(135);
        }
    }

    @Test
    void birdDogReachesArmAndLegOutStraightAndLevelWithTheBackFlat() throws Exception {
        Picture p = picture("bird-dog");
        Scene scene = Scene.of(p);
        Scene.Panel finish = panel(scene, "finish");
        assertThat(findings(p)).isEmpty();
        assertThat(p.view()).as("seen from the side, so the back reads as flat like a table").isEqualTo(View.SIDE);
        Scene.Panel start = panel(scene, "start");
        for (double times : SIZES) {
            double mm = mm(p, times);
            // The far knee, the one whose leg moves, shows behind the near one at the start, not hidden by it.
            assertThat(Math.abs(start.placed().mark("left knee")[0] - start.placed().mark("right knee")[0]) * mm)
                    .as("the left knee apart from the right at the start, mm").isGreaterThan(0.9 * times);
            assertThat(Math.abs(above(finish, "right hand", "right shoulder", mm))).as("the arm level, mm")
                    .isLessThan(1.0 * times);
            assertThat(Math.abs(above(finish, "left ankle", "left hip", mm))).as("the leg level, mm")
                    .isLessThan(1.0 * times);
        }
        assertThat(angle(finish, "right shoulder", "right elbow", "right wrist")).as("the arm straight").isGreaterThan(
                170);
        assertThat(angle(finish, "left hip", "left knee", "left ankle")).as("the leg straight").isGreaterThan(170);
        assertThat(angle(finish, "pelvis", "waist", "chest")).as("the back flat").isGreaterThan(170);
    }

    @Test
    void sidewaysWalkingStepsTheRightFootOutWhileTheLeftStaysPutBothOnTheFloorAndTheKneesALittleBent() throws Exception {
        Picture p = picture("sideways-walking");
        Scene scene = Scene.of(p);
        assertThat(p.view()).isEqualTo(View.BACK);
        for (Scene.Panel panel : scene.panels()) {
            assertThat(declared(panel)).contains("right foot on floor", "left foot on floor", "right hand on counter",
                    "left hand on counter");
            for (String side : List.of("right", "left")) {
                assertThat(angle(panel, side + " hip", side + " knee", side + " ankle")).as("%s knee", side)
                        .isBetween(150.0, 175.0);
            }
        }
        assertThat(findings(p)).isEmpty();
        for (double times : SIZES) {
            double mm = mm(p, times);
            double step = (panel(scene, "finish").placed().mark("right ankle")[0]
                    - panel(scene, "start").placed().mark("right ankle")[0]) * mm;
            double still = Math.abs(panel(scene, "finish").placed().mark("left ankle")[0]
                    - panel(scene, "start").placed().mark("left ankle")[0]) * mm;
            double hip = Math.abs(panel(scene, "start").placed().mark("right hip")[0]
                    - panel(scene, "start").placed().mark("left hip")[0]) * mm;
            // Raters saw both legs move when both feet slid apart: only the stepping foot moves.
            assertThat(step).as("the right foot steps out to the right, mm").isPositive().isLessThan(3 * hip)
                    .isGreaterThan(4 * still);
            assertThat(still).as("the left foot stays where it stood, mm").isLessThan(0.5 * times);
        }
    }

    @Test
    void picturesOfSomeoneFacingACounterAreSeenFromBehindWithTheRightLegOnTheRight() throws Exception {
        for (String id : List.of("standing-side-leg-raise", "sideways-walking", "grapevine-walk")) {
            Picture p = picture(id);
            assertThat(p.view()).as(id).isEqualTo(View.BACK);
            for (Scene.Panel panel : Scene.of(p).panels()) {
                assertThat(panel.placed().mark("right hip")[0]).as(id + ": the right hip on the picture's right")
                        .isGreaterThan(panel.placed().mark("left hip")[0]);
                assertThat(declared(panel)).as(id).contains("right hand on counter", "left hand on counter");
            }
            assertThat(findings(p)).as(id).isEmpty();
        }
    }

    @Test
    void heelRaisesKeepBothHandsOnTheCounterWhileUpOnTheToes() throws Exception {
        Picture p = picture("heel-raises");
        Scene.Panel finish = panel(Scene.of(p), "finish");
        assertThat(declared(finish)).contains("right hand on counter", "left hand on counter", "right heel off floor",
                "left heel off floor");
        assertThat(findings(p)).isEmpty();
    }

    @Test
    void heelToeStandShowsTheRightFootInFrontFromTheSideWithTheCounterBeyondTheBody() throws Exception {
        Picture p = picture("heel-toe-stand");
        Scene.Panel hold = panel(Scene.of(p), "hold");
        assertThat(declared(hold)).contains("left hand on counter", "right heel on left toes");
        assertThat(findings(p)).isEmpty();
        // From the side the feet show one in front of the other (from behind they read as side by side, turned).
        assertThat(p.view()).isEqualTo(View.SIDE);
        for (double times : SIZES) {
            assertThat(ahead(p, hold, "right heel", "left heel", mm(p, times))).as("the right foot in front, mm")
                    .isGreaterThan(3.0 * times);
        }
        // The counter at the body's left is beyond it, seen from its right: drawn behind, reaching past both sides
        // of the body, so it reads as beside it, not in front or behind.
        double[] torso = hold.placed().bounds(s -> s.part().equals("torso"));
        Scene.Piece counter = hold.pieces().stream().filter(x -> "counter".equals(x.name())).findFirst().orElseThrow();
        Scene.Box box = (Scene.Box) counter.geometry();
        assertThat(counter.depth()).isEqualTo(Scene.Depth.BEHIND);
        assertThat(box.x()).as("the counter starts before the body").isLessThan(torso[0]);
        assertThat(box.x() + box.w()).as("and ends past it").isGreaterThan(torso[2]);
    }

    @Test
    void sitToStandStartsNearTheFrontOfTheSeatFeetBackLeaningForwardOnTheSameChair() throws Exception {
        Picture p = picture("sit-to-stand");
        Scene scene = Scene.of(p);
        Scene.Panel start = panel(scene, "start");
        assertThat(declared(start)).contains("bottom on chair edge");
        assertThat(findings(p)).isEmpty();
        for (double times : SIZES) {
            double mm = mm(p, times);
            assertThat(ahead(p, start, "right knee", "right heel", mm)).as("the feet a little behind the knees, mm")
                    .isBetween(0.3 * times, 4.0 * times);
            assertThat(ahead(p, start, "neck", "pelvis", mm)).as("leaning forward, mm").isGreaterThan(2.0 * times);
        }
        List<Scene.Box> seats = scene.panels().stream().map(x -> x.pieces().stream().filter(y -> "seat".equals(
                y.name())).map(y -> (Scene.Box) y.geometry()).findFirst().orElseThrow()).toList();
        assertThat(seats.get(1).w()).as("the same chair in Start and Finish").isEqualTo(seats.get(0).w());
        assertThat(seats.get(1).y()).isEqualTo(seats.get(0).y());
    }

    @Test
    void walkingLandsTheFrontHeelOnTheFloor() throws Exception {
        Picture p = picture("walking");
        Scene scene = Scene.of(p);
        assertThat(declared(panel(scene, "start"))).contains("right heel on floor", "left toes on floor");
        assertThat(declared(panel(scene, "finish"))).contains("left heel on floor", "right toes on floor");
        assertThat(findings(p)).isEmpty();
    }

    @Test
    void sideLyingPicturesRestTheHeadOnTheArmAndTheLegRaisePointsItsToesForward() throws Exception {
        for (String id : List.of("side-lying-leg-raise", "clam")) {
            Picture p = picture(id);
            for (Scene.Panel panel : Scene.of(p).panels()) {
                assertThat(declared(panel)).as(id).anyMatch(c -> c.matches("head on (left (upper arm|forearm)|pillow)"))
                        .contains("pelvis on mat", "left upper arm on mat");
                if (!id.equals("side-lying-leg-raise")) {
                    continue;
                }
                // The top foot points the way the body faces, not up at the ceiling.
                Skeleton.Body body = Skeleton.pose(panel.pose());
                double[] ankle = body.landmarks().get("right ankle").at();
                double[] toe = body.landmarks().get("right toe").at();
                double[] belly = body.landmarks().get("belly").at();
                double[] back = body.landmarks().get("back").at();
                double[] foot = {toe[0] - ankle[0], toe[1] - ankle[1], toe[2] - ankle[2]};
                double[] ahead = {belly[0] - back[0], belly[1] - back[1], belly[2] - back[2]};
                double cos = Skeleton.M.dot(foot, ahead) / Math.sqrt(Skeleton.M.dot(foot, foot)
                        * Skeleton.M.dot(ahead, ahead));
                assertThat(cos).as(id + ": the top toes point forward").isGreaterThan(Math.cos(Math.toRadians(30)));
            }
            assertThat(findings(p)).as(id).isEmpty();
        }
        Picture clam = picture("clam");
        assertThat(declared(panel(Scene.of(clam), "finish"))).contains("right foot on left foot",
                "right knee off left knee");
    }

    @Test
    void thighTighteningIsDrawnOnABed() throws Exception {
        Picture p = picture("static-quads");
        assertThat(p.props()).contains(Prop.BED).doesNotContain(Prop.MAT);
        for (Scene.Panel panel : Scene.of(p).panels()) {
            assertThat(declared(panel)).contains("back on bed", "right heel on bed");
        }
        assertThat(findings(p)).isEmpty();
    }
    @Test
    void theFloorPicturesLyingAndOnHandsAndKneesShowTheChairAheadOfTheHeadThatTheStepsGetUpWith() throws Exception {
        for (String id : List.of("after-a-fall-1", "after-a-fall-2")) {
            Picture p = picture(id);
            Scene scene = Scene.of(p);
            Scene.Panel hold = panel(scene, "hold");
            assertThat(declared(hold)).as(id).contains("head off chair");
            assertThat(findings(p)).as(id).isEmpty();
            double head = hold.placed().mark("head")[0];
            double pelvis = hold.placed().mark("pelvis")[0];
            Scene.Piece seat = hold.pieces().stream().filter(x -> "seat".equals(x.name())).findFirst().orElseThrow();
            Scene.Piece back = hold.pieces().stream().filter(x -> "chair back".equals(x.name())).findFirst()
                    .orElseThrow();
            double seatMid = ((Scene.Box) seat.geometry()).x() + ((Scene.Box) seat.geometry()).w() / 2;
            double backX = ((Scene.Box) back.geometry()).x();
            // Beyond the head, on the side it points to, its seat toward the body and its back away from it.
            assertThat(Math.signum(seatMid - head)).as("%s: the chair beyond the head", id)
                    .isEqualTo(Math.signum(head - pelvis));
            assertThat(Math.abs(backX - head)).as("%s: its back on the far side", id)
                    .isGreaterThan(Math.abs(seatMid - head));
            for (double times : SIZES) {
                double gap = PictureGeometry.gap(hold, "head", "chair", mm(p, times));
                assertThat(gap).as("%s at %sx: close, not touched, mm", id, times).isPositive()
                        .isLessThan(15 * times);
            }
        }
        // Standing up from a chair is not waiting at one: sit to stand's chair stays behind the legs.
        Scene sit = Scene.of(picture("sit-to-stand"));
        Scene.Panel finish = panel(sit, "finish");
        double heel = finish.placed().mark("right heel")[0];
        double toes = finish.placed().mark("right toe")[0];
        double seatX = finish.pieces().stream().filter(x -> "seat".equals(x.name())).map(x -> (Scene.Box) x.geometry())
                .mapToDouble(b -> b.x() + b.w() / 2).findFirst().orElseThrow();
        assertThat(Math.signum(seatX - heel)).as("the chair behind the heels").isEqualTo(-Math.signum(toes - heel));
    }
    @Test
    void everyPictureOfGettingDownToTheFloorShowsTheMatAndTheChairItsStepsName() throws Exception {
        var floor = org.physiokiosk.testing.Fixtures.catalogue().shared().floor().steps();
        assertThat(floor.steps().get(1)).contains("mat", "chair");
        // Standing at the chair (holding the seat, step 4) is shown too, not only the positions on the floor.
        assertThat(floor.pictures()).anyMatch(f -> floor.steps().get(f.step() - 1).contains("Hold the seat"));
        for (var f : floor.pictures()) {
            Picture p = picture(f.picture());
            assertThat(p.props()).as(f.picture()).contains(Prop.MAT, Prop.CHAIR);
            Scene.Panel hold = panel(Scene.of(p), "hold");
            assertThat(declared(hold)).as(f.picture()).anyMatch(c -> c.endsWith(" on mat"))
                    .noneMatch(c -> c.endsWith(" on floor"));
            // The mat in front of the chair, as step 2 says, not under it: a chair on a blanket can slide.
            Scene.Box mat = (Scene.Box) hold.pieces().stream().filter(x -> "mat".equals(x.name())).findFirst()
                    .orElseThrow().geometry();
            Scene.Box seat = (Scene.Box) hold.pieces().stream().filter(x -> "seat".equals(x.name())).findFirst()
                    .orElseThrow().geometry();
            assertThat(mat.x() + mat.w() <= seat.x() || mat.x() >= seat.x() + seat.w())
                    .as("%s: the mat clear of the chair", f.picture()).isTrue();
            assertThat(findings(p)).as(f.picture()).isEmpty();
        }
    }
    @Test
    void theKneeBendWithTheLegsOutInFrontSlidesTheHeelWellBackTowardTheBottom() throws Exception {
        Picture p = picture("seated-knee-bend");
        Scene scene = Scene.of(p);
        assertThat(findings(p)).isEmpty();
        Scene.Panel start = panel(scene, "start");
        Scene.Panel finish = panel(scene, "finish");
        for (double times : SIZES) {
            double mm = mm(p, times);
            double slide = ahead(p, start, "right heel", "right hip", mm) - ahead(p, finish, "right heel", "right hip",
                    mm);
            double thigh = Math.hypot(start.placed().mark("right knee")[0] - start.placed().mark("right hip")[0],
                    start.placed().mark("right knee")[1] - start.placed().mark("right hip")[1]) * mm;
            // A rater saw the heel move 4 mm and read "lift the knee", not "slide the foot toward you".
            assertThat(slide).as("the heel slides back at %sx, mm", times).isGreaterThan(0.6 * thigh);
        }
    }
}

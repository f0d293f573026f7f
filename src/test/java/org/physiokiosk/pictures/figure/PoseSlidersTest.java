package org.physiokiosk.pictures.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoseSlidersTest {

    @Test
    void aSliderChangesOnePoseAndThePictureIsDrawnAgainWithinTheJointsRange() {
        PoseSliders sliders = new PoseSliders(PoseSliders.shipped("knee-to-chest").orElseThrow());
        assertThat(sliders.poses()).containsExactly("start", "finish");
        PoseSliders.Slider knee = sliders.sliders("finish").stream()
                .filter(s -> s.key().equals("knee.right.flexion")).findFirst().orElseThrow();
        assertThat(knee.min()).isEqualTo(0);
        assertThat(knee.max()).isEqualTo(160);
        String before = sliders.svg();

        assertThat(sliders.set("finish", "knee.right.flexion", 60)).isEqualTo(60);
        assertThat(sliders.svg()).isNotEqualTo(before);
        assertThat(sliders.picture().finish().angles()).containsEntry("knee.right.flexion", 60.0);
        // The start is untouched.
        assertThat(sliders.picture().start()).isEqualTo(PoseSliders.shipped("knee-to-chest").orElseThrow().start());

        // Past the joint's range: held at its end, never beyond.
        assertThat(sliders.set("finish", "knee.right.flexion", 400)).isEqualTo(160);
        assertThat(sliders.set("finish", "hip.left.flexion", -90)).isEqualTo(-30);
    }

    @Test
    void aHeldPositionHasOnePose() {
        PoseSliders sliders = new PoseSliders(PoseSliders.shipped("childs-pose").orElseThrow());
        assertThat(sliders.poses()).containsExactly("hold");
        assertThat(sliders.sliders("hold")).isNotEmpty();
        assertThat(PoseSliders.shipped("no-such-exercise")).isEmpty();
    }
}

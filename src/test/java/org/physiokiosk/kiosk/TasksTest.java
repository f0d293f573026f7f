package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * Closing the kiosk while a handout is still being saved: the work queued before the close runs to its end before
 * the database may close, and nothing new starts after it.
 */
class TasksTest {

    @Test
    void finishWaitsForWorkQueuedBeforeTheCloseAndNothingStartsAfter() throws Exception {
        Tasks tasks = new Tasks();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean saved = new AtomicBoolean();
        AtomicBoolean late = new AtomicBoolean();
        GuiActionRunner.execute(() -> {
            tasks.run(() -> {
                release.await();
                saved.set(true);
                return null;
            }, ignored -> { }, ignored -> { });
            tasks.run(() -> {
                Thread.sleep(200);
                return null;
            }, ignored -> { }, ignored -> { });
        });
        assertThat(tasks.busy()).isTrue();
        tasks.close();
        GuiActionRunner.execute(() -> tasks.run(() -> {
            late.set(true);
            return null;
        }, ignored -> { }, ignored -> { }));
        assertThat(tasks.finish(Duration.ofMillis(300))).as("still saving: not finished yet").isFalse();
        release.countDown();
        assertThat(tasks.finish(Duration.ofSeconds(10))).isTrue();
        assertThat(saved).isTrue();
        assertThat(late).as("no work starts once the kiosk is closing").isFalse();
    }
}

package org.physiokiosk.kiosk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.physiokiosk.service.RecordWatch;

/**
 * Asks the clinic server every second what other PCs added, on a thread of its own ("record-watch"), so that a
 * change made on one PC shows on the others within two seconds. When no answer has come for {@link #LOST_AFTER_MS}
 * (a server that refuses, or a network that hangs), the kiosk is told the server is lost; the first answer after that
 * tells it the server is back, with everything that changed meanwhile. The decisions are made on the event thread;
 * the watch thread only asks.
 */
final class RecordWatcher implements AutoCloseable {

    static final long EVERY_MS = RecordWatch.EVERY_MS;
    static final long LOST_AFTER_MS = RecordWatch.LOST_AFTER_MS;

    private final Supplier<RecordWatch.Changes> poll;
    private final Consumer<RecordWatch.Changes> onChanges;
    private final Consumer<Boolean> onReachable;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "record-watch");
        t.setDaemon(true);
        return t;
    });
    private final Timer staleness;
    private long lastAnswer = System.nanoTime();
    private boolean lost;

    /**
     * @param poll        asks what changed (off the event thread); throws when the record cannot be reached
     * @param onChanges   told what changed, on the event thread
     * @param onReachable told false when the server is lost and true when it is back, on the event thread
     */
    RecordWatcher(Supplier<RecordWatch.Changes> poll, Consumer<RecordWatch.Changes> onChanges,
                  Consumer<Boolean> onReachable) {
        this.poll = poll;
        this.onChanges = onChanges;
        this.onReachable = onReachable;
        this.staleness = new Timer(250, e -> checkStaleness());
    }

    /** Starts asking; from the event thread. */
    void start() {
        assert SwingUtilities.isEventDispatchThread();
        lastAnswer = System.nanoTime();
        staleness.start();
        thread.scheduleWithFixedDelay(this::ask, 0, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void ask() {
        RecordWatch.Changes changes;
        try {
            changes = poll.get();
        } catch (RuntimeException unreachable) {
            return; // no answer: the staleness check says when that has lasted too long
        }
        SwingUtilities.invokeLater(() -> answered(changes));
    }

    private void answered(RecordWatch.Changes changes) {
        lastAnswer = System.nanoTime();
        if (lost) {
            lost = false;
            onReachable.accept(true);
        }
        if (changes.any()) {
            onChanges.accept(changes);
        }
    }

    private void checkStaleness() {
        if (!lost && System.nanoTime() - lastAnswer > TimeUnit.MILLISECONDS.toNanos(LOST_AFTER_MS)) {
            lost = true;
            onReachable.accept(false);
        }
    }

    @Override
    public void close() {
        staleness.stop();
        thread.shutdownNow();
    }
}

package org.physiokiosk.kiosk;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The kiosk's two named executors: {@code onIo}, one background thread for the database, disk and iText,
 * and {@code onEdt}, the Swing event thread. Work runs on the first, results land on the second.
 * Listeners hear how many tasks are running, to show a busy indicator.
 */
public final class Tasks implements AutoCloseable {

    private final ExecutorService onIo = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "physio-io");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private Consumer<Boolean> busyListener = busy -> { };

    /** Called on the event thread with true when work starts and false when all work is done. */
    public void onBusyChange(Consumer<Boolean> listener) {
        this.busyListener = listener;
    }

    /** Runs {@code work} off the event thread, then {@code onDone} or {@code onError} on it. */
    public <T> CompletableFuture<Void> run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        assert SwingUtilities.isEventDispatchThread() : "start background work from the event thread";
        if (onIo.isShutdown()) {
            // The kiosk is closing (a search timer that fired after the window closed): nothing to start.
            return CompletableFuture.completedFuture(null);
        }
        if (running.getAndIncrement() == 0) {
            busyListener.accept(true);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, onIo).handleAsync((result, error) -> {
            try {
                if (error == null) {
                    onDone.accept(result);
                } else {
                    onError.accept(error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                }
            } finally {
                if (running.decrementAndGet() == 0) {
                    busyListener.accept(false);
                }
            }
            return null;
        }, SwingUtilities::invokeLater);
    }

    /** Whether any work is queued or running (an export the kiosk must not cut short). */
    public boolean busy() {
        return running.get() > 0;
    }

    /** Takes no new work; what is queued still runs. */
    @Override
    public void close() {
        onIo.shutdown();
    }

    /**
     * Takes no new work and waits until what was queued has run (an export being recorded), so the database is
     * closed only after it. Never on the event thread. False if it did not finish within {@code limit}.
     */
    public boolean finish(java.time.Duration limit) {
        assert !SwingUtilities.isEventDispatchThread() : "waiting for background work blocks the window";
        onIo.shutdown();
        try {
            return onIo.awaitTermination(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.physiokiosk.wiring;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.CatalogueLoader;

/**
 * The shipped catalogue, read on a thread of its own ("catalogue-reader") while the command line is still being
 * parsed: on two cores a cold command's catalogue then costs nothing on its way. It only reads; a command that turns
 * out to be a usage error just never takes it.
 */
public final class CatalogueAhead {

    private final Path folder;
    private final CompletableFuture<Catalogue> reading;

    private CatalogueAhead(Path folder, CompletableFuture<Catalogue> reading) {
        this.folder = folder;
        this.reading = reading;
    }

    /** Nothing read ahead: {@link #take} reads the catalogue then. */
    public static CatalogueAhead none() {
        return new CatalogueAhead(null, null);
    }

    /** Starts reading the catalogue of {@code folder} (null: the one inside the program) now. */
    public static CatalogueAhead start(Path folder) {
        CompletableFuture<Catalogue> future = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                future.complete(read(folder));
            } catch (CatalogueException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "catalogue-reader");
        reader.setDaemon(true);
        reader.start();
        return new CatalogueAhead(folder, future);
    }

    /** The catalogue of {@code folder}: the one read ahead when it was this folder's, else read now. */
    Catalogue take(Path folder) throws CatalogueException {
        if (reading == null || !Objects.equals(this.folder, folder)) {
            return read(folder);
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CatalogueException c) {
                throw c;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Catalogue read(Path folder) throws CatalogueException {
        CatalogueLoader loader = new CatalogueLoader();
        return folder != null ? loader.load(folder) : loader.loadBundled();
    }
}

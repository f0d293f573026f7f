package org.physiokiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.physiokiosk.pictures.figure.PictureFiles;
import org.physiokiosk.pictures.figure.PoseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Makes the exercise pictures. {@code --write-svg} draws data/catalogue/pictures/<id>.svg from poses.yaml;
 * further outputs (such as a picture book with {@code --out FILE.pdf}) are added as options here.
 */
@Command(name = "pictures", mixinStandardHelpOptions = true,
        description = "Draw the exercise pictures from the pose data in the catalogue's poses.yaml.")
final class PicturesCommand implements Runnable {

    private final Cli.Context context;

    @Option(names = "--write-svg",
            description = "Write pictures/<id>.svg in the catalogue folder for every pose in poses.yaml.")
    boolean writeSvg;

    @Option(names = "--out", paramLabel = "FILE.pdf",
            description = "Write the picture book: every exercise with its picture, by body region (PDF/UA, PDF/A).")
    Path book;

    @Option(names = "--replace", description = "With --out: write over an existing picture book PDF.")
    boolean replace;

    @Option(names = "--db", paramLabel = "PATH",
            description = "With --out: include the clinic's own exercises from this database.")
    Path db;

    @Option(names = "--catalogue", paramLabel = "FOLDER",
            description = "The catalogue folder holding poses.yaml (default: data/catalogue).")
    Path catalogue;

    @Spec
    CommandSpec spec;

    PicturesCommand(Cli.Context context) {
        this.context = context;
    }

    /** The picture book of the library as it is loaded (the folder's catalogue, or the one inside the jar). */
    private void writeBook() {
        if (!book.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UsageError("--out must name a .pdf file, for example --out printables/picture-book.pdf");
        }
        var paths = context.paths(db == null ? null : db.toString());
        if (db != null && !java.nio.file.Files.isRegularFile(paths.database())) {
            throw new UsageError("there is no database at " + paths.database() + "; name the clinic's database file");
        }
        org.physiokiosk.store.OutputGuard.forRecord(paths.database())
                .check(book, org.physiokiosk.store.OutputGuard.Kind.PDF, replace);
        try {
            var loader = new org.physiokiosk.catalog.CatalogueLoader();
            Path dir = catalogue != null ? context.workingDir().resolve(catalogue) : paths.catalogue();
            var library = dir != null ? loader.load(dir) : loader.loadBundled();
            if (db != null) {
                // The shipped library, then the clinic's own exercises (retired ones left out).
                try (var services = context.open(db.toString())) {
                    library = services.clinicExercises().library();
                }
            }
            Path target = book.toAbsolutePath();
            java.nio.file.Files.createDirectories(target.getParent());
            Path temp = java.nio.file.Files.createTempFile(target.getParent(), ".book-", ".part");
            try {
                try (var os = java.nio.file.Files.newOutputStream(temp)) {
                    new org.physiokiosk.handout.PictureBookWriter(new org.physiokiosk.handout.HandoutFonts())
                            .write(library, os);
                }
                org.physiokiosk.store.OutputGuard.place(temp, target, replace);
            } finally {
                java.nio.file.Files.deleteIfExists(temp);
            }
            spec.commandLine().getOut().println(target);
        } catch (org.physiokiosk.catalog.CatalogueException e) {
            throw new UsageError(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the picture book " + book + ": "
                    + org.physiokiosk.store.Problems.explain(e), e);
        }
    }

    @Override
    public void run() {
        if (!writeSvg && book == null) {
            throw new UsageError("say what to make: --write-svg or --out FILE.pdf (see pictures --help)");
        }
        if (book != null) {
            writeBook();
            if (!writeSvg) {
                return;
            }
        }
        Path folder = context.workingDir().resolve(catalogue == null ? Path.of("data", "catalogue") : catalogue);
        PrintWriter out = spec.commandLine().getOut();
        try {
            PictureFiles.Written done = PictureFiles.write(folder);
            out.printf("Wrote %d picture(s), %d already up to date, in %s%n", done.written().size(),
                    done.unchanged().size(), folder.resolve(PictureFiles.FOLDER));
            for (String orphan : done.orphans()) {
                out.printf("Note: %s has no pose in poses.yaml; delete it or add its pose.%n",
                        folder.resolve(PictureFiles.FOLDER).resolve(orphan));
            }
        } catch (PoseException e) {
            throw new UsageError(e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(folder + ": the pictures could not be written (" + e.getMessage() + ")", e);
        }
    }
}

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

    @Option(names = "--catalogue", paramLabel = "FOLDER",
            description = "The catalogue folder holding poses.yaml (default: data/catalogue).")
    Path catalogue;

    @Spec
    CommandSpec spec;

    PicturesCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (!writeSvg) {
            throw new UsageError("say what to make: --write-svg (see pictures --help)");
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

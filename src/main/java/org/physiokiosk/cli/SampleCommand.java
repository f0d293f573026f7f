package org.physiokiosk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.CatalogueLoader;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.handout.HandoutWriter;
import org.physiokiosk.handout.SampleHandout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the showcase handout (no database involved). */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write the showcase handout (printables/sample-low-back-handout.pdf by default).")
final class SampleCommand implements Runnable {

    private final Cli.Context context;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write it.")
    Path out;

    SampleCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        Path target = out != null ? out : context.workingDir().resolve("printables").resolve(SampleHandout.FILE_NAME);
        Path catalogueDir = context.paths(null).catalogue();
        try {
            CatalogueLoader loader = new CatalogueLoader();
            var catalogue = catalogueDir != null ? loader.load(catalogueDir) : loader.loadBundled();
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream os = Files.newOutputStream(target)) {
                new HandoutWriter(new HandoutFonts()).write(SampleHandout.content(catalogue), os);
            }
            spec.commandLine().getOut().println(target.toAbsolutePath());
        } catch (CatalogueException e) {
            throw new UsageError(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}

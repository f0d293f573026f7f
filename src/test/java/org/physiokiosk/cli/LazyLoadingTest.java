package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command loads what it needs and nothing more: {@code --help} and {@code catalog} in a folder with no records
 * start no database, no PDF library and no YAML parser (the shipped catalogue comes parsed at build time). Each runs
 * in a new JVM that lists every class it loads.
 */
class LazyLoadingTest {

    @TempDir
    Path dir;

    @Test
    void catalogLoadsNoDatabaseNoPdfLibraryAndNoYamlParser() throws Exception {
        List<String> loaded = run("catalog");
        assertThat(String.join("\n", loaded)).contains("knee-to-chest");
        assertLoadsNone(loaded, "org.sqlite.", "com.itextpdf.", "org.yaml.snakeyaml.", "com.fasterxml.jackson.",
                "org.apache.pdfbox.");
        try (var files = Files.list(dir)) {
            assertThat(files).as("catalog writes nothing").isEmpty();
        }
    }

    @Test
    void helpReadsNoCatalogueEither() throws Exception {
        List<String> loaded = run("--help");
        assertThat(String.join("\n", loaded)).contains("Usage:");
        assertLoadsNone(loaded, "org.sqlite.", "com.itextpdf.", "org.physiokiosk.catalog.CatalogueLoader",
                "org.yaml.snakeyaml.", "com.fasterxml.jackson.", "javax.swing.JFrame");
    }

    @Test
    void anExportDrawsTheShippedPicturesWithoutTheSvgConverter() throws Exception {
        // The build converted them (CompiledPictures): a cold export does not load iText's SVG converter at all.
        Path plan = dir.resolve("plan.pdf");
        List<String> loaded = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template",
                "low-back-starter", "--out", plan.toString(), "--db", dir.resolve("r.db").toString());
        assertThat(String.join("\n", loaded)).contains("plan.pdf");
        assertLoadsNone(loaded, "com.itextpdf.svg.converter.", "com.itextpdf.svg.renderers.",
                "com.itextpdf.styledxmlparser.");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(plan.toFile())) {
            int forms = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                        forms++;
                    }
                }
            }
            var catalogue = org.physiokiosk.testing.Fixtures.catalogue();
            assertThat(forms).as("one drawing per exercise of the template, and per key position of getting down to "
                    + "the floor").isEqualTo(catalogue.template("low-back-starter").orElseThrow().items().size()
                    + catalogue.shared().floor().steps().pictures().size());
        }
    }

    private static void assertLoadsNone(List<String> loaded, String... names) {
        for (String name : names) {
            assertThat(loaded).as(name).noneMatch(line -> line.contains(name));
        }
    }

    /** The command's output and the JVM's class-loading log, line by line. */
    private List<String> run(String... command) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-Djava.awt.headless=true", "-cp", classpath,
                "org.physiokiosk.app.Main"));
        line.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("PHYSIO_KIOSK_DB");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }
}

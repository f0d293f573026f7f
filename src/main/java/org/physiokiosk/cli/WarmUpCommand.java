package org.physiokiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.handout.ExportException;
import org.physiokiosk.patient.AddResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import picocli.CommandLine.Command;

/**
 * Loads what a start and an export load, on a database in a temporary folder that is removed afterwards, and, when
 * there is a screen, opens the kiosk's first window on it: run once with {@code -XX:DumpLoadedClassList} to list the
 * classes of the installed program's class-data sharing archive. Hidden: it is for the installer, not for staff.
 */
@Command(name = "warm-up", hidden = true, description = "Load the classes a start and an export use (installer).")
final class WarmUpCommand implements Runnable {

    private final Cli.Context context;

    WarmUpCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        Path dir;
        try {
            dir = Files.createTempDirectory("physio-kiosk-warm-up");
        } catch (IOException e) {
            throw new IllegalStateException("no temporary folder for the warm-up: " + e.getMessage(), e);
        }
        // A cold export exactly as staff type it (picocli's parse, the read-ahead, the checks), so the archive holds
        // the classes of that path too; then the kiosk's start on the same record.
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        int exported = Cli.run(new String[] {"export", "--patient", "Warm Up", "--dob", "1950-01-01", "--template",
            "low-back-starter", "--out", dir.resolve("warm-up.pdf").toString(), "--db",
            dir.resolve("warm-up.db").toString()}, quiet, quiet, context);
        if (exported != 0) {
            throw new IllegalStateException("the warm-up's export failed (exit " + exported + ")");
        }
        try (Services services = Services.start(new AppPaths(dir.resolve("warm-up.db"), null,
                dir.resolve("printables")), context.clock())) {
            Actor who = Actor.COMMAND_LINE;
            var added = services.desks().patients().addUnlessOnRecord(who,
                    new NewPatient("Warm Up Again", LocalDate.of(1950, 1, 1), ""));
            var patient = ((AddResult.Added) added).patient();
            Template template = services.catalogue().templates().get(0);
            List<PlanItem> items = PlanItem.fromTemplate(template);
            services.desks().handouts().exportToFolder(who, patient,
                    new PlanDraft(patient.id(), items, "", "Warm Up", "", "", false), dir.resolve("printables"));
            services.desks().patients().search(who, "warm", 10);
            services.desks().staff().add(java.util.Optional.empty(), "warm", "Warm Up",
                    org.physiokiosk.staff.Role.ADMINISTRATOR, "48291573");
        } catch (ExportException | org.physiokiosk.catalog.CatalogueException | RuntimeException e) {
            delete(dir);
            throw new IllegalStateException(e.getMessage(), e);
        }
        // The look and feel the kiosk installs first (works without a screen).
        org.physiokiosk.kiosk.KioskLauncher.installTheme();
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            delete(dir);
            return;
        }
        // On a screen (a desktop, or xvfb-run as .ci/run builds it): the kiosk's first window, the sign-in screen on
        // that record, opened as a clinic PC opens it. Its Swing, FlatLaf and MigLayout classes then map from the
        // archive too: the installed kiosk's first window came in about 1.2 times an empty window's time, not 1.4.
        org.physiokiosk.kiosk.KioskLauncher.launch(new AppPaths(dir.resolve("warm-up.db"), null,
                dir.resolve("printables")), context.clock(), false);
        try {
            long end = System.nanoTime() + 60_000_000_000L;
            while (java.util.Arrays.stream(java.awt.Window.getWindows()).noneMatch(java.awt.Window::isShowing)) {
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("the warm-up's kiosk window did not open within a minute");
                }
                Thread.sleep(50);
            }
            Thread.sleep(1500); // its first paint, and the wiring behind it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(dir);
        }
        // The kiosk's own threads would keep the program open; the list is complete.
        System.exit(0);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder the system clears
        }
    }
}

package org.physiokiosk.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.ClinicExercise;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.Origin;
import org.physiokiosk.library.ExerciseExchange;
import org.physiokiosk.staff.Actor;

/**
 * An exercises file from another clinic imported into a new database, for {@code benchmark}: the same desk and
 * exchange the {@code exercises import} command uses, on files of several sizes, so the figures show how the time
 * grows with the count.
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * Milliseconds to import a file of {@code count} exercises (each a shipped exercise under a new name, with a
     * step of its own and its picture) into a new database, {@code runs} times. {@code catalogue}: its folder, or
     * null for the one inside the program.
     */
    public static double[] run(Path catalogue, Clock clock, int count, int runs) throws CatalogueException,
            IOException {
        Path dir = Files.createTempDirectory("physio-import");
        try {
            String text;
            try (Services source = Services.start(paths(dir, "source", catalogue), clock)) {
                text = new ExerciseExchange(source.clinicExercises(), source.clinicTemplates())
                        .export(exercises(source.catalogue(), count), List.of());
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                try (Services target = Services.start(paths(dir, "target-" + i, catalogue), clock)) {
                    long start = System.nanoTime();
                    var imported = target.desks().library().change(Actor.COMMAND_LINE, "exercises imported from "
                            + "bench.json", () -> new ExerciseExchange(target.clinicExercises(),
                            target.clinicTemplates()).importText(text, "bench.json"));
                    ms[i] = (System.nanoTime() - start) / 1e6;
                    if (imported.size() != count) {
                        throw new IllegalStateException("the import added " + imported.size() + " of " + count
                                + " exercises");
                    }
                }
            }
            return ms;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static AppPaths paths(Path dir, String name, Path catalogue) {
        return new AppPaths(dir.resolve(name + ".db"), catalogue, dir.resolve("printables"));
    }

    /** {@code count} clinic exercises made from the shipped ones, each with its own name and last step. */
    private static List<ClinicExercise> exercises(Catalogue catalogue, int count) {
        List<ClinicExercise> out = new ArrayList<>(count);
        List<Exercise> shipped = catalogue.exercises();
        for (int i = 0; i < count; i++) {
            Exercise e = shipped.get(i % shipped.size());
            List<String> steps = new ArrayList<>(e.steps());
            String rest = "Rest for a moment before round " + (i + 1) + ".";
            if (steps.size() < org.physiokiosk.catalog.ExerciseLimits.STEPS) {
                steps.add(rest);
            } else {
                // An exercise already at the most steps a clinic's may have: the last step says it instead.
                steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " " + rest);
            }
            Exercise own = new Exercise("clinic-bench-" + i, e.name() + " " + (i + 1), e.kind(), e.bodyRegion(),
                    e.purpose(), steps, e.dosage(), e.takeCare(), null, null, Origin.CLINIC, e.equipment(),
                    e.position(), e.level(), e.aliases(), e.sources(), e.picture(), null, null, e.moveOn());
            out.add(new ClinicExercise(own, 1, false, null, catalogue.picture(e.id()).orElse(null)));
        }
        return out;
    }
}

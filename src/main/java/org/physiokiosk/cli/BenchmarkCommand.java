package org.physiokiosk.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.CatalogueException;
import org.physiokiosk.catalog.CatalogueLoader;
import org.physiokiosk.handout.HandoutContent;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.handout.HandoutWriter;
import org.physiokiosk.handout.SampleHandout;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.Secrets;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints how fast handouts are made: the median time for a 5- and a 20-exercise handout in a warm
 * process, and the whole-process time of a cold {@code export} (a new JVM running the jar).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure handout speed (warm 5 and 20 exercises; cold export in a new JVM) and importing "
                + "exercises.")
final class BenchmarkCommand implements Runnable {

    private final Cli.Context context;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "40", description = "Measured runs per warm case (default 40).")
    int runs;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Cold exports to time (default 5).")
    int coldRuns;

    @Option(names = "--make-big-db", paramLabel = "FILE", description = "Build a big clinic's record in FILE (a new "
            + "file): 100,000 patients, 1,000,000 notes, 200,000 handouts and one patient with 500 notes; then time "
            + "opening it, finding patients, patients --find and the 500-note record.")
    Path bigDb;

    @Option(names = "--day", description = "Only the day at the front desk (50 plans printed, 50 records opened) in "
            + "a new JVM capped at 256 MB.")
    boolean dayOnly;

    @Option(names = "--day-run", hidden = true, description = "The day itself, in this JVM (what --day starts).")
    boolean dayRun;

    @Option(names = "--sign-in-run", hidden = true, description = "Only the sign-in check, in this JVM (what the "
            + "benchmark starts with the installed program's JVM options).")
    boolean signInRun;

    @Option(names = "--server", paramLabel = "postgresql://HOST[:PORT]/DATABASE", description = "Only the clinic "
            + "server: how soon a note or plan saved on one PC shows on another, and a plan save with its handout, "
            + "in a schema made for it and dropped afterwards (user and password from PGUSER and PGPASSWORD or "
            + "~/.pgpass).")
    String server;

    @Option(names = "--import", description = "Only the import: files of 1,000 and 3,000 exercises, each into a new "
            + "database, three times each.")
    boolean importOnly;

    @Option(names = "--startup", description = "Only the start-up: process start to the kiosk's first window, "
            + "against an empty FlatLaf window started the same way (needs a display).")
    boolean startupOnly;

    BenchmarkCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (bigDb != null) {
            big(out);
            return;
        }
        if (dayRun) {
            dayRun(out);
            return;
        }
        if (signInRun) {
            report(out, SIGN_IN + ", installed options", signInChecks(), "target < 500 ms");
            return;
        }
        if (dayOnly) {
            day(out);
            return;
        }
        if (startupOnly) {
            startup(out);
            return;
        }
        if (server != null) {
            server(out);
            return;
        }
        if (importOnly) {
            imports(out);
            return;
        }
        Catalogue catalogue = catalogue();
        HandoutWriter writer = new HandoutWriter(new HandoutFonts());
        HandoutContent five = SampleHandout.content(catalogue);
        HandoutContent twenty = withExercises(five, catalogue, 20);
        out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (int i = 0; i < 30; i++) {
            time(writer, five);
            time(writer, twenty);
        }
        report(out, "warm 5-exercise handout", measure(writer, five), "target < 50 ms");
        report(out, "warm 20-exercise handout", measure(writer, twenty), "");
        report(out, "library search per keystroke (10,000 ex.)", searchPerKeystroke(catalogue, 10_000),
                "target <= 5 ms");
        report(out, SIGN_IN + ", java -jar", signInChecks(), "target < 500 ms");
        out.flush();
        signInInstalled(out);
        cold(out);
        startup(out);
        day(out);
        imports(out);
    }

    /**
     * Importing an exercises file of 1,000 and of 3,000 exercises into a new database: the time should grow with the
     * count, about 3 times for 3 times as many.
     */
    private void imports(PrintWriter out) {
        try {
            // One import first, untimed: the figures below are then the import's, not the JIT compiler's.
            org.physiokiosk.wiring.ImportBench.run(context.paths(null).catalogue(), context.clock(), 3_000, 1);
            double[] thousand = org.physiokiosk.wiring.ImportBench.run(context.paths(null).catalogue(),
                    context.clock(), 1_000, 3);
            report(out, "import 1,000 exercises (new database)", thousand, "");
            out.flush();
            double[] three = org.physiokiosk.wiring.ImportBench.run(context.paths(null).catalogue(),
                    context.clock(), 3_000, 3);
            report(out, "import 3,000 exercises (new database)", three, String.format(Locale.ROOT,
                    "3,000/1,000 %.2f x, linear is 3 x", median(three) / median(thousand)));
        } catch (CatalogueException | IOException e) {
            throw new IllegalStateException("the import could not be timed: " + e.getMessage(), e);
        }
    }

    private static final String SIGN_IN = "sign-in check (Argon2id " + Secrets.MEMORY_KIB / 1024 + " MiB, t="
            + Secrets.ITERATIONS + ")";

    /**
     * Signing in as the kiosk and the command line do, on a new record file: each try counted, checked against the
     * secret's hash and written to the trail; the slow hash is most of it. Two sign-ins first, to warm up.
     */
    private double[] signInChecks() {
        try {
            Path dir = Files.createTempDirectory("physio-benchmark-sign-in");
            double[] ms = new double[15];
            try (Services services = Services.start(new AppPaths(dir.resolve("sign-in.db"), null,
                    dir.resolve("printables")), context.clock())) {
                services.staff().add(java.util.Optional.empty(), "bench", "Bench Mark", Role.ADMINISTRATOR,
                        "48291573");
                for (int i = -2; i < ms.length; i++) {
                    long start = System.nanoTime();
                    if (services.staff().signIn("bench", "48291573").isEmpty()) {
                        throw new IllegalStateException("the benchmark's sign-in was refused");
                    }
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
            } finally {
                deleteAll(dir);
            }
            return ms;
        } catch (IOException | CatalogueException e) {
            throw new IllegalStateException("the sign-in could not be timed: " + e.getMessage(), e);
        }
    }

    /** The sign-in check in a new JVM with the installed program's options (the client compiler), as a PC runs it. */
    private void signInInstalled(PrintWriter out) {
        Path jar = jarFor(out, "sign-in check, installed options");
        if (jar == null) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Djava.awt.headless=true"));
        command.addAll(INSTALLED_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "benchmark", "--sign-in-run"));
        runChild(out, command, "sign-in check, installed options", "the sign-in check");
    }

    /** Runs a part of the benchmark in a JVM of its own and prints what it printed; a failure is said as such. */
    private static void runChild(PrintWriter out, List<String> command, String line, String what) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int code = p.waitFor();
            out.print(printed);
            if (code != 0) {
                out.println(line + ": FAILED (exit " + code + ")");
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(what + " could not run: " + e.getMessage(), e);
        }
    }

    private Catalogue catalogue() {
        Path dir = context.paths(null).catalogue();
        try {
            return dir != null ? new CatalogueLoader().load(dir) : new CatalogueLoader().loadBundled();
        } catch (CatalogueException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /**
     * Types a few searches letter by letter ("hamstrin", "brige", "sholder raise", ...) into a library of
     * {@code size} exercises made from the shipped ones (each copy renamed with other words and a number, so the
     * vocabulary grows as a big library's would) and times every keystroke's search.
     */
    static double[] searchPerKeystroke(Catalogue catalogue, int size) {
        String[] extra = {"seated", "standing", "lying", "gentle", "strong", "band", "towel", "wall", "side", "front",
            "slow", "quick", "single", "double", "reach", "lift", "press", "hold", "walk", "step", "turn", "bend"};
        List<org.physiokiosk.catalog.Exercise> big = new ArrayList<>(size);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < size; i++) {
            var e = catalogue.exercises().get(i % catalogue.exercises().size());
            String name = extra[random.nextInt(extra.length)] + " " + e.name() + " " + extra[random.nextInt(extra.length)]
                    + " " + (i / catalogue.exercises().size());
            big.add(new org.physiokiosk.catalog.Exercise(e.id() + "-" + i, name, e.kind(), e.bodyRegion(), e.purpose(),
                    e.steps(), e.dosage(), e.takeCare(), e.reviewedBy(), e.reviewedOn(), e.origin(), e.equipment(),
                    e.position(), e.level(), e.aliases(), e.sources(), e.picture()));
        }
        org.physiokiosk.catalog.LibrarySearch search = new org.physiokiosk.catalog.LibrarySearch(big);
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String query : List.of("hamstring stretch", "brige", "sholder raise", "knee to chest", "calf")) {
                for (int k = 1; k <= query.length(); k++) {
                    String typed = query.substring(0, k);
                    long start = System.nanoTime();
                    search.find(typed, org.physiokiosk.catalog.LibrarySearch.Filter.NONE);
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (round > 0) { // the first round warms the code up
                        times.add(ms);
                    }
                }
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static HandoutContent withExercises(HandoutContent base, Catalogue catalogue, int count) {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(PlanItem.of(catalogue.exercises().get(i % catalogue.exercises().size())));
        }
        return base.withItems(items);
    }

    private double[] measure(HandoutWriter writer, HandoutContent content) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = time(writer, content);
        }
        return ms;
    }

    private static double time(HandoutWriter writer, HandoutContent content) {
        long start = System.nanoTime();
        writer.write(content, new ByteArrayOutputStream(64 * 1024));
        return (System.nanoTime() - start) / 1e6;
    }

    private void cold(PrintWriter out) {
        Path jar = jarFor(out, "cold export");
        if (jar == null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("physio-benchmark");
            List<String> command = List.of(java(), "-jar", jar.toString(), "export", "--patient", "Bench Mark",
                    "--dob", "1950-01-01", "--template", "low-back-starter", "--replace",
                    "--out", dir.resolve("cold.pdf").toString(), "--db", dir.resolve("bench.db").toString());
            runProcess(command, dir); // creates the database, as on a kiosk's first day
            double[] ms = new double[coldRuns];
            for (int i = 0; i < coldRuns; i++) {
                long start = System.nanoTime();
                runProcess(command, dir);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            report(out, "cold export (new JVM, java -jar ... export)", ms, "for comparison");
            installedAgainstLibreOffice(out, jar, dir);
            // Commands that should answer at once, in a folder with no data/: --help, and catalog (which writes
            // nothing, so the folder stays empty).
            Path empty = Files.createDirectories(dir.resolve("empty"));
            String vm = command.get(0);
            double[] help = new double[coldRuns];
            double[] catalog = new double[coldRuns];
            for (int i = 0; i < coldRuns; i++) {
                help[i] = timed(List.of(vm, "-jar", jar.toString(), "--help"), empty);
                catalog[i] = timed(List.of(vm, "-jar", jar.toString(), "catalog"), empty);
            }
            report(out, "java -jar ... --help", help, "target <= 400 ms");
            report(out, "java -jar ... catalog (writes nothing)", catalog, "target <= 400 ms");
            try (var left = Files.list(empty)) {
                if (left.findAny().isPresent()) {
                    out.println("catalog wrote into the folder it ran in: it should write nothing");
                }
            }
            deleteAll(dir);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the cold export could not run: " + e.getMessage(), e);
        }
    }

    /**
     * The cold export from the installed program (the app image beside the jar, with its class-data sharing archive)
     * and its peak memory, against LibreOffice turning the same handout, as HTML, into a PDF. The two are timed in
     * turn, one run of each at a time, so that both medians see the same machine (a shared two-core machine's speed
     * drifts within a minute). Each part is skipped, saying how to get it, when the app image or LibreOffice is
     * missing.
     */
    private void installedAgainstLibreOffice(PrintWriter out, Path jar, Path dir)
            throws IOException, InterruptedException {
        Path launcher = jar.getParent().resolve("installer/physio-kiosk/bin/physio-kiosk");
        List<String> export = null;
        if (!Files.isExecutable(launcher)) {
            out.println("cold export, installed program: skipped; build it with mvn -B -Pinstaller package -DskipTests");
        } else {
            export = List.of(launcher.toString(), "export", "--patient", "Bench Mark", "--dob",
                    "1950-01-01", "--template", "low-back-starter", "--out", dir.resolve("installed.pdf").toString(),
                    "--replace", "--db", dir.resolve("installed.db").toString());
            runProcess(export, dir);
        }
        String soffice = onPath("soffice");
        List<String> convert = null;
        if (soffice == null) {
            out.println("LibreOffice comparison: skipped; install it (apt install libreoffice-writer-nogui)");
        } else {
            Path html = org.physiokiosk.handout.HandoutHtml.write(
                    org.physiokiosk.handout.SampleHandout.content(catalogue()), dir.resolve("html"));
            convert = List.of(soffice, "--headless", "--convert-to", "pdf", "--outdir",
                    dir.resolve("html").toString(), html.toString());
            runProcess(convert, dir); // LibreOffice's first start sets up its profile
        }
        double[] ms = new double[coldRuns];
        double[] lo = new double[coldRuns];
        for (int i = 0; i < coldRuns; i++) {
            if (export != null) {
                ms[i] = timed(export, dir);
            }
            if (convert != null) {
                lo[i] = timed(convert, dir);
            }
        }
        if (export != null) {
            report(out, "cold export, installed program (bin/physio-kiosk)", ms, "compared with LibreOffice below");
            // Its memory is read in runs of its own: the reader polls /proc, and on two cores that would be time taken
            // from the export it measures.
            double[] peak = new double[coldRuns];
            for (int i = 0; i < coldRuns; i++) {
                peak[i] = peakMib(export, dir);
            }
            out.printf(Locale.ROOT, "%-48s median %7.1f MiB  (runs: %s)  target <= 100 MiB: %s%n",
                    "peak memory of that export (resident)", median(peak), Arrays.toString(peak),
                    median(peak) <= 100 ? "met" : "NOT MET");
        }
        if (convert != null) {
            report(out, "LibreOffice, the same handout as HTML to PDF", lo, "for comparison");
        }
        if (export != null && convert != null) {
            double ratio = median(ms) / median(lo);
            out.printf(Locale.ROOT, "%-48s %.2f x  target <= 0.6 x: %s%n", "installed cold export / LibreOffice",
                    ratio, ratio <= 0.6 ? "met" : "NOT MET");
        }
    }

    /** Runs the command and returns its peak resident memory in MiB, read from /proc while it runs (Linux). */
    private static double peakMib(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peakKib = 0;
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKib = Math.max(peakKib, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException | NumberFormatException gone) {
                // the process ended between the check and the read
            }
            Thread.sleep(5);
        }
        if (p.waitFor() != 0) {
            throw new IOException("export exited with " + p.exitValue());
        }
        return peakKib / 1024.0;
    }

    private static String onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** The big clinic: built once in a new file, then opening, search and the 500-note record timed on it. */
    private void big(PrintWriter out) {
        if (Files.exists(bigDb)) {
            throw new UsageError(bigDb + " already exists: name a new file (the benchmark never writes over one)");
        }
        out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.flush();
        try {
            org.physiokiosk.wiring.BigRecordBench.Figures f = org.physiokiosk.wiring.BigRecordBench.run(bigDb,
                    context.paths(null).catalogue(), context.clock());
            out.printf("built %s: 100,000 patients, 1,000,000 notes, 200,000 handouts in %.0f s, %d MB%n", bigDb,
                    f.buildSeconds(), f.megabytes());
            report(out, "open the big record", f.open(), "target < 500 ms");
            report(out, "patient search, a few letters (in process)", f.searchLetters(), "target < 10 ms");
            report(out, "patient search, date of birth (in process)", f.searchBirth(), "target < 10 ms");
            report(out, "record of 500 notes (notes and handouts)", f.record500(), "target < 200 ms");
            out.flush();
            findCommand(out);
        } catch (org.physiokiosk.catalog.CatalogueException | IOException e) {
            throw new IllegalStateException("the big record could not be built: " + e.getMessage(), e);
        }
    }

    /**
     * Process start to the kiosk's first window (the sign-in screen, on a database with staff), against an empty
     * FlatLaf window started the same way: from the jar, and from the installed program when it has been built.
     */
    private void startup(PrintWriter out) {
        Path jar = ownJar();
        if (jar == null || java.awt.GraphicsEnvironment.isHeadless()) {
            out.println("start-up to the first window: skipped; run from the jar on a display (xvfb-run -a ...)");
            return;
        }
        try {
            Path dir = Files.createTempDirectory("physio-benchmark-start");
            String vm = java();
            Path db = dir.resolve("start.db");
            runProcessWithEnv(List.of(vm, "-jar", jar.toString(), "staff", "add", "--name", "kim", "--full-name",
                    "Kim Park", "--role", "administrator", "--db", db.toString()), dir,
                    java.util.Map.of("PHYSIO_KIOSK_NEW_PIN", "48291573"));
            startupPair(out, "", List.of(vm, "-jar", jar.toString()), db, dir);
            Path launcher = jar.getParent().resolve("installer/physio-kiosk/bin/physio-kiosk");
            if (Files.isExecutable(launcher)) {
                startupPair(out, ", installed", List.of(launcher.toString()), db, dir);
            } else {
                out.println("start-up, installed program: skipped; build it with mvn -B -Pinstaller package "
                        + "-DskipTests");
            }
            deleteAll(dir);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the start-up could not be timed: " + e.getMessage(), e);
        }
    }

    /**
     * The kiosk's first window on {@code db} against an empty FlatLaf window, both started by {@code start} (the jar,
     * or the installed launcher): median of 5 each, alternating, so both see the same machine.
     */
    private static void startupPair(PrintWriter out, String how, List<String> start, Path db, Path dir)
            throws IOException, InterruptedException {
        List<String> kiosk = new ArrayList<>(start);
        kiosk.addAll(List.of("kiosk", "--db", db.toString()));
        List<String> empty = new ArrayList<>(start);
        empty.add("empty-window");
        untilReady(empty, dir);
        untilReady(kiosk, dir);
        double[] kioskMs = new double[5];
        double[] emptyMs = new double[5];
        for (int i = 0; i < 5; i++) {
            emptyMs[i] = untilReady(empty, dir);
            kioskMs[i] = untilReady(kiosk, dir);
        }
        report(out, "start-up" + how + ": empty FlatLaf window", emptyMs, "");
        report(out, "start-up" + how + ": kiosk's first window", kioskMs, String.format(java.util.Locale.ROOT,
                "ratio %.2f, target <= 1.5", median(kioskMs) / median(emptyMs)));
    }

    /** Milliseconds from starting the process to its "ready" line. */
    private static double untilReady(List<String> command, Path dir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PHYSIO_KIOSK_STARTUP_PROBE", "1");
        Process p = pb.start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.strip().equals("ready")) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    p.waitFor();
                    return ms;
                }
            }
        }
        p.waitFor();
        throw new IOException("the window did not open (exit " + p.exitValue() + ")");
    }

    private static void runProcessWithEnv(List<String> command, Path dir, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (p.waitFor() != 0) {
            throw new IOException(command.get(3) + " exited with " + p.exitValue());
        }
    }

    /**
     * The JVM options the installed launcher (src/installer/bin/physio-kiosk) runs with; a test holds the two
     * together.
     */
    static final List<String> INSTALLED_OPTIONS = List.of("-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
            "-Xms8m", "-Xmn4m");

    /**
     * The day at the front desk, in a new JVM capped at 256 MB, twice: with the installed program's JVM options (the
     * client compiler) and as {@code java -jar} runs it. Each prints its own figures.
     */
    private void day(PrintWriter out) {
        Path jar = jarFor(out, "a day in 256 MB");
        if (jar == null) {
            return;
        }
        for (List<String> options : List.of(INSTALLED_OPTIONS, List.<String>of())) {
            out.println(options.isEmpty() ? "a day, as java -jar runs it:" : "a day, with the installed program's "
                    + "JVM options " + String.join(" ", options) + ":");
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-Djava.awt.headless=true"));
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toString(), "benchmark", "--day-run"));
            runChild(out, command, "a day in 256 MB", "the day");
        }
    }

    private void dayRun(PrintWriter out) {
        try {
            var f = org.physiokiosk.wiring.DayBench.run(context.paths(null).catalogue(), context.clock());
            double[] firstPlans = Arrays.copyOfRange(f.plans(), 0, 10);
            double[] lastPlans = Arrays.copyOfRange(f.plans(), 40, 50);
            report(out, "a day in 256 MB: plan printed, first 10", firstPlans, "");
            report(out, "a day in 256 MB: plan printed, last 10", lastPlans, String.format(java.util.Locale.ROOT,
                    "last/first %.2f (no slowing down)", median(lastPlans) / median(firstPlans)));
            report(out, "a day in 256 MB: record opened", f.records(), "");
            out.printf("a day in 256 MB: peak heap %d MB of 256 MB%n", f.peakHeapMegabytes());
        } catch (org.physiokiosk.catalog.CatalogueException | IOException
                 | org.physiokiosk.handout.ExportException e) {
            throw new IllegalStateException("the day failed: " + e.getMessage(), e);
        }
    }

    /** Two PCs on the clinic server: a change on one, seen by the other as the kiosk asks. */
    private void server(PrintWriter out) {
        if (!org.physiokiosk.store.ClinicServerAddress.isServer(server)) {
            throw new UsageError("--server must name the clinic server as postgresql://HOST[:PORT]/DATABASE");
        }
        org.physiokiosk.store.ClinicServerAddress address = org.physiokiosk.store.ClinicServerAddress.parse(server);
        out.printf("machine: %d cores, Java %s; clinic server %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), address);
        out.flush();
        try {
            var f = org.physiokiosk.wiring.ServerBench.run(address, System.getenv(), context.paths(null).catalogue(),
                    context.clock(), 20);
            double[] seen = f.seen().clone();
            Arrays.sort(seen);
            report(out, "change on one PC seen on another", f.seen(), String.format(java.util.Locale.ROOT,
                    "max %.0f ms, target <= 2000 ms: %s", seen[seen.length - 1],
                    seen[seen.length - 1] <= 2000 ? "met" : "NOT MET"));
            report(out, "plan saved with its handout, on the server", f.saves(), "");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the clinic server measurement failed: " + e.getMessage(), e);
        }
    }

    /** patients --find in a new JVM on the big record, against the same on a record of one patient. */
    private void findCommand(PrintWriter out) {
        Path jar = jarFor(out, "patients --find");
        if (jar == null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("physio-benchmark-find");
            Path small = dir.resolve("one.db");
            String vm = java();
            runProcess(List.of(vm, "-jar", jar.toString(), "export", "--patient", "Maria Lopez", "--dob",
                    "1950-01-01", "--template", "low-back-starter", "--out", dir.resolve("one.pdf").toString(),
                    "--db", small.toString()), dir);
            double[] one = new double[coldRuns];
            double[] big = new double[coldRuns];
            for (int i = 0; i < coldRuns; i++) {
                one[i] = timed(List.of(vm, "-jar", jar.toString(), "patients", "--find", "mar", "--db",
                        small.toString()), dir);
                big[i] = timed(List.of(vm, "-jar", jar.toString(), "patients", "--find", "mar", "--db",
                        bigDb.toAbsolutePath().toString()), dir);
            }
            report(out, "patients --find (one-patient record)", one, "");
            report(out, "patients --find (big record)", big, String.format(java.util.Locale.ROOT,
                    "ratio %.2f, target <= 1.25", median(big) / median(one)));
            deleteAll(dir);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("patients --find could not run: " + e.getMessage(), e);
        }
    }

    /** Removes a benchmark's temporary folder and everything in it. */
    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double timed(List<String> command, Path dir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        runProcess(command, dir);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void runProcess(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException("export exited with " + p.exitValue());
        }
    }

    /** This jar, or null after saying that {@code what} is skipped because the benchmark runs without one. */
    private static Path jarFor(PrintWriter out, String what) {
        Path jar = ownJar();
        if (jar == null) {
            out.println(what + ": skipped; run the benchmark from the jar (mvn -B package -DskipTests)");
        }
        return jar;
    }

    /** The java command of the JVM the benchmark runs in, for the processes it starts. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path ownJar() {
        try {
            File f = new File(BenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return f.isFile() && f.getName().endsWith(".jar") ? f.toPath() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void report(PrintWriter out, String what, double[] ms, String target) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double p90 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)];
        out.printf("%-45s median %7.1f ms   p90 %7.1f ms   min %7.1f ms   n=%d   %s%n", what, median, p90, sorted[0],
                sorted.length, target);
    }
}

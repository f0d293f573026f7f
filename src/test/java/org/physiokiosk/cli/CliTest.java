package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.testing.Fixtures;
import org.physiokiosk.testing.Pdfs;

class CliTest {

    @TempDir
    Path dir;

    private final AtomicReference<AppPaths> kioskOpened = new AtomicReference<>();

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Context context = new Cli.Context(env, Fixtures.CLOCK, dir, (paths, fullScreen) -> kioskOpened.set(paths));
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), context);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportRecordsThePlanAndWritesTheHandoutThenPrintsItsPath() throws Exception {
        Path db = dir.resolve("clinic.db");
        Path pdf = dir.resolve("out").resolve("zoe.pdf");
        Run r = run("export", "--patient", "Zoë Łukasiewicz", "--dob", "1950-02-03", "--template", "low-back-starter",
                "--note", "Private: query disc bulge", "--therapist", "Sam Lee", "--out", pdf.toString(),
                "--db", db.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).isEqualTo(pdf.toAbsolutePath().toString());
        String text = Pdfs.flatText(pdf);
        assertThat(text).contains("Zoë Łukasiewicz", "Knee to chest", "Bird dog", "Stop and get help", "Sam Lee")
                .doesNotContain("disc bulge");
        try (Database database = Database.open(db)) {
            var patient = new PatientRepository(database, Fixtures.CLOCK).search("Zoë", 5);
            assertThat(patient).hasSize(1);
            assertThat(new NoteRepository(database, Fixtures.CLOCK).forPatient(patient.get(0).id()))
                    .extracting(n -> n.text()).containsExactly("Private: query disc bulge");
        }
    }

    @Test
    void exportReusesAnExistingPatientAndKeepsExerciseOrder() throws Exception {
        Path db = dir.resolve("clinic.db");
        assertThat(run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow",
                "--out", dir.resolve("a.pdf").toString(), "--db", db.toString()).code()).isZero();
        Run second = run("export", "--patient", "Ann Lee", "--exercises", "bird-dog,pelvic-tilt",
                "--out", dir.resolve("b.pdf").toString(), "--db", db.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Pdfs.flatText(dir.resolve("b.pdf"))).containsSubsequence("1. Bird dog", "2. Pelvic tilt")
                .doesNotContain("Cat and cow");
        try (Database database = Database.open(db)) {
            assertThat(new PatientRepository(database, Fixtures.CLOCK).search("Ann Lee", 5)).hasSize(1);
        }
    }

    @Test
    void exportReusesThePatientWhoseNameOnlyLooksDifferent() throws Exception {
        Path db = dir.resolve("clinic.db");
        Run first = run("export", "--patient", "Ana Silva", "--dob", "1950-02-03", "--exercises", "cat-cow",
                "--out", dir.resolve("a.pdf").toString(), "--db", db.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Run nbsp = run("export", "--patient", "Ana\u00A0Silva", "--dob", "1950-02-03", "--exercises", "bird-dog",
                "--out", dir.resolve("b.pdf").toString(), "--db", db.toString());
        assertThat(nbsp.code()).as(nbsp.err()).isZero();
        Run noDob = run("export", "--patient", "\u202EANA \u200BSILVA", "--exercises", "pelvic-tilt",
                "--out", dir.resolve("c.pdf").toString(), "--db", db.toString());
        assertThat(noDob.code()).as(noDob.err()).isZero();
        try (Database database = Database.open(db)) {
            var patients = new PatientRepository(database, Fixtures.CLOCK).search("", 10);
            assertThat(patients).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Ana Silva"));
            var plans = new org.physiokiosk.store.PlanRepository(database, Fixtures.CLOCK)
                    .forPatient(patients.get(0).id(), Fixtures.catalogue());
            assertThat(plans).hasSize(3);
        }
    }

    @Test
    void exportFindsANameStoredBeforeNamesWereNormalised() throws Exception {
        Path db = dir.resolve("clinic.db");
        long legacy;
        try (Database database = Database.open(db)) {
            legacy = database.transaction(c -> {
                try (var ps = c.prepareStatement("INSERT INTO patient (name, date_of_birth, created_at) "
                        + "VALUES ('Ana' || char(8203) || ' Silva' || char(160), '1950-02-03', '2020-01-01T00:00:00Z')")) {
                    ps.executeUpdate();
                }
                try (var ps = c.prepareStatement("SELECT last_insert_rowid()"); var rs = ps.executeQuery()) {
                    return rs.getLong(1);
                }
            });
        }
        Run r = run("export", "--patient", "Ana Silva", "--dob", "1950-02-03", "--exercises", "cat-cow",
                "--out", dir.resolve("a.pdf").toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Database database = Database.open(db)) {
            assertThat(new PatientRepository(database, Fixtures.CLOCK).search("", 10)).singleElement()
                    .satisfies(p -> assertThat(p.id()).isEqualTo(legacy));
        }
    }

    @Test
    void exportRefusesToGuessBetweenLookAlikesWithTheSameBirthDate() {
        Path db = dir.resolve("clinic.db");
        try (Database database = Database.open(db)) {
            PatientRepository patients = new PatientRepository(database, Fixtures.CLOCK);
            patients.add(new org.physiokiosk.patient.NewPatient("Ana Silva", java.time.LocalDate.of(1950, 2, 3), ""));
            patients.add(new org.physiokiosk.patient.NewPatient("ana silva", java.time.LocalDate.of(1950, 2, 3), ""));
        }
        Run r = run("export", "--patient", "Ana Silva", "--dob", "1950-02-03", "--exercises", "cat-cow",
                "--out", dir.resolve("a.pdf").toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("patients 1, 2");
        assertThat(dir.resolve("a.pdf")).doesNotExist();
    }

    @Test
    void databaseCanBeChosenWithTheEnvironment() {
        Path db = dir.resolve("env.db");
        Run r = run(Map.of(AppPaths.DB_ENV, db.toString()), "export", "--patient", "Ann Lee", "--dob", "1950-01-01",
                "--exercises", "cat-cow", "--out", dir.resolve("a.pdf").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(db).exists();
    }

    @Test
    void unknownExerciseIdNamesItselfOnOneLineAndExitsTwo() {
        Run r = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow,moon-walk",
                "--out", dir.resolve("a.pdf").toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("moon-walk");
        assertThat(dir.resolve("a.pdf")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        for (List<String> args : List.of(
                List.of("export", "--patient", "Ann Lee", "--out", "x.pdf"),
                List.of("export", "--patient", "Ann Lee", "--template", "t", "--exercises", "a", "--out", "x.pdf"),
                List.of("export", "--patient", "Ann Lee", "--template", "nope", "--out", "x.pdf", "--db",
                        dir.resolve("c.db").toString()),
                List.of("export", "--patient", "New Person", "--template", "low-back-starter", "--out", "x.pdf",
                        "--db", dir.resolve("c.db").toString()),
                List.of("export", "--patient", "Ann Lee", "--dob", "1950-02-30", "--template", "low-back-starter",
                        "--out", "x.pdf", "--db", dir.resolve("c.db").toString()),
                List.of("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--template", "low-back-starter",
                        "--out", "x.txt"),
                List.of("frobnicate"))) {
            Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as("exit code of %s", args).isEqualTo(2);
            assertThat(r.err().lines().toList()).as("stderr of %s", args).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void newPatientWithoutDateOfBirthIsToldToAddIt() {
        Run r = run("export", "--patient", "New Person", "--template", "low-back-starter", "--out",
                dir.resolve("x.pdf").toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.err()).contains("add --dob YYYY-MM-DD");
    }

    @Test
    void anOutputFolderThatIsReallyAFileIsNamedWithOneLineAndLeavesNoPartFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Run r = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow",
                "--out", notAFolder.resolve("plan.pdf").toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.code()).as("the user can fix the path: a usage error").isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains(notAFolder + " is a file, not a folder", "Nothing was written");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aCharacterNoFontCanPrintIsNamedAndNothingIsRecorded() throws Exception {
        Path db = dir.resolve("c.db");
        Run r = run("export", "--patient", "Ann \uD83E\uDDA0 Lee", "--dob", "1950-01-01", "--exercises", "cat-cow",
                "--out", dir.resolve("a.pdf").toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains("the patient's name", "U+1F9A0", "nothing was saved");
        assertThat(dir.resolve("a.pdf")).doesNotExist();
        try (Database database = Database.open(db)) {
            long patientId = new PatientRepository(database, Fixtures.CLOCK).search("Ann", 1).get(0).id();
            assertThat(new org.physiokiosk.store.PlanRepository(database, Fixtures.CLOCK).latestFor(patientId)).isEmpty();
        }
    }

    @Test
    void paperAndLargePrintOptionsReachTheHandout() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        Run r = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "cat-cow",
                "--paper", "letter", "--large-print", "--out", pdf.toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(Pdfs.smallestFontSize(pdf)).isGreaterThanOrEqualTo(16f);
        Run bad = run("export", "--patient", "Ann Lee", "--exercises", "cat-cow", "--paper", "a5",
                "--out", pdf.toString(), "--db", dir.resolve("c.db").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("use a4 or letter");
    }

    @Test
    void catalogListsIdsAndNames() {
        Run r = run("catalog", "--db", dir.resolve("c.db").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("knee-to-chest", "Knee to chest", "bird-dog", "low-back-starter");
    }

    @Test
    void helpDescribesExport() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("export", "catalog", "kiosk");
        Run export = run("export", "--help");
        assertThat(export.out()).contains("--patient", "--template", "--exercises", "--out", "--db");
    }

    @Test
    void helpListsEveryCommandThoughAStartBuildsOnlyTheOneNamed() {
        // Only the named command's options are built at each start; help and a mistyped word still see them all.
        Run help = run("--help");
        for (Class<?> c : PhysioKioskCommand.COMMANDS) {
            picocli.CommandLine.Command command = c.getAnnotation(picocli.CommandLine.Command.class);
            if (!command.hidden()) {
                assertThat(help.out()).as(command.name()).containsPattern("\\n  " + command.name() + "[ ,]");
            }
        }
        assertThat(PhysioKioskCommand.needed(new String[] {"export", "--patient", "catalog"}))
                .containsExactly(ExportCommand.class);
        assertThat(PhysioKioskCommand.needed(new String[] {"catalogue"})).containsExactly(CatalogCommand.class);
        assertThat(PhysioKioskCommand.needed(new String[] {"--db", "k.db"})).isEmpty();
        Run typo = run("exprt");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("exprt");
    }

    @Test
    void kioskCommandOpensTheKioskOnTheChosenDatabase() {
        Run r = run("kiosk", "--db", dir.resolve("k.db").toString());
        assertThat(r.code()).isZero();
        assertThat(kioskOpened.get().database()).isEqualTo(dir.resolve("k.db"));
    }

    @Test
    void onlyADatabaseAndNoCommandOpensTheKioskOnIt() {
        Run r = run("--db", dir.resolve("mine.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(kioskOpened.get().database()).isEqualTo(dir.resolve("mine.db"));
        assertThat(run("--no-such-option").code()).isEqualTo(2);
    }

    @Test
    void catalogListsTheLibraryAndWritesNothing() throws Exception {
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        Run none = run("catalog", "--db", fresh.resolve("clinic.db").toString());
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).contains("cat-cow", "low-back-starter");
        try (var files = Files.list(fresh)) {
            assertThat(files).as("no database is created to list the catalogue").isEmpty();
        }

        Path db = dir.resolve("clinic.db");
        assertThat(run("exercise", "copy", "cat-cow", "--name", "Our cat cow", "--db", db.toString()).code()).isZero();
        for (String side : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + side));
        }
        Map<Path, String> before = shas(dir);
        Run listed = run("catalog", "--db", db.toString());
        assertThat(listed.out()).contains("Our cat cow  [clinic's own]");
        assertThat(shas(dir)).as("the database and its folder exactly as they were").isEqualTo(before);
    }

    private static Map<Path, String> shas(Path folder) throws Exception {
        Map<Path, String> out = new java.util.TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(f.getFileName(), org.physiokiosk.Sha256.hex(new String(Files.readAllBytes(f),
                        java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        }
        return out;
    }

    @Test
    void malformedCatalogueStopsWithTheFileNamed() throws Exception {
        Path catalogue = Files.createDirectories(dir.resolve("data").resolve("catalogue"));
        Files.writeString(catalogue.resolve("exercises.yaml"), "exercises:\n  - id: x\n");
        Run r = run("catalog", "--db", dir.resolve("c.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains("exercises.yaml", "exercise 'x'", "field 'name' is missing");
    }

    @Test
    void malformedCatalogueStopsAnExportWithTheFileNamedToo() throws Exception {
        // export reads the catalogue on a thread of its own while its options are parsed: the message is the same.
        Path catalogue = Files.createDirectories(dir.resolve("data").resolve("catalogue"));
        Files.writeString(catalogue.resolve("exercises.yaml"), "exercises:\n  - id: x\n");
        Run r = run("export", "--patient", "Ann Lee", "--dob", "1950-01-01", "--exercises", "x",
                "--out", dir.resolve("plan.pdf").toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains("exercises.yaml", "exercise 'x'", "field 'name' is missing");
        assertThat(dir.resolve("plan.pdf")).doesNotExist();
    }
}

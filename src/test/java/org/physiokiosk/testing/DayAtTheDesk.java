package org.physiokiosk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;

/**
 * A new clinic's first day at one kiosk, in a JVM of its own, through the desks the kiosk uses: the first
 * administrator and a clinician are set up, then patients are added, each gets a plan with its handout and a visit
 * note. Each write is printed on stdout only after its service returned (committed): {@code staff NAME},
 * {@code patient ID NAME}, {@code handout PLAN ID}, {@code note ID TEXT}; then {@code ready}, and the process waits
 * to be stopped, its database still open, as a kiosk left running at the end of the day.
 */
public final class DayAtTheDesk {

    public static final String ADMIN = "kim";
    public static final String ADMIN_SECRET = "48291573";
    public static final String CLINICIAN = "sam";
    public static final String CLINICIAN_SECRET = "739201";

    private DayAtTheDesk() {
    }

    /** Arguments: the database file, the number of patients. */
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int patients = Integer.parseInt(args[1]);
        Path printables = Files.createDirectories(db.resolveSibling("printables"));
        Services services = Services.start(new AppPaths(db, Fixtures.CATALOGUE_DIR, printables), Clock.systemUTC());
        Services.Desks desks = services.desks();
        StaffMember kim = desks.staff().add(Optional.empty(), ADMIN, "Kim Park", Role.ADMINISTRATOR, ADMIN_SECRET);
        say("staff " + kim.signInName());
        StaffMember sam = desks.staff().add(Optional.of(kim), CLINICIAN, "Sam Lee", Role.CLINICIAN, CLINICIAN_SECRET);
        say("staff " + sam.signInName());
        Actor clinician = Actor.of(desks.staff().signIn(CLINICIAN, CLINICIAN_SECRET).orElseThrow());
        List<PlanItem> items = PlanItem.fromTemplate(services.catalogue().template("low-back-starter").orElseThrow());
        for (int i = 1; i <= patients; i++) {
            String name = "Day Patient " + i;
            Patient patient = desks.patients().add(clinician, new NewPatient(name, LocalDate.of(1950, 1, i), ""));
            say("patient " + patient.id() + " " + name);
            ExportResult made = desks.handouts().exportToFolder(clinician, patient,
                    new PlanDraft(patient.id(), items, "Walk daily.", "", "", "", false), printables);
            say("handout " + made.planNumber() + " " + made.handoutId());
            String text = "visit " + i + ": walking further, pain 3/10";
            say("note " + desks.notes().add(clinician, patient.id(), text, null).id() + " " + text);
        }
        say("ready");
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** A command line that runs this class with the test classpath. */
    public static ProcessBuilder process(Path db, int patients) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                DayAtTheDesk.class.getName(), db.toString(), Integer.toString(patients))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}

package org.physiokiosk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.store.OutputGuard;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.handout.ExportException;
import org.physiokiosk.handout.ExportResult;
import org.physiokiosk.handout.UnprintableTextException;
import org.physiokiosk.patient.NewPatient;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.patient.PatientForm;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PlanItem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Records a plan for a patient and writes its handout; prints the handout's path. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Record a plan for a patient and write the handout PDF. Prints the file's path.")
final class ExportCommand implements Runnable {

    private final Cli.Context context;

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", paramLabel = "NAME", description = "Who does this, when the database has staff (a "
            + "clinician; the secret from PHYSIO_KIOSK_PIN or the terminal).")
    String as;

    @Option(names = "--patient", required = true, paramLabel = "NAME",
            description = "Patient's full name. An existing patient is used; a new one needs --dob.")
    String patientName;

    @Option(names = "--dob", paramLabel = "YYYY-MM-DD", description = "Patient's date of birth.")
    String dateOfBirth;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Exercises exercises;

    static final class Exercises {
        @Option(names = "--template", paramLabel = "ID", description = "Start from this template (see catalog).")
        String template;

        @Option(names = "--exercises", paramLabel = "ID,ID,...", split = ",",
                description = "Exercise ids in order (see catalog).")
        List<String> ids;
    }

    @Option(names = "--note", paramLabel = "TEXT", description = "Private visit note (recorded, never printed).")
    String note;

    @Option(names = "--instructions", paramLabel = "TEXT", description = "Instructions for the patient (printed).")
    String instructions;

    @Option(names = "--therapist", paramLabel = "NAME", description = "Therapist's name (printed; signs the note).")
    String therapist;

    @Option(names = "--next-appointment", paramLabel = "TEXT", description = "Next appointment (printed).")
    String nextAppointment;

    @Option(names = "--paper", paramLabel = "a4|letter", converter = PaperConverter.class,
            description = "Paper size (default: the clinic's setting).")
    PaperSize paper;

    static final class PaperConverter implements picocli.CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            return PaperSize.fromId(value).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("use a4 or letter, not '" + value + "'"));
        }
    }

    @Option(names = "--large-print", description = "Large print: body text at 16 pt or more.")
    boolean largePrint;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the handout.")
    Path out;

    @Option(names = "--replace", description = "Write over an existing PDF of that name (never over any other file).")
    boolean replace;

    ExportCommand(Cli.Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (!out.getFileName().toString().toLowerCase().endsWith(".pdf")) {
            throw new UsageError("--out must name a .pdf file, for example --out printables/plan.pdf");
        }
        AppPaths paths = context.paths(db.db);
        // Before the database is opened, so a refused --out leaves every file as it was.
        OutputGuard.forRecord(paths.database()).check(out, OutputGuard.Kind.PDF, replace);
        try (Services services = context.open(db.db)) {
            // Saving a plan and its note is a clinician's work (the service checks), signed by that person.
            Actor who = Authority.actor(context, services, as, spec.commandLine().getErr());
            Authority.noTypedName(who, therapist, "--therapist");
            services.desks().handouts().checkMayMake(who);
            List<PlanItem> items = items(services);
            Patient patient = patient(services, who);
            PlanDraft draft = new PlanDraft(patient.id(), items, instructions, therapist, nextAppointment, note,
                    largePrint);
            ExportResult result = services.desks().handouts().exportToFile(who, patient, draft, out, paper, replace);
            spec.commandLine().getOut().println(result.file());
        } catch (UnprintableTextException e) {
            throw new UsageError(e.getMessage());
        } catch (ExportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private List<PlanItem> items(Services services) {
        List<PlanItem> items = new ArrayList<>();
        if (exercises.template != null) {
            Template template = services.catalogue().template(exercises.template).orElseThrow(() ->
                    new UsageError("unknown template '" + exercises.template + "' (see: catalog)"));
            items.addAll(PlanItem.fromTemplate(template));
        } else {
            for (String raw : exercises.ids) {
                String id = raw.strip();
                // Only the library: a retired clinic exercise stays in old plans but goes into no new one.
                Exercise e = services.catalogue().exercises().stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow(() -> new UsageError(services.catalogue().exercise(id).isPresent()
                                ? "exercise '" + id + "' is retired; plans that used it keep it, but it goes into no "
                                        + "new plan (see: catalog)"
                                : "unknown exercise id '" + id + "' (see: catalog)"));
                items.add(PlanItem.of(e));
            }
        }
        if (items.isEmpty()) {
            throw new UsageError("the plan has no exercises; name some with --exercises");
        }
        return items;
    }

    /**
     * The patient named on the command line. Names are compared by their keys (PatientName), so
     * "Ana\u00A0Silva" or "ANA SILVA" with the same date of birth is the Ana Silva already on record,
     * never a second record; a new patient is added only when nobody on record matches.
     */
    private Patient patient(Services services, Actor who) {
        LocalDate today = LocalDate.now(context.clock());
        PatientForm.Result form = PatientForm.check(patientName, dateOfBirth == null ? "2000-01-01" : dateOfBirth,
                "", today);
        if (!form.valid()) {
            throw new UsageError(form.problems().values().iterator().next());
        }
        NewPatient candidate = form.patient().orElseThrow();
        if (dateOfBirth == null) {
            List<Patient> same = services.desks().patients().sameName(who, candidate.name());
            if (same.size() == 1) {
                return same.get(0);
            }
            if (same.size() > 1) {
                throw new UsageError("several patients have that name; add --dob YYYY-MM-DD to choose one");
            }
            throw new UsageError("no patient with that name is on record; add --dob YYYY-MM-DD to add them");
        }
        org.physiokiosk.patient.AddResult result = services.desks().patients().addUnlessOnRecord(who, candidate);
        if (result instanceof org.physiokiosk.patient.AddResult.Added added) {
            return added.patient();
        }
        List<Patient> same = ((org.physiokiosk.patient.AddResult.AlreadyOnRecord) result).sameNameAndBirth();
        if (same.size() > 1) {
            throw new UsageError("several patients have that name and date of birth (patients " + numbers(same)
                    + "); export cannot tell them apart");
        }
        return same.get(0);
    }

    private static String numbers(List<Patient> patients) {
        return String.join(", ", patients.stream().map(p -> Long.toString(p.id())).toList());
    }
}

package org.physiokiosk.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.OutputGuard;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.store.Problems;
import org.physiokiosk.store.StoreException;

/**
 * A patient's whole record: exported as JSON and as a readable PDF, or erased (with the handout files
 * the log names, when they are still the files that were written).
 */
public final class PatientRecordService {

    /** What an export wrote. */
    public record Exported(Path json, Path pdf) {
    }

    /** What an erasure removed. */
    public record Erased(int notes, int plans, int handouts, int filesDeleted, boolean wiped) {
    }

    /** Made at the first export: every start made it, and most never export a record. */
    private static final class LazyJson {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Catalogue catalogue;
    private final PatientRepository patients;
    private final PlanRepository plans;
    private final NoteRepository notes;
    private final HandoutRepository handouts;
    private final HandoutFonts fonts;
    private final Clock clock;
    private final OutputGuard guard;
    private final org.physiokiosk.store.AuditRepository audit;
    private final PrintablesFolder printables;

    public PatientRecordService(Catalogue catalogue, PatientRepository patients, PlanRepository plans,
                                NoteRepository notes, HandoutRepository handouts, HandoutFonts fonts, Clock clock,
                                OutputGuard guard, org.physiokiosk.store.AuditRepository audit,
                                PrintablesFolder printables) {
        this.audit = audit;
        this.printables = printables;
        this.catalogue = catalogue;
        this.patients = patients;
        this.plans = plans;
        this.notes = notes;
        this.handouts = handouts;
        this.fonts = fonts;
        this.clock = clock;
        this.guard = guard;
    }

    public PatientRecord record(long patientId) {
        Patient patient = patients.find(patientId).orElseThrow(() ->
                new StoreException.Refused("There is no patient number " + patientId + "."));
        // Read from what was recorded and printed, never from today's catalogue: an exercise removed since
        // must not stop a patient from getting their record.
        List<PatientRecord.Plan> planList = new ArrayList<>();
        for (PlanRepository.RecordedPlan p : plans.recorded(patientId)) {
            List<PatientRecord.Item> items = new ArrayList<>();
            for (PlanRepository.RecordedItem i : p.items()) {
                items.add(new PatientRecord.Item(i.exerciseId(), i.exerciseName(), DosageSentence.of(i.dosage()),
                        i.personalInstruction()));
            }
            planList.add(new PatientRecord.Plan(p.id(), p.series(), p.version(), p.createdAt(), p.therapist(),
                    p.nextAppointment(), p.patientInstructions(), p.largePrint(), items));
        }
        List<PatientRecord.Handout> handoutList = handouts.forPatient(patientId).stream()
                .map(h -> new PatientRecord.Handout(h.id(), h.planId(), h.producedAt(), h.file(), h.sha256(),
                        h.printedOn(), handouts.snapshot(h.id()).orElse(null)))
                .toList();
        List<PatientRecord.Access> access = audit.forPatient(patientId).stream()
                .map(e -> new PatientRecord.Access(e.at(), e.staff(), e.action(), e.outcome())).toList();
        return new PatientRecord(patient, clock.instant(), planList, notes.history(patientId), handoutList, access);
    }

    /** The two files an export of this patient writes into {@code folder}. */
    public static List<Path> exportFiles(long patientId, Path folder) {
        return List.of(folder.resolve("patient-" + patientId + "-record.json"),
                folder.resolve("patient-" + patientId + "-record.pdf"));
    }

    /**
     * Writes {@code patient-N-record.json} and {@code patient-N-record.pdf} into {@code folder}. Existing files of
     * those names are replaced only when {@code replace} is true (and only a JSON by a JSON, a PDF by a PDF); the
     * database and backups are never written over.
     */
    public Exported export(long patientId, Path folder, boolean replace) {
        Path json = exportFiles(patientId, folder).get(0);
        Path pdf = exportFiles(patientId, folder).get(1);
        guard.check(json, OutputGuard.Kind.JSON, replace);
        guard.check(pdf, OutputGuard.Kind.PDF, replace);
        PatientRecord record = record(patientId);
        Path jsonTemp = null;
        Path pdfTemp = null;
        OutputGuard.Placement jsonPlaced = new OutputGuard.Placement(json, replace);
        OutputGuard.Placement pdfPlaced = new OutputGuard.Placement(pdf, replace);
        try {
            Files.createDirectories(folder);
            // Both files are written in full before either is put in place: never a JSON without its PDF.
            jsonTemp = written(folder, out -> LazyJson.MAPPER.writeValue(out, record));
            pdfTemp = written(folder, out -> new RecordWriter(fonts).write(record, out));
            jsonPlaced.place(jsonTemp);
            jsonTemp = null;
            pdfPlaced.place(pdfTemp);
            pdfTemp = null;
            jsonPlaced.done();
            pdfPlaced.done();
            return new Exported(json, pdf);
        } catch (IOException | RuntimeException e) {
            pdfPlaced.undo();
            jsonPlaced.undo();
            if (e instanceof StoreException.Refused refused) {
                throw refused;
            }
            throw new StoreException("Could not write the record to " + folder + ": " + Problems.explain(rootCause(e))
                    + ". Check the folder can be written and has free space. Nothing was written.", e);
        } finally {
            deleteQuietly(jsonTemp);
            deleteQuietly(pdfTemp);
        }
    }

    /** iText wraps the disk's own error ("No space left on device") in its own; that one says what happened. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof IOException ? t : e;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a hidden .part file
            }
        }
    }

    /** Erases the patient's data and the handout files the log names (only if unchanged since written). */
    public Erased erase(long patientId) {
        PatientRepository.Erasure erasure = patients.erase(patientId);
        int deleted = 0;
        for (PatientRepository.HandoutFile f : erasure.handoutFiles()) {
            // Where the log names it, or by its name in this PC's printables folder; only the bytes that were written.
            var file = printables.find(f.file(), f.sha256());
            try {
                if (file.isPresent()) {
                    Files.delete(file.get());
                    deleted++;
                }
            } catch (IOException e) {
                // a handout that cannot be removed stays; the count tells staff
            }
        }
        return new Erased(erasure.notes(), erasure.plans(), erasure.handouts(), deleted, erasure.wiped());
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a new hidden temporary file in {@code folder} and returns it. */
    private static Path written(Path folder, Body body) throws IOException {
        Path temp = Files.createTempFile(folder.toAbsolutePath(), ".record-", ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}

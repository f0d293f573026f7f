package org.physiokiosk.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.catalog.DosageSentence;
import org.physiokiosk.handout.HandoutFonts;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.plan.PlanItem;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.NoteRepository;
import org.physiokiosk.store.PatientRepository;
import org.physiokiosk.store.PlanRepository;
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
    public record Erased(int notes, int plans, int handouts, int filesDeleted) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Catalogue catalogue;
    private final PatientRepository patients;
    private final PlanRepository plans;
    private final NoteRepository notes;
    private final HandoutRepository handouts;
    private final HandoutFonts fonts;
    private final Clock clock;

    public PatientRecordService(Catalogue catalogue, PatientRepository patients, PlanRepository plans,
                                NoteRepository notes, HandoutRepository handouts, HandoutFonts fonts, Clock clock) {
        this.catalogue = catalogue;
        this.patients = patients;
        this.plans = plans;
        this.notes = notes;
        this.handouts = handouts;
        this.fonts = fonts;
        this.clock = clock;
    }

    public PatientRecord record(long patientId) {
        Patient patient = patients.find(patientId).orElseThrow(() ->
                new StoreException("There is no patient number " + patientId + "."));
        List<PatientRecord.Plan> planList = new ArrayList<>();
        for (PlanRepository.StoredPlan p : plans.forPatient(patientId, catalogue)) {
            List<PatientRecord.Item> items = new ArrayList<>();
            for (PlanItem i : p.draft().items()) {
                items.add(new PatientRecord.Item(i.exercise().id(), i.exercise().name(), DosageSentence.of(i.dosage()),
                        i.personalInstruction()));
            }
            planList.add(new PatientRecord.Plan(p.id(), p.series(), p.version(), p.createdAt(), p.draft().therapist(),
                    p.draft().nextAppointment(), p.draft().patientInstructions(), p.draft().largePrint(), items));
        }
        List<PatientRecord.Handout> handoutList = handouts.forPatient(patientId).stream()
                .map(h -> new PatientRecord.Handout(h.id(), h.planId(), h.producedAt(), h.file(), h.sha256(),
                        h.printedOn()))
                .toList();
        return new PatientRecord(patient, clock.instant(), planList, notes.history(patientId), handoutList);
    }

    /** Writes {@code patient-N-record.json} and {@code patient-N-record.pdf} into {@code folder}. */
    public Exported export(long patientId, Path folder) {
        PatientRecord record = record(patientId);
        Path json = folder.resolve("patient-" + patientId + "-record.json");
        Path pdf = folder.resolve("patient-" + patientId + "-record.pdf");
        try {
            Files.createDirectories(folder);
            writeAtomically(json, out -> JSON.writeValue(out, record));
            writeAtomically(pdf, out -> new RecordWriter(fonts).write(record, out));
            return new Exported(json, pdf);
        } catch (IOException e) {
            throw new StoreException("Could not write the record to " + folder + " (" + e.getMessage()
                    + "). Check the folder can be written and has free space.", e);
        }
    }

    /** Erases the patient's data and the handout files the log names (only if unchanged since written). */
    public Erased erase(long patientId) {
        PatientRepository.Erasure erasure = patients.erase(patientId);
        int deleted = 0;
        for (PatientRepository.HandoutFile f : erasure.handoutFiles()) {
            Path file = Path.of(f.file());
            try {
                if (Files.isRegularFile(file) && f.sha256().equals(sha256(file))) {
                    Files.delete(file);
                    deleted++;
                }
            } catch (IOException e) {
                // a handout that cannot be removed stays; the count tells staff
            }
        }
        return new Erased(erasure.notes(), erasure.plans(), erasure.handouts(), deleted);
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Body body) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".record-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

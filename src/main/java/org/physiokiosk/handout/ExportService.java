package org.physiokiosk.handout;

import com.itextpdf.commons.exceptions.ITextException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Catalogue;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.EmergencyNumber;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.pictures.PictureCheck;
import org.physiokiosk.pictures.PictureDecoding;
import org.physiokiosk.pictures.PictureLimits;
import org.physiokiosk.pictures.PictureProblem;
import org.physiokiosk.plan.PlanDraft;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.store.ClinicRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.HandoutRepository;
import org.physiokiosk.store.OutputGuard;
import org.physiokiosk.store.Problems;
import org.physiokiosk.store.SqliteFiles;
import org.physiokiosk.store.PlanRepository;
import org.physiokiosk.store.StoreException;

/**
 * The end of the 60-second flow: records the plan (with the private note), writes the handout and logs
 * it with its SHA-256 and a snapshot of exactly what it printed, all as one transaction: if the PDF
 * cannot be written, nothing is recorded and no partial file is left. Text no font can print and a logo
 * a handout cannot print are refused before anything is recorded. Used by the kiosk and the command
 * line alike. Never call on the Swing event thread.
 */
public final class ExportService {

    /**
     * Makes a handout's snapshot (JSON) while its PDF renders on the caller's thread: on a cold start the two take
     * about as long as each other, and neither belongs inside the recording transaction.
     */
    private static final java.util.concurrent.ExecutorService SNAPSHOTS =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "handout-snapshot");
                t.setDaemon(true);
                return t;
            });

    /** The library as it stands at each export: the clinic's own exercises change while the kiosk runs. */
    private final java.util.function.Supplier<Catalogue> catalogue;
    private final Database database;
    private final ClinicRepository clinics;
    private final PlanRepository plans;
    private final HandoutRepository handouts;
    private final HandoutRenderer renderer;
    private final HandoutFonts fonts;
    private final Clock clock;
    private final OutputGuard guard;
    private final PrintablesFolder printables;
    /** The emergency number of this computer's country, printed until the clinic has set its own. */
    private final java.util.function.Supplier<java.util.Optional<EmergencyNumber>> localEmergency;

    /** An export service whose handouts, until the clinic sets its emergency number, suggest no local number. */
    public ExportService(Catalogue catalogue, Database database, ClinicRepository clinics, PlanRepository plans,
                         HandoutRepository handouts, HandoutRenderer renderer, HandoutFonts fonts, Clock clock,
                         PrintablesFolder printables) {
        this(() -> catalogue, database, clinics, plans, handouts, renderer, fonts, clock, printables,
                java.util.Optional::empty);
    }

    /**
     * An export service that reads the library afresh for each handout: the clinic adds to it while it runs.
     * {@code localEmergency} gives the emergency number of this computer's country (empty: none known).
     */
    public static ExportService live(java.util.function.Supplier<Catalogue> library, Database database,
            ClinicRepository clinics, PlanRepository plans, HandoutRepository handouts, HandoutRenderer renderer,
            HandoutFonts fonts, Clock clock, PrintablesFolder printables,
            java.util.function.Supplier<java.util.Optional<EmergencyNumber>> localEmergency) {
        return new ExportService(library, database, clinics, plans, handouts, renderer, fonts, clock, printables,
                localEmergency);
    }

    private ExportService(java.util.function.Supplier<Catalogue> catalogue, Database database,
            ClinicRepository clinics, PlanRepository plans, HandoutRepository handouts, HandoutRenderer renderer,
            HandoutFonts fonts, Clock clock, PrintablesFolder printables,
            java.util.function.Supplier<java.util.Optional<EmergencyNumber>> localEmergency) {
        this.catalogue = catalogue;
        this.localEmergency = localEmergency;
        this.printables = printables;
        this.database = database;
        this.clinics = clinics;
        this.plans = plans;
        this.handouts = handouts;
        this.renderer = renderer;
        this.fonts = fonts;
        this.clock = clock;
        this.guard = OutputGuard.forRecord(database.file());
    }

    /**
     * Records the plan and writes its handout into {@code folder} under a safe generated name; if a file of that
     * name is already there, the next free name ({@code ...-2.pdf}) is used: nothing is ever replaced.
     */
    public ExportResult exportToFolder(Patient patient, PlanDraft draft, Path folder) throws ExportException {
        privateFolder(folder);
        LocalDate today = LocalDate.now(clock);
        return export(patient, draft, null, false,
                planNumber -> OutputGuard.free(folder.resolve(HandoutFileName.of(today, patient.name(), planNumber))));
    }

    /**
     * Records the plan and writes its handout to the file the user chose, on the given paper (null: the clinic's).
     * An existing file is replaced only when {@code replace} is true and it is a PDF; the database, its side files
     * and the backups are never written over (a {@link StoreException.Refused} says so before anything is recorded).
     */
    public ExportResult exportToFile(Patient patient, PlanDraft draft, Path file, PaperSize paper, boolean replace)
            throws ExportException {
        guard.check(file, OutputGuard.Kind.PDF, replace);
        return export(patient, draft, paper, replace, planNumber -> file);
    }

    /**
     * Writes an earlier handout again from its snapshot: the same text, whatever changed in the catalogue
     * or the clinic's settings since. The reprint is logged as a handout of the same plan.
     */
    public ExportResult reprint(long handoutId, Path file, boolean replace) throws ExportException {
        var original = handouts.find(handoutId).orElseThrow(() -> new StoreException.Refused(
                "There is no handout number " + handoutId + " (see: handouts --patient ID)."));
        String json = handouts.snapshot(handoutId).orElseThrow(() -> new StoreException.Refused(
                "Handout " + handoutId + " was made before snapshots were kept, so it cannot be reprinted exactly."));
        guard.check(file, OutputGuard.Kind.PDF, replace);
        java.util.Map<String, String> shas = HandoutSnapshot.pictureShas(json);
        java.util.Map<String, String> svgs = handouts.pictures(shas.values());
        java.util.Map<String, String> pictures = new java.util.HashMap<>();
        // A picture stored by an earlier version, which checked less, is drawn as the check re-writes it now (or not
        // at all): never what it links to, which may have changed since.
        shas.forEach((id, sha) -> org.physiokiosk.pictures.SvgCheck.plain(svgs.get(sha))
                .ifPresent(svg -> pictures.put(id, svg)));
        HandoutContent content = HandoutSnapshot.fromJson(json).withPictures(pictures);
        try {
            checkLogo(content);
        } catch (ExportException e) {
            // Changing the clinic's logo now does not change the copy in the snapshot: say so.
            throw new ExportException(Messages.get("handout.reprintLogo", handoutId), e.getCause());
        }
        Path target = file.toAbsolutePath().normalize();
        OutputGuard.Placement placement = new OutputGuard.Placement(target, replace);
        try {
            Rendered rendered = render(content, target);
            try {
                ExportResult result = record(original.planId(), content, HandoutSnapshot.toJson(content), target,
                        rendered, placement);
                placement.done();
                return result;
            } catch (StoreException e) {
                if (e instanceof StoreException.Refused) {
                    throw e;
                }
                throw new ExportException(Messages.get("handout.writeFailed", target, e.getMessage()), e);
            } finally {
                rendered.discard();
            }
        } catch (Throwable notRecorded) {
            placement.undo();
            throw notRecorded;
        }
    }

    /** Records that an exported handout went to this printer. */
    public void markPrinted(ExportResult result, String printer) {
        handouts.markPrinted(result.handoutId(), printer);
    }

    /** The handout as it would print, without recording anything: for the preview. */
    public byte[] preview(Patient patient, PlanDraft draft) throws ExportException {
        HandoutContent content = content(patient, draft, null, 0);
        checkPrintable(content);
        checkLogo(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.write(content, out);
        } catch (IOException e) {
            throw new ExportException("The preview could not be made: " + e.getMessage(), e);
        } catch (UnusableLogoException e) {
            throw logoRefused(e.problem());
        }
        return out.toByteArray();
    }

    private HandoutContent content(Patient patient, PlanDraft draft, PaperSize paper, long planNumber) {
        ClinicSettings clinic = clinics.load().orElseThrow(() -> new IllegalStateException(
                "The clinic's settings are missing from the database: open Clinic settings and save them."));
        HandoutContent content = HandoutContent.of(catalogue.get(), clinic, patient.name(), planNumber,
                LocalDate.now(clock), draft);
        // The computer's country is looked up only for a clinic that has not given its own number.
        if (clinic.emergencyNumber().isEmpty()) {
            content = content.withLocalEmergency(localEmergency.get());
        }
        return paper == null ? content : content.withPaper(paper);
    }

    /** Refuses, before anything is recorded, text that no shipped font can print. */
    private void checkPrintable(HandoutContent content) throws UnprintableTextException {
        for (HandoutContent.Typed typed : content.typedTexts()) {
            List<String> missing = fonts.missing(typed.text());
            if (!missing.isEmpty()) {
                throw new UnprintableTextException(Messages.get("handout.unprintable", typed.where(),
                        missing.stream().map(HandoutFonts::describe).collect(Collectors.joining(", "))));
            }
        }
    }

    /**
     * Refuses, before anything is recorded or decoded, a logo a handout cannot print: one stored before
     * logos were checked, or put in the database by other means. Reads the header, decodes nothing.
     */
    private static void checkLogo(HandoutContent content) throws ExportException {
        if (content.clinic().hasLogo()) {
            byte[] logo = content.clinic().logo();
            try {
                PictureCheck.check(logo, PictureLimits.HANDOUT);
                // Garbled pixel data passes the structure check; decode once (bounded by the check above) per logo.
                String key = java.util.HexFormat.of().formatHex(sha256(logo));
                if (!DECODED_LOGOS.contains(key)) {
                    PictureDecoding.check(logo, PictureLimits.HANDOUT);
                    DECODED_LOGOS.add(key);
                }
            } catch (PictureProblem problem) {
                throw logoRefused(problem);
            }
        }
    }

    /** Logos (by SHA-256) that decoded in full once already in this process. */
    private static final java.util.Set<String> DECODED_LOGOS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static ExportException logoRefused(PictureProblem problem) {
        String message = problem.kind() == PictureProblem.Kind.TOO_LARGE
                ? Messages.get("handout.logoTooLarge", problem.header().width(), problem.header().height(),
                        problem.limits().maxSide(), problem.limits().maxMegapixels())
                : Messages.get("handout.logoDamaged");
        return new ExportException(message, problem);
    }

    /** How often an export renders again because another kiosk recorded a plan while it rendered. */
    private static final int RENDER_ATTEMPTS = 5;

    /**
     * Renders the handout first, with the plan number it will get, outside any transaction; then records the plan,
     * logs the handout and puts the file in place in one short transaction. A second kiosk therefore never waits on
     * a render. On the clinic server the number is reserved from the server first, so another PC's plans never take
     * it; in a file, if another process recorded a plan meanwhile, the number differs: nothing is kept and it renders
     * again.
     */
    private ExportResult export(Patient patient, PlanDraft draft, PaperSize paper, boolean replace,
                                LongFunction<Path> file) throws ExportException {
        HandoutContent first = content(patient, draft, paper, 0);
        checkPrintable(first);
        checkLogo(first);
        for (int attempt = 1; ; attempt++) {
            long planNumber = plans.reserveNumber();
            HandoutContent content = content(patient, draft, paper, planNumber);
            Path target = file.apply(planNumber).toAbsolutePath().normalize();
            java.util.concurrent.Future<String> snapshot = SNAPSHOTS.submit(() -> HandoutSnapshot.toJson(content));
            Rendered rendered = render(content, target);
            String json = snapshotOf(snapshot);
            OutputGuard.Placement placement = new OutputGuard.Placement(target, replace);
            try {
                ExportResult result = database.transaction(c -> {
                    long recorded = plans.record(draft, planNumber);
                    if (recorded != planNumber) {
                        throw new Raced();
                    }
                    return record(planNumber, content, json, target, rendered, placement);
                });
                placement.done();
                return result;
            } catch (Raced raced) {
                undo(placement);
                if (attempt == RENDER_ATTEMPTS) {
                    throw new ExportException(Messages.get("handout.busy"), raced);
                }
            } catch (StoreException.Refused refused) {
                undo(placement);
                throw refused;
            } catch (StoreException notRecorded) {
                // The commit failed (a full disk, say) after the file was placed: take it back, and put back a PDF
                // it replaced, so there is neither a file without a record nor a record without its file.
                // Not a folder's fault (the record could not take it: a full disk, a lost clinic server): say the record's
                // own words, which end with what to do.
                undo(placement);
                throw new ExportException(Messages.get("handout.notRecorded", notRecorded.getMessage()), notRecorded);
            } catch (RuntimeException | Error notRecorded) {
                undo(placement);
                throw notRecorded;
            } finally {
                rendered.discard();
            }
        }
    }

    /** The snapshot made beside the render; a failure to make it is thrown as it was. */
    private static String snapshotOf(java.util.concurrent.Future<String> snapshot) {
        try {
            return snapshot.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the handout's snapshot was made", e);
        }
    }

    /** Another kiosk recorded a plan while this one rendered: the transaction rolls back and the render is redone. */
    private static final class Raced extends RuntimeException {
        Raced() {
            super("another kiosk recorded a plan meanwhile", null, false, false);
        }
    }

    private static void undo(OutputGuard.Placement placement) {
        if (placement != null) {
            placement.undo();
        }
    }

    /** A handout rendered into a hidden temporary file beside its target, with its SHA-256. */
    private record Rendered(Path temp, String sha256) {
        /** Removes the temporary file if it was not put in place. */
        void discard() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named .part; nothing else to do
            }
        }
    }

    /**
     * The printables folder holds every patient's handouts: made readable by its owner only, as the record is. A
     * folder this user does not own (a share the clinic's PCs use) keeps the permissions its owner gave it.
     */
    private static void privateFolder(Path folder) throws ExportException {
        try {
            SqliteFiles.createPrivateFolder(folder);
            if (Files.getOwner(folder).getName().equals(System.getProperty("user.name"))) {
                SqliteFiles.makePrivate(folder);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without owners or permissions (Windows keeps a user's folders to that user)
        } catch (IOException e) {
            throw new ExportException(Messages.get("handout.writeFailed", folder, Problems.explain(e)), e);
        }
    }

    /** Renders the PDF into a temporary file in the target's folder: no transaction, no lock. */
    private Rendered render(HandoutContent content, Path target) throws ExportException {
        Path folder = target.getParent();
        Path temp = null;
        try {
            SqliteFiles.createPrivateFolder(folder);
            temp = Files.createTempFile(folder, ".handout-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                renderer.write(content, out);
            } catch (ITextException e) {
                throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause(); // the file could not take the pages (a full disk): said as the file's problem
            }
            Rendered rendered = new Rendered(temp, HexFormat.of().formatHex(sha.digest()));
            temp = null;
            return rendered;
        } catch (UnusableLogoException e) {
            throw logoRefused(e.problem()); // not a folder or disk problem, whatever the writer was doing
        } catch (IOException e) {
            throw new ExportException(Messages.get("handout.writeFailed", target, Problems.explain(e)), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // as above
                }
            }
        }
    }

    /**
     * Logs the rendered handout with its snapshot and puts the file in place, inside the caller's transaction (or
     * its own); the caller takes the placement back if that transaction does not commit.
     */
    private ExportResult record(long planNumber, HandoutContent content, String snapshot, Path target,
                                Rendered rendered, OutputGuard.Placement placement) {
        long handoutId = database.transaction(c -> {
            handouts.storePictures(HandoutSnapshot.pictureSvgs(content));
            long id = handouts.log(planNumber, printables.name(target), rendered.sha256(), clock.instant(), snapshot)
                    .id();
            try {
                placement.place(rendered.temp());
            } catch (IOException e) {
                throw new StoreException(Problems.explain(e), e);
            }
            return id;
        });
        return new ExportResult(planNumber, handoutId, target, rendered.sha256());
    }
}

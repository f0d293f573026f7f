package org.physiokiosk.kiosk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;
import org.physiokiosk.pictures.PictureDecoding;
import org.physiokiosk.pictures.PictureLimits;
import org.physiokiosk.pictures.PictureProblem;

/** State behind the clinic settings screen: the values being edited, their problems, the logo. */
public final class ClinicSettingsModel {

    private final Listeners changed = new Listeners();
    private ClinicSettings saved;
    private byte[] logo = new byte[0];
    private Map<String, String> problems = Map.of();
    private String status = "";

    public void loaded(ClinicSettings settings) {
        saved = settings;
        logo = settings.logo();
        problems = Map.of();
        status = "";
        changed.fire();
    }

    public Optional<ClinicSettings> saved() {
        return Optional.ofNullable(saved);
    }

    public byte[] logo() {
        return logo.clone();
    }

    /** Sets the logo unchecked (null: none), clearing a problem shown for an earlier choice; save still checks. */
    public void setLogo(byte[] value) {
        logoChosen(new LogoChoice(value == null ? new byte[0] : value, Optional.empty()));
    }

    /** A logo file the user chose, with what is wrong with it (empty when a handout can print it). */
    public record LogoChoice(byte[] bytes, Optional<String> problem) {

        /**
         * Checks {@code bytes} fully: the quick check of the settings, then, when the size is bounded,
         * decoding every pixel. Takes up to a few hundred milliseconds: call off the event thread.
         */
        public static LogoChoice of(byte[] bytes) {
            Optional<String> problem = ClinicSettings.logoProblem(bytes);
            if (problem.isEmpty() && bytes.length > 0) {
                try {
                    PictureDecoding.check(bytes, PictureLimits.HANDOUT);
                } catch (PictureProblem found) {
                    problem = Optional.of(ClinicSettings.logoMessage(found));
                }
            }
            return new LogoChoice(bytes.clone(), problem);
        }
    }

    /** Takes a chosen logo a handout can print; otherwise keeps the current logo and says what is wrong. */
    public void logoChosen(LogoChoice choice) {
        Map<String, String> now = new LinkedHashMap<>(problems);
        if (choice.problem().isPresent()) {
            now.put("logo", choice.problem().get());
            status = choice.problem().get();
        } else {
            logo = choice.bytes().clone();
            if (now.remove("logo") != null) {
                status = String.join(" ", now.values());
            }
        }
        problems = Map.copyOf(now);
        changed.fire();
    }

    /** Checks the typed values; returns the settings to save when there is no problem. */
    public Optional<ClinicSettings> check(String name, String address, String phone, String emergencyNumber,
                                         String doctorLine, PaperSize paper) {
        ClinicSettings candidate = new ClinicSettings(name, address, phone, emergencyNumber, logo, paper, doctorLine);
        problems = candidate.problems();
        status = problems.isEmpty() ? "" : String.join(" ", problems.values());
        changed.fire();
        return problems.isEmpty() ? Optional.of(candidate) : Optional.empty();
    }

    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    public void savedAs(ClinicSettings settings, String message) {
        saved = settings;
        status = message;
        changed.fire();
    }

    /** Shows a message under the form (a success or a problem). */
    public void status(String message) {
        status = message;
        changed.fire();
    }

    public String status() {
        return status;
    }

    public void onChanged(Runnable r) {
        changed.add(r);
    }
}

package org.physiokiosk.clinic;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.pictures.PictureCheck;
import org.physiokiosk.pictures.PictureLimits;
import org.physiokiosk.pictures.PictureProblem;

/**
 * The clinic's details printed on every handout, kept in the database and edited by staff.
 * {@code logo} is a PNG or JPEG image, or an empty array for none; {@link #problems()} refuses one a
 * handout cannot print (over 1 MB, too many pixels, damaged).
 */
public record ClinicSettings(String name, String address, String phone, String emergencyNumber, byte[] logo,
                             PaperSize paper, String doctorLine) {

    public static final int MAX_LOGO_BYTES = 1_000_000;
    public static final int MAX_TEXT = 120;

    public ClinicSettings {
        name = strip(name);
        address = strip(address);
        phone = strip(phone);
        emergencyNumber = strip(emergencyNumber);
        logo = logo == null ? new byte[0] : logo.clone();
        paper = paper == null ? PaperSize.A4 : paper;
        doctorLine = strip(doctorLine);
    }

    /** Settings with no doctor or out-of-hours line (the "Call your doctor today" signs then print no number). */
    public ClinicSettings(String name, String address, String phone, String emergencyNumber, byte[] logo,
            PaperSize paper) {
        this(name, address, phone, emergencyNumber, logo, paper, "");
    }

    /** The same settings with this doctor or out-of-hours line (empty: none). */
    public ClinicSettings withDoctorLine(String value) {
        return new ClinicSettings(name, address, phone, emergencyNumber, logo, paper, value);
    }

    public boolean hasLogo() {
        return logo.length > 0;
    }

    /**
     * Whether the clinic has said who it is: its name and the emergency number its patients call (saving needs
     * both). Until then a handout prints no clinic name and suggests the local emergency number, and the kiosk asks
     * an administrator for them.
     */
    public boolean hasDetails() {
        return !name.isEmpty() && !emergencyNumber.isEmpty();
    }

    public ClinicSettings withPaper(PaperSize value) {
        return new ClinicSettings(name, address, phone, emergencyNumber, logo, value, doctorLine);
    }

    /** What is wrong with these settings, by field name; empty when they can be saved. */
    public Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        if (name.isEmpty()) {
            out.put("name", "Enter the clinic's name: it heads every handout.");
        }
        if (emergencyNumber.isEmpty()) {
            out.put("emergencyNumber", "Enter the emergency number patients should call (for example 911, 999 or 112).");
        }
        for (var field : Map.of("name", name, "address", address, "phone", phone,
                "emergencyNumber", emergencyNumber, "doctorLine", doctorLine).entrySet()) {
            if (field.getValue().length() > MAX_TEXT) {
                out.putIfAbsent(field.getKey(), "Use at most " + MAX_TEXT + " characters.");
            }
        }
        logoProblem(logo).ifPresent(problem -> out.put("logo", problem));
        return out;
    }

    /**
     * What is wrong with a logo, in words that say what to do; empty for none or a logo a handout can
     * print. Judges the pixels by the header and walks the file's structure, decoding nothing: quick on
     * any thread. Garbled compressed data needs the full decoding check; {@link #logoMessage} words it.
     */
    public static Optional<String> logoProblem(byte[] logo) {
        if (logo.length == 0) {
            return Optional.empty();
        }
        if (logo.length > MAX_LOGO_BYTES) {
            return Optional.of(Messages.get("clinic.logoTooHeavy"));
        }
        try {
            PictureCheck.check(logo, PictureLimits.HANDOUT);
            return Optional.empty();
        } catch (PictureProblem problem) {
            return Optional.of(logoMessage(problem));
        }
    }

    /** A problem found in the logo, in words that say what to do. */
    public static String logoMessage(PictureProblem problem) {
        return switch (problem.kind()) {
            case NOT_PNG_OR_JPEG -> Messages.get("clinic.logoNotPngOrJpeg");
            case DAMAGED -> Messages.get("clinic.logoDamaged");
            case TOO_LARGE -> Messages.get("clinic.logoTooLarge", problem.header().width(), problem.header().height(),
                    problem.limits().maxSide(), problem.limits().maxMegapixels());
        };
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicSettings c && name.equals(c.name) && address.equals(c.address)
                && phone.equals(c.phone) && emergencyNumber.equals(c.emergencyNumber) && Arrays.equals(logo, c.logo)
                && paper == c.paper && doctorLine.equals(c.doctorLine);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, phone, emergencyNumber, Arrays.hashCode(logo), paper, doctorLine);
    }

    @Override
    public String toString() {
        return "ClinicSettings[" + name + ", " + paper + ", logo " + logo.length + " bytes]";
    }
}

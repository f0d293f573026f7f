package org.physiokiosk.clinic;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The clinic's details printed on every handout, kept in the database and edited by staff.
 * {@code logo} is a PNG or JPEG image, or an empty array for none.
 */
public record ClinicSettings(String name, String address, String phone, String emergencyNumber, byte[] logo,
                             PaperSize paper) {

    public static final int MAX_LOGO_BYTES = 1_000_000;
    public static final int MAX_TEXT = 120;

    public ClinicSettings {
        name = strip(name);
        address = strip(address);
        phone = strip(phone);
        emergencyNumber = strip(emergencyNumber);
        logo = logo == null ? new byte[0] : logo.clone();
        paper = paper == null ? PaperSize.A4 : paper;
    }

    public boolean hasLogo() {
        return logo.length > 0;
    }

    public ClinicSettings withPaper(PaperSize value) {
        return new ClinicSettings(name, address, phone, emergencyNumber, logo, value);
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
                "emergencyNumber", emergencyNumber).entrySet()) {
            if (field.getValue().length() > MAX_TEXT) {
                out.putIfAbsent(field.getKey(), "Use at most " + MAX_TEXT + " characters.");
            }
        }
        if (logo.length > MAX_LOGO_BYTES) {
            out.put("logo", "The logo is larger than 1 MB: choose a smaller PNG or JPEG.");
        } else if (hasLogo() && !isPng(logo) && !isJpeg(logo)) {
            out.put("logo", "The logo must be a PNG or JPEG image.");
        }
        return out;
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicSettings c && name.equals(c.name) && address.equals(c.address)
                && phone.equals(c.phone) && emergencyNumber.equals(c.emergencyNumber) && Arrays.equals(logo, c.logo)
                && paper == c.paper;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, phone, emergencyNumber, Arrays.hashCode(logo), paper);
    }

    @Override
    public String toString() {
        return "ClinicSettings[" + name + ", " + paper + ", logo " + logo.length + " bytes]";
    }
}

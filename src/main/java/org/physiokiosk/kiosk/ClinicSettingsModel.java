package org.physiokiosk.kiosk;

import java.util.Map;
import java.util.Optional;
import org.physiokiosk.clinic.ClinicSettings;
import org.physiokiosk.clinic.PaperSize;

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

    public void setLogo(byte[] value) {
        logo = value == null ? new byte[0] : value.clone();
        changed.fire();
    }

    /** Checks the typed values; returns the settings to save when there is no problem. */
    public Optional<ClinicSettings> check(String name, String address, String phone, String emergencyNumber,
                                         PaperSize paper) {
        ClinicSettings candidate = new ClinicSettings(name, address, phone, emergencyNumber, logo, paper);
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

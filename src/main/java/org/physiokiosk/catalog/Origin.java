package org.physiokiosk.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Who wrote a catalogue entry: shipped with Physio Kiosk, or added by this clinic. */
public enum Origin {
    SEED("seed"),
    CLINIC("clinic");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Origin> fromId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }
}

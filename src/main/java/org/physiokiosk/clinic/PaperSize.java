package org.physiokiosk.clinic;

import java.util.Arrays;
import java.util.Optional;

/** The paper the clinic's printer holds. */
public enum PaperSize {
    A4("a4", "A4"),
    LETTER("letter", "US Letter");

    private final String id;
    private final String label;

    PaperSize(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return label;
    }

    public static Optional<PaperSize> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}

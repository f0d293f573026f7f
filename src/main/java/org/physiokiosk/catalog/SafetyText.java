package org.physiokiosk.catalog;

import java.util.List;

/** The "Stop and get help" box and the disclaimer: always printed. */
public record SafetyText(String heading, String intro, List<String> redFlags, String emergency,
                         String injuryWarning, String disclaimer) {

    public SafetyText {
        redFlags = List.copyOf(redFlags);
    }
}

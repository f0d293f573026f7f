package org.physiokiosk.catalog;

import java.util.List;

/**
 * One of the clinic's own templates as stored: its exercises by id with the dosage to start from, its body region,
 * the clinic's note or source, and whether it is retired (no longer offered). Exercises are looked up in the
 * library when the template is used, so a changed clinic exercise is used at its latest version.
 */
public record ClinicTemplate(String id, String name, String bodyRegion, String note, List<ItemRef> items,
                             boolean retired) {

    /** An exercise of the template by id, with its starting dosage. */
    public record ItemRef(String exerciseId, Dosage dosage) {
    }

    public ClinicTemplate {
        items = List.copyOf(items);
        note = note == null ? "" : note.strip();
    }
}

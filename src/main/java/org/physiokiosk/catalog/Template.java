package org.physiokiosk.catalog;

import java.util.List;

/** A named starter plan. */
public record Template(String id, String name, List<Item> items) {

    public Template {
        items = List.copyOf(items);
    }

    /** One exercise of the template, with the dosage to start from. */
    public record Item(Exercise exercise, Dosage dosage) {
    }

    @Override
    public String toString() {
        return name;
    }
}

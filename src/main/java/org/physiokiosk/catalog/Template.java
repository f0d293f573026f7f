package org.physiokiosk.catalog;

import java.util.List;

/**
 * A named starter plan for one body region, with the title the handout gives it ("Exercises to ease your low back
 * pain"), one line on its goal, and the public sources it follows.
 */
public record Template(String id, String name, List<Item> items, String bodyRegion, String title, String goal,
                       List<String> sources) {

    public Template {
        items = List.copyOf(items);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** One exercise of the template, with the dosage to start from. */
    public record Item(Exercise exercise, Dosage dosage) {
    }

    @Override
    public String toString() {
        return name;
    }
}

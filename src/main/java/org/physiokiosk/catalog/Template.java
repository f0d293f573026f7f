package org.physiokiosk.catalog;

import java.util.List;

/**
 * A named starter plan for one body region, with the title the handout gives it ("Exercises to ease your low back
 * pain"), one line on its goal, and the public sources it follows. A clinic's own template ({@code origin} clinic)
 * has no title or goal of its own (the handout uses its region's) and its note or source in {@code sources}.
 */
public record Template(String id, String name, List<Item> items, String bodyRegion, String title, String goal,
                       List<String> sources, Origin origin) {

    public Template {
        items = List.copyOf(items);
        sources = sources == null ? List.of() : List.copyOf(sources);
        origin = origin == null ? Origin.SEED : origin;
    }

    /** A shipped template. */
    public Template(String id, String name, List<Item> items, String bodyRegion, String title, String goal,
            List<String> sources) {
        this(id, name, items, bodyRegion, title, goal, sources, Origin.SEED);
    }

    /** One exercise of the template, with the dosage to start from. */
    public record Item(Exercise exercise, Dosage dosage) {
    }

    @Override
    public String toString() {
        return name;
    }
}

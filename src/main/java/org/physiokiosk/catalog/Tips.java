package org.physiokiosk.catalog;

import java.util.List;

/** The tips printed on every handout. */
public record Tips(String heading, List<String> tips) {

    public Tips {
        tips = List.copyOf(tips);
    }
}

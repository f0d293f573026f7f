package org.physiokiosk.handout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Every piece of text inside a value made of records, lists and maps (a handout's content, a patient's record): what
 * a document made from it can print, so that {@link HandoutFonts#provider(String)} reads the fonts for its scripts.
 * It walks the records' fields itself rather than trust a {@code toString()}, which may leave fields out.
 */
public final class PrintedText {

    private static final int DEEPEST = 16;

    private PrintedText() {
    }

    /** The text of {@code value}, each piece on its own line. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        collect(value, out, 0);
        return out.toString();
    }

    private static void collect(Object value, StringBuilder out, int depth) {
        if (value == null || depth > DEEPEST) {
            return;
        }
        if (value instanceof CharSequence text) {
            out.append(text).append('\n');
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, out, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, out, depth + 1);
                collect(v, out, depth + 1);
            });
        } else if (value instanceof Optional<?> maybe) {
            maybe.ifPresent(v -> collect(v, out, depth + 1));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                collect(field(value, c), out, depth + 1);
            }
        }
        // Anything else (numbers, dates, choices, a logo's bytes) prints in digits and Latin letters, which the
        // first font always has.
    }

    private static Object field(Object record, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}

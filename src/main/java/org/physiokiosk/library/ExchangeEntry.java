package org.physiokiosk.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.store.StoreException;

/**
 * One entry of an exercises file, read field by field. The file comes from outside, so every field is checked for
 * its type before it is used, and every refusal names the file, the entry (its number, and its id and name when it
 * has them) and what to fix.
 */
final class ExchangeEntry {

    /** The longest id an entry may have: ids made here are far shorter. */
    static final int MAX_ID = 100;

    /** How an exercises file is made, said in every refusal of its layout. */
    static final String HOW = "write the file with: exercises export --out FILE";

    private final String where;
    private final JsonNode node;

    /**
     * {@code what}: "exercise 3" or "template 1"; {@code node} its fields, or null when the entry is not an object.
     * {@code id} and {@code name}: the entry's own, quoted in messages when they are text.
     */
    ExchangeEntry(String source, String what, JsonNode node, JsonNode id, JsonNode name) {
        StringBuilder w = new StringBuilder(source).append(": ").append(what);
        List<String> names = new ArrayList<>();
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            names.add(ClinicExercises.shortName(id.asText()));
        }
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
            names.add("'" + ClinicExercises.shortName(name.asText()) + "'");
        }
        if (!names.isEmpty()) {
            w.append(" (").append(String.join(", ", names)).append(")");
        }
        this.where = w.toString();
        this.node = node != null && node.isObject() ? node : null;
    }

    /** A refusal of this entry: "FILE: exercise 3 (id, 'name'): {@code problem}." */
    StoreException.Refused refused(String problem) {
        return new StoreException.Refused(where + ": " + problem + ".");
    }

    /** A refusal of the entry as a whole: "FILE: exercise 3 is not {@code what}." */
    StoreException.Refused isNot(String what) {
        return new StoreException.Refused(where + " is not " + what + ".");
    }

    boolean isObject() {
        return node != null;
    }

    /** Refuses the entry when any of these fields is missing (or null), naming them all. */
    void required(String... fields) {
        List<String> missing = Arrays.stream(fields).filter(f -> node.path(f).isMissingNode() || node.path(f).isNull())
                .toList();
        if (missing.size() == 1) {
            throw refused("the field '" + missing.get(0) + "' is missing; " + HOW);
        }
        if (!missing.isEmpty()) {
            throw refused("the fields " + String.join(", ", missing) + " are missing; " + HOW);
        }
    }

    /** A text field; null when it is absent (or null). */
    String text(String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw refused("the field '" + field + "' must be text, not " + kindOf(value));
        }
        return value.asText();
    }

    /** The entry's id, which messages and the list of what was imported show; null when it is absent. */
    String id() {
        String id = text("id");
        if (id == null) {
            return null;
        }
        if (id.isBlank()) {
            throw refused("its id is empty; " + HOW);
        }
        if (id.length() > MAX_ID) {
            throw refused("its id is " + id.length() + " characters long; an id has " + MAX_ID + " at most");
        }
        if (org.physiokiosk.patient.PatientName.hasControlCharacters(id)) {
            throw refused("its id holds a control character; " + HOW);
        }
        return id;
    }

    /** A list of text; empty when it is absent (or null). */
    List<String> texts(String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw refused("the field '" + field + "' must be a list of text, not " + kindOf(value));
        }
        List<String> out = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw refused("the field '" + field + "' must be a list of text; item " + (out.size() + 1) + " is "
                        + kindOf(item));
            }
            out.add(item.asText());
        }
        return out;
    }

    /** A whole number; null when it is absent (or null). */
    Integer whole(String field) {
        return whole(node.path(field), "the field '" + field + "'");
    }

    private Integer whole(JsonNode value, String what) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw refused(what + " must be a whole number, not " + kindOf(value));
        }
        return value.intValue();
    }

    /** A true or false; {@code otherwise} when it is absent (or null). */
    boolean yesNo(String field, boolean otherwise) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw refused("the field '" + field + "' must be true or false, not " + kindOf(value));
        }
        return value.booleanValue();
    }

    /** An object field, as an entry of its own fields (for a template's exercises); null when absent. */
    JsonNode object(String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw refused("the field '" + field + "' must be an object of fields, not " + kindOf(value));
        }
        return value;
    }

    /** A list field's items (for a template's exercises); empty when absent. */
    List<JsonNode> list(String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw refused("the field '" + field + "' must be a list, not " + kindOf(value));
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    /** The kind, as the file writes it ("STRENGTHEN") or as the catalogue does ("strengthen"). */
    ExerciseKind kind(String field) {
        String value = text(field);
        return Arrays.stream(ExerciseKind.values())
                .filter(k -> k.name().equalsIgnoreCase(value) || k.id().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> refused("the kind is '" + ClinicExercises.shortName(value) + "'; use stretch, "
                        + "strengthen, mobility or balance"));
    }

    /** A dosage ({@code what} names it in messages: "the dosage", "the dosage of its exercise 2"). */
    Dosage dosage(JsonNode value, String what) {
        if (value == null || !value.isObject()) {
            throw refused(what + " must be an object of fields (holdSeconds, repetitions, sets, eachSide, "
                    + "timesPerDay, daysPerWeek), not " + (value == null ? "missing" : kindOf(value)));
        }
        JsonNode side = value.path("eachSide");
        if (!side.isMissingNode() && !side.isNull() && !side.isBoolean()) {
            throw refused(what + "'s eachSide must be true or false, not " + kindOf(side));
        }
        try {
            return new Dosage(whole(value.path("holdSeconds"), what + "'s holdSeconds"),
                    whole(value.path("repetitions"), what + "'s repetitions"),
                    whole(value.path("sets"), what + "'s sets"), side.asBoolean(false),
                    whole(value.path("timesPerDay"), what + "'s timesPerDay"),
                    whole(value.path("daysPerWeek"), what + "'s daysPerWeek"));
        } catch (IllegalArgumentException e) {
            throw refused(what + "'s " + e.getMessage());
        }
    }

    /** What a JSON value is, in words: "a number", "a list". */
    static String kindOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number";
            case STRING -> "text";
            case NULL -> "empty (null)";
            default -> value.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

}

package org.physiokiosk.catalog;

import java.util.List;
import java.util.Optional;
import org.physiokiosk.patient.PatientName;

/**
 * How much a clinic's own exercise may hold, field by field. The kiosk's exercise editor lets staff write this much,
 * copying or changing an exercise saves no more, and an exercises file from another clinic brings in no more: a
 * card's name fits on one line of the handout and a card on one page.
 */
public final class ExerciseLimits {

    /** The name: a card's heading on one line. */
    public static final int NAME = 60;
    /** Why it helps, the take-care line, each step and when to move on: a sentence or two each. */
    public static final int LINE = 300;
    /** Steps, the starting position first. */
    public static final int STEPS = 8;
    /** The picture in words: what a screen reader reads in one breath. */
    public static final int ALT = 200;
    /** Other names people type to find it, each as long as a name. */
    public static final int ALIASES = 20;
    /** Where the facts come from, one source each (a title and an address). */
    public static final int SOURCES = 10;
    public static final int SOURCE = 1000;

    private ExerciseLimits() {
    }

    /**
     * What keeps {@code e} out of the clinic's library, as the end of a sentence that starts with the exercise ("...
     * cannot be saved: the level is 99; use 1 ..."), or empty. The name is checked as {@link LibraryName#problem}
     * does, as given (clean it first).
     */
    public static Optional<String> problem(Exercise e) {
        Optional<String> name = LibraryName.problem(e.name(), NAME);
        if (name.isPresent()) {
            return name;
        }
        if (e.kind() == null) {
            return Optional.of("the kind is missing; use stretch, strengthen, mobility or balance");
        }
        if (!Library.REGIONS.contains(e.bodyRegion())) {
            return Optional.of("the body region is '" + e.bodyRegion() + "'; use one of: "
                    + String.join(", ", Library.REGIONS));
        }
        if (!Library.POSITIONS.contains(e.position())) {
            return Optional.of("the starting position is '" + e.position() + "'; use one of: "
                    + String.join(", ", Library.POSITIONS));
        }
        if (e.level() < Library.MIN_LEVEL || e.level() > Library.MAX_LEVEL) {
            return Optional.of("the level is " + e.level() + "; use 1 (gentle start), 2 (building up) or 3 (stronger)");
        }
        for (String item : e.equipment()) {
            if (!Library.EQUIPMENT.contains(item)) {
                return Optional.of("the equipment '" + item + "' is not in the list: "
                        + String.join(", ", Library.EQUIPMENT));
            }
        }
        if (e.dosage() == null) {
            return Optional.of("the dosage is missing");
        }
        Optional<String> text = line("why it helps", e.purpose(), true)
                .or(() -> line("the take-care line", e.takeCare(), true))
                .or(() -> line("when to move on", e.moveOn(), false))
                .or(() -> text("the picture's description", e.picture(), false, ALT));
        if (text.isPresent()) {
            return text;
        }
        if (e.steps().isEmpty()) {
            return Optional.of("the steps are missing");
        }
        if (e.steps().size() > STEPS) {
            return Optional.of("there are " + e.steps().size() + " steps; keep it to " + STEPS + " short ones");
        }
        return each("step", e.steps(), Integer.MAX_VALUE, LINE)
                .or(() -> each("other name", e.aliases(), ALIASES, NAME))
                .or(() -> each("source", e.sources(), SOURCES, SOURCE));
    }

    private static Optional<String> line(String what, String value, boolean required) {
        return text(what, value, required, LINE);
    }

    private static Optional<String> text(String what, String value, boolean required, int most) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of(what + " is missing") : Optional.empty();
        }
        if (value.length() > most) {
            return Optional.of(what + " is " + value.length() + " characters long; keep it to " + most);
        }
        if (PatientName.hasControlCharacters(PatientName.normalise(value))) {
            return Optional.of(what + " holds a hidden control character; type it again");
        }
        return Optional.empty();
    }

    private static Optional<String> each(String what, List<String> values, int count, int most) {
        if (values.size() > count) {
            return Optional.of("there are " + values.size() + " " + what + "s; keep it to " + count);
        }
        for (int i = 0; i < values.size(); i++) {
            Optional<String> problem = text(what + " " + (i + 1), values.get(i), true, most);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }
}

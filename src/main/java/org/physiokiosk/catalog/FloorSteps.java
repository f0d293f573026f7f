package org.physiokiosk.catalog;

import java.util.List;
import java.util.Optional;

/**
 * How to get down to the floor and up again, for a plan with exercises on the floor: the box's heading, the steps
 * down and the steps up (numbered on from the steps down), the pictures of their key positions, and the starting
 * positions of the exercises it goes before (before the first that starts in one), and a line under the pictures.
 * The moves say how to go from one position on the floor to the next exercise's, or up to standing after the last
 * exercise there, each with the box's steps that show it.
 */
public record FloorSteps(String heading, String downHeading, List<String> down, String upHeading, List<String> up,
                         List<FallPicture> pictures, List<String> positions, String note, Moves moves,
                         List<Wording> onTheMat) {

    /** Standing up, as a move's {@code to}: after the last exercise on the floor. */
    public static final String STANDING = "standing";

    public static final FloorSteps NONE = new FloorSteps("", "", List.of(), "", List.of(), List.of(), List.of(), "",
            Moves.NONE, List.of());

    /** Words of an exercise's steps said otherwise once the reader is on the floor: "on your bed or on the floor". */
    public record Wording(String say, String as) {
    }

    /**
     * The moves, and how a card prints one: {@code from} heads a move into an exercise ({@code {position}} is where
     * the reader comes from), {@code finish} heads the move up after the last one on the floor, and {@code see}
     * points to the box's steps ({@code {steps}}: "10 and 11", "12 to 14"; {@code {heading}}: the box's heading).
     */
    public record Moves(String from, String finish, String see, List<Move> list) {
        public static final Moves NONE = new Moves("", "", "", List.of());

        public Moves {
            from = from == null ? "" : from;
            finish = finish == null ? "" : finish;
            see = see == null ? "" : see;
            list = list == null ? List.of() : List.copyOf(list);
        }
    }

    /** From one starting position to another (or to {@link #STANDING}): what to do, and the box's steps that show it. */
    public record Move(String from, String to, String text, List<Integer> steps) {
        public Move {
            steps = List.copyOf(steps);
        }
    }

    public FloorSteps {
        heading = heading == null ? "" : heading;
        downHeading = downHeading == null ? "" : downHeading;
        upHeading = upHeading == null ? "" : upHeading;
        down = down == null ? List.of() : List.copyOf(down);
        up = up == null ? List.of() : List.copyOf(up);
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
        positions = positions == null ? List.of() : List.copyOf(positions);
        note = note == null ? "" : note;
        moves = moves == null ? Moves.NONE : moves;
        onTheMat = onTheMat == null ? List.of() : List.copyOf(onTheMat);
    }

    /**
     * A step of an exercise done after getting down to the floor, as printed: the choice of the bed or the floor
     * becomes the mat, as the reader is already there and the next exercise is too.
     */
    public String onTheMat(String step) {
        String out = step;
        for (Wording w : onTheMat) {
            out = out.replace(w.say(), w.as());
        }
        return out;
    }

    public boolean isEmpty() {
        return down.isEmpty() && up.isEmpty();
    }

    /** Every step, down then up, as the handout numbers them. */
    public List<String> steps() {
        return java.util.stream.Stream.concat(down.stream(), up.stream()).toList();
    }

    /** Whether an exercise that starts in this position is done on the floor (and so the moves speak of it). */
    public boolean onTheFloor(String position) {
        return positions.contains(position);
    }

    /** The move from one position to another, when the catalogue gives one. */
    public Optional<Move> move(String from, String to) {
        return moves.list().stream().filter(m -> m.from().equals(from) && m.to().equals(to)).findFirst();
    }

    /** A move's heading as printed: where the reader comes from, or that the exercises on the floor are done. */
    public String head(Move move) {
        return move.to().equals(STANDING) ? moves.finish() : moves.from().replace("{position}", move.from());
    }

    /** What a move says after its heading: what to do, and which of the box's steps show it. */
    public String body(Move move) {
        return move.steps().isEmpty() ? move.text() : move.text() + " " + moves.see()
                .replace("{steps}", numbers(move.steps())).replace("{heading}", heading);
    }

    /** Step numbers as a reader says them: "10", "10 and 11", "12 to 14", "7 and 13 to 17". */
    static String numbers(List<Integer> steps) {
        // Runs of three or more read as a range; the parts are joined as a list.
        List<String> parts = new java.util.ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            int j = i;
            while (j + 1 < steps.size() && steps.get(j + 1) == steps.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(steps.get(i) + " to " + steps.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(Integer.toString(steps.get(k)));
                }
            }
            i = j + 1;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            out.append(k == 0 ? "" : k == parts.size() - 1 ? " and " : ", ").append(parts.get(k));
        }
        return out.toString();
    }
}

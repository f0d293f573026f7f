package org.physiokiosk.catalog;

/**
 * One of the clinic's own exercises as it stands: its latest version's text, that version's number, whether it
 * is retired (hidden from the library, still readable in old plans), the exercise it was copied from (null when
 * started blank) and its picture as SVG (null when it has none yet).
 */
public record ClinicExercise(Exercise exercise, int version, boolean retired, String basedOn, String pictureSvg) {

    public ClinicExercise {
        if (exercise.origin() != Origin.CLINIC) {
            throw new IllegalArgumentException("a clinic exercise must say it is the clinic's own");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}

package org.physiokiosk.pictures;

/**
 * Why a picture cannot be printed. The message says in plain words what is wrong with the file (for
 * whoever investigates); callers word what users see, naming the picture and what to do, from
 * {@link #kind()}, {@link #header()} and {@link #limits()}.
 */
public final class PictureProblem extends Exception {

    /** What kind of problem. */
    public enum Kind {
        /** Neither a PNG nor a JPEG, going by its first bytes. */
        NOT_PNG_OR_JPEG,
        /** A PNG or JPEG whose header or body is broken or cut short. */
        DAMAGED,
        /** More pixels than {@link #limits()} allow; {@link #header()} says how many. */
        TOO_LARGE
    }

    private final Kind kind;
    private final transient PictureHeader header;
    private final transient PictureLimits limits;

    PictureProblem(Kind kind, PictureHeader header, PictureLimits limits, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.header = header;
        this.limits = limits;
    }

    static PictureProblem damaged(PictureHeader header, String message) {
        return damaged(header, message, null);
    }

    /** Damage found by another decoder than {@link PictureDecoding} (the handout's, for one). */
    public static PictureProblem damaged(PictureHeader header, String message, Throwable cause) {
        return new PictureProblem(Kind.DAMAGED, header, null, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The format and size when the header could be read; null otherwise. */
    public PictureHeader header() {
        return header;
    }

    /** The limits exceeded, for {@link Kind#TOO_LARGE}; null otherwise. */
    public PictureLimits limits() {
        return limits;
    }
}

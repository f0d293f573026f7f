package org.physiokiosk.handout;

import org.physiokiosk.pictures.PictureProblem;

/**
 * The clinic's logo cannot go on a handout: more pixels than a handout needs, damaged, or not a PNG or
 * JPEG. {@link HandoutWriter} throws it before iText decodes the picture; {@link ExportService} turns
 * it into a message that names the logo and says what to do.
 */
public final class UnusableLogoException extends RuntimeException {

    private final transient PictureProblem problem;

    public UnusableLogoException(PictureProblem problem) {
        super("the clinic's logo cannot be printed: " + problem.getMessage(), problem);
        this.problem = problem;
    }

    public PictureProblem problem() {
        return problem;
    }
}

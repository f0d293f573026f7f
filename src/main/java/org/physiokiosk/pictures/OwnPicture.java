package org.physiokiosk.pictures;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The clinic's own picture of an exercise, from a file it chose: an SVG drawing, or a PNG or JPEG photo of at most
 * 2 MB. Every picture the program keeps is SVG, so a photo is wrapped whole, never re-encoded, in an SVG of its own
 * pixel size ({@code <image>} with a data URI), which JSVG and iText's svg module both draw. A drawing is kept as
 * {@link SvgCheck} re-writes it, never as the file had it.
 */
public final class OwnPicture {

    /** The largest picture file accepted. */
    public static final int MAX_BYTES = SvgCheck.MAX_BYTES;

    private OwnPicture() {
    }

    /** A picture that cannot be used, and why, in words for the person who chose it. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** The picture as the SVG the program keeps, or why it cannot be used. */
    public static String svg(byte[] bytes, String fileName) throws Refused {
        if (bytes.length == 0) {
            throw new Refused(fileName + " is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(fileName + " is " + (bytes.length / 1024 / 1024) + " MB; a picture may be 2 MB at most. "
                    + "Save it smaller and choose it again.");
        }
        if (looksLikeSvg(bytes, fileName)) {
            return plain(new String(bytes, StandardCharsets.UTF_8), fileName);
        }
        PictureHeader header;
        try {
            header = PictureCheck.check(bytes, PictureLimits.HANDOUT);
        } catch (PictureProblem p) {
            throw new Refused(switch (p.kind()) {
                case NOT_PNG_OR_JPEG -> fileName + " is not an SVG, PNG or JPEG picture. Save it as one of those.";
                case DAMAGED -> fileName + " is damaged or cut short (" + p.getMessage() + "). Save it again.";
                case TOO_LARGE -> fileName + " is " + p.header().width() + " x " + p.header().height()
                        + " pixels; at most " + p.limits().maxSide() + " pixels a side and " + p.limits().maxMegapixels()
                        + " million in all can be printed. Save it smaller.";
            });
        }
        String type = header.format() == PictureFormat.PNG ? "image/png" : "image/jpeg";
        return plain("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\""
                + header.width() + "\" height=\"" + header.height() + "\" viewBox=\"0 0 " + header.width() + " "
                + header.height() + "\" data-panels=\"one\">\n<image x=\"0\" y=\"0\" width=\"" + header.width()
                + "\" height=\"" + header.height() + "\" xlink:href=\"data:" + type + ";base64,"
                + Base64.getEncoder().encodeToString(bytes) + "\"/>\n</svg>\n", fileName);
    }

    /** The picture as {@link SvgCheck} re-writes it: what is kept, shown, printed and reprinted. */
    private static String plain(String svg, String fileName) throws Refused {
        SvgCheck.Checked checked = SvgCheck.check(svg);
        if (!checked.usable()) {
            throw new Refused(fileName + " cannot be used: " + checked.problem() + ".");
        }
        return checked.svg();
    }

    private static boolean looksLikeSvg(byte[] bytes, String fileName) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return true;
        }
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            int b = bytes[i] & 0xff;
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != 0xef && b != 0xbb && b != 0xbf) {
                return false;
            }
        }
        return false;
    }
}

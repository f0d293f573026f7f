package org.physiokiosk.handout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * iText Core (without its paid pdfCalligraph add-on) lays text out left to right and leaves Arabic
 * letters unjoined. This turns a line holding Hebrew or Arabic into the order and letter forms it is
 * seen in: ICU shapes Arabic letters into their joined forms and the Unicode bidi algorithm reorders
 * each line. The logical text is kept as the tag's ActualText for screen readers and copying.
 */
final class RightToLeft {

    private RightToLeft() {
    }

    static boolean needs(String text) {
        return text != null && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** The visual form of one line (no line breaks inside). */
    static String visual(String logical) {
        if (!needs(logical)) {
            return logical;
        }
        String shaped = logical;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_FIXED_SPACES_NEAR).shape(logical);
        } catch (ArabicShapingException e) {
            // leave unshaped: still the right letters, only not joined
        }
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}

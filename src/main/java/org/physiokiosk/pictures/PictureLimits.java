package org.physiokiosk.pictures;

/**
 * The most pixels a picture may have, on its longer side and in all. Decoding costs memory by pixels,
 * not by file size: a 30 KB PNG can hold 15000 x 15000 pixels, about 1 GB once decoded.
 */
public record PictureLimits(int maxSide, long maxPixels) {

    /**
     * For anything printed on a handout. The widest a picture can print is the text width of the page,
     * about 7 inches (A4 or Letter less the margins): 4000 pixels is over 550 dots per inch there, and
     * the logo (at most 160 x 56 points) needs only 1333 x 467 pixels even at 600 dots per inch.
     * 12 million pixels (4000 x 3000) decode to at most about 48 MB with 8 bits per channel and alpha
     * (96 MB at 16 bits), where 15000 x 15000 would take 0.9 to 1.8 GB.
     */
    public static final PictureLimits HANDOUT = new PictureLimits(4000, 12_000_000);

    public PictureLimits {
        if (maxSide < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public boolean allows(PictureHeader header) {
        return header.width() <= maxSide && header.height() <= maxSide && header.pixels() <= maxPixels;
    }

    /** The pixel limit in millions, as said to users ("12 million pixels"). */
    public long maxMegapixels() {
        return maxPixels / 1_000_000;
    }
}

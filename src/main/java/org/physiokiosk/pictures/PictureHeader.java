package org.physiokiosk.pictures;

/** What a picture's header says: its format and its size in pixels, read without decoding a pixel. */
public record PictureHeader(PictureFormat format, int width, int height) {

    public long pixels() {
        return (long) width * height;
    }
}

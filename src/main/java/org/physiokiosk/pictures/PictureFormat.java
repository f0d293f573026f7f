package org.physiokiosk.pictures;

/** The picture formats a handout can print. */
public enum PictureFormat {
    PNG, JPEG
}

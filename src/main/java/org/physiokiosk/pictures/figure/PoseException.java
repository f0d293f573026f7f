package org.physiokiosk.pictures.figure;

/** Pose data that cannot be drawn. The message names the file, the picture and the field. */
public class PoseException extends Exception {

    public PoseException(String message) {
        super(message);
    }
}

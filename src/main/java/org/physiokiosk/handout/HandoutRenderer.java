package org.physiokiosk.handout;

import java.io.OutputStream;

/** Turns handout content into PDF bytes; {@link HandoutWriter} in the kiosk, a failing one in fault tests. */
@FunctionalInterface
public interface HandoutRenderer {

    void write(HandoutContent content, OutputStream out) throws java.io.IOException;
}

package org.physiokiosk.pictures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The thorough check: decodes every pixel of a picture with Java's own decoders, to find damage the
 * structure walk of {@link PictureCheck} cannot see (compressed data that is garbled but whole). Runs
 * {@link PictureCheck#check} first, so nothing is decoded before its size is known to be bounded.
 * Takes tens of milliseconds for a large picture: never call on the Swing event thread.
 */
public final class PictureDecoding {

    /** Keep at most about this many pixels on a side in memory while decoding; every pixel is still read. */
    private static final int KEPT_SIDE = 1024;

    private PictureDecoding() {
    }

    /** Checks {@code bytes} against {@code limits}, then decodes them all; returns the header when they decode. */
    public static PictureHeader check(byte[] bytes, PictureLimits limits) throws PictureProblem {
        PictureHeader header = PictureCheck.check(bytes, limits);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(
                header.format() == PictureFormat.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java has no " + header.format() + " decoder");
        }
        ImageReader reader = readers.next();
        // In memory: ImageIO's default stream would cache the bytes in a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                throw PictureProblem.damaged(header, "the decoder reads another size than the header gives");
            }
            // Subsampling keeps memory small; the decoder still decompresses every row to get there.
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (Math.max(header.width(), header.height()) + KEPT_SIDE - 1) / KEPT_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            if (reader.canReadRaster()) {
                reader.readRaster(0, param); // JPEG: no colour conversion, so CMYK pictures are checked too
            } else {
                reader.read(0, param);
            }
            return header;
        } catch (IOException | RuntimeException e) {
            throw new PictureProblem(PictureProblem.Kind.DAMAGED, header, null,
                    "the picture does not decode (" + e.getMessage() + ")", e);
        } finally {
            reader.dispose();
        }
    }
}

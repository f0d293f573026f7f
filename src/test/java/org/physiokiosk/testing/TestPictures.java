package org.physiokiosk.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Real picture files for the picture checks: ordinary ones, one with far too many pixels, damaged ones. */
public final class TestPictures {

    private static byte[] huge;

    private TestPictures() {
    }

    /**
     * A complete, valid black-and-white PNG of 15000 x 15000 pixels in about 30 KB: under the 1 MB logo
     * limit, yet 225 million pixels. Built chunk by chunk, so no 225-megapixel image is ever in memory.
     */
    public static synchronized byte[] hugePng() {
        if (huge == null) {
            int side = 15000;
            byte[] row = new byte[1 + (side + 7) / 8]; // filter byte "none", then 1 bit a pixel, all black
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int y = 0; y < side; y++) {
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    idat.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            huge = png(side, side, 1, 0, idat.toByteArray());
        }
        return huge.clone();
    }

    /** A PNG with the given header and IDAT data, every chunk with its right CRC. */
    public static byte[] png(int width, int height, int bitDepth, int colourType, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = (byte) bitDepth;
        ihdr[9] = (byte) colourType;
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A 300 x 100 PNG of coloured noise (about 90 KB, so that its first 200 bytes are far from all of it).
     */
    public static byte[] noisePng() {
        return encode(noise(300, 100), "png");
    }

    /** A 300 x 100 JPEG of coloured noise. */
    public static byte[] noiseJpeg() {
        return encode(noise(300, 100), "jpeg");
    }

    /** A 300 x 100 progressive JPEG of coloured noise: several scans, with tables between them. */
    public static byte[] progressiveJpeg() {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(noise(300, 100), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A plain coloured PNG of the given size. */
    public static byte[] plainPng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** The first {@code length} bytes, as when a copy or a download stopped early. */
    public static byte[] truncated(byte[] picture, int length) {
        if (length >= picture.length) {
            throw new IllegalArgumentException("test setup: the picture has only " + picture.length + " bytes");
        }
        return Arrays.copyOf(picture, length);
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(8);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(head);
        out.writeBytes(data);
        out.writeBytes(tail);
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}

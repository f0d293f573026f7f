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

    // ---- SVG pictures that try to reach outside, or cost without bound ----

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\" height=\"80\" viewBox=\"0 0 120 80\">\n";
    private static final String SHAPE = "<rect x=\"10\" y=\"10\" width=\"100\" height=\"60\" fill=\"#2A6F97\"/>\n";

    /**
     * An image element holding a harmless photo in {@code xlink:href} (which the picture check used to look at) and
     * a second link, {@code href}, to {@code elsewhere} (which the handout's converter reads first).
     */
    public static String twoLinks(byte[] photo, String elsewhere) {
        return OPEN + "<image x=\"0\" y=\"0\" width=\"120\" height=\"80\" xlink:href=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(photo) + "\" href=\"" + elsewhere + "\"/>\n</svg>\n";
    }

    /** A picture that shows an image from {@code address} (a file or a web address). */
    public static String imageFrom(String address) {
        return OPEN + SHAPE + "<image x=\"0\" y=\"0\" width=\"20\" height=\"20\" href=\"" + address + "\"/>\n</svg>\n";
    }

    /** A picture whose style sheet imports another from {@code address}. */
    public static String importing(String address) {
        return OPEN + "<style>@import url(" + address + ");</style>\n" + SHAPE + "</svg>\n";
    }

    /** A picture whose style sheet loads a font from {@code address}. */
    public static String fontFrom(String address) {
        return OPEN + "<style>@font-face { font-family: Far; src: url(" + address + "); } rect { font-family: Far }"
                + "</style>\n" + SHAPE + "</svg>\n";
    }

    /** A picture that asks for the style sheet at {@code address} in a processing instruction. */
    public static String styleSheetFrom(String address) {
        return "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/css\" href=\"" + address + "\"?>\n" + OPEN + SHAPE
                + "</svg>\n";
    }

    /**
     * About 1.9 KB of copies of copies: ten uses of a path, ten of that group, and so on nine deep, a billion lines
     * to draw.
     */
    public static String nestedUses() {
        StringBuilder svg = new StringBuilder(OPEN).append("<defs>\n<path id=\"a0\" d=\"M0 0 L9 9\" stroke=\"#000\"/>\n");
        for (int level = 1; level <= 9; level++) {
            svg.append("<g id=\"a").append(level).append("\">");
            for (int i = 0; i < 10; i++) {
                svg.append("<use href=\"#a").append(level - 1).append("\"/>");
            }
            svg.append("</g>\n");
        }
        return svg.append("</defs>\n<use href=\"#a9\"/>\n</svg>\n").toString();
    }

    /** A picture with words in it. */
    public static String withText() {
        return OPEN + SHAPE + "<text x=\"10\" y=\"40\" font-family=\"Arial\">Lift slowly</text>\n</svg>\n";
    }

    /** A picture whose size is not a number. */
    public static String notANumberViewBox() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 NaN 80\">\n" + SHAPE + "</svg>\n";
    }

    /** A picture infinitely wide. */
    public static String infiniteWidth() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"Infinity\" height=\"80\">\n" + SHAPE + "</svg>\n";
    }

    /** A shape inside {@code depth} groups, each inside the last. */
    public static String nestedGroups(int depth) {
        return OPEN + "<g>".repeat(depth) + SHAPE + "</g>".repeat(depth) + "\n</svg>\n";
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

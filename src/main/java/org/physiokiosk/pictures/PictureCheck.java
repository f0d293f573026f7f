package org.physiokiosk.pictures;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Checks a PNG or JPEG without decoding a pixel: reads its size from the header (PNG IHDR, JPEG SOFn),
 * refuses more pixels than the limits allow, then walks the file's structure (PNG chunks and their
 * CRCs up to IEND; JPEG segments and scans up to EOI) to find a file that is cut short or garbled.
 * Cheap enough for any thread: one pass over the bytes, no memory beyond them. Whether the compressed
 * pixels really decode is {@link PictureDecoding}'s job, to be asked only after this check passed.
 * Plain Java on purpose: the domain (clinic settings) uses it, and the domain uses no AWT.
 */
public final class PictureCheck {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int PNG_HEADER_END = 8 + 8 + 13 + 4;

    private PictureCheck() {
    }

    /**
     * The format going by the first bytes, or null when neither PNG nor JPEG. Only the first four bytes
     * of the PNG signature count here, so a PNG whose line-end bytes were converted in transit is found
     * damaged rather than "not a PNG".
     */
    public static PictureFormat format(byte[] bytes) {
        if (bytes.length >= 4 && u8(bytes, 0) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PictureFormat.PNG;
        }
        if (bytes.length >= 2 && u8(bytes, 0) == 0xff && u8(bytes, 1) == 0xd8) {
            return PictureFormat.JPEG;
        }
        return null;
    }

    /** The format and size from the header alone; nothing after the header is read. */
    public static PictureHeader header(byte[] bytes) throws PictureProblem {
        PictureFormat format = format(bytes);
        if (format == null) {
            throw new PictureProblem(PictureProblem.Kind.NOT_PNG_OR_JPEG, null, null,
                    "the file does not start like a PNG or a JPEG", null);
        }
        return format == PictureFormat.PNG ? pngHeader(bytes) : jpeg(bytes, false);
    }

    /**
     * Header, then size against {@code limits}, then structure, in that order: a picture too large is
     * reported as such even when it is also damaged. Returns the header when all is well.
     */
    public static PictureHeader check(byte[] bytes, PictureLimits limits) throws PictureProblem {
        PictureHeader header = header(bytes);
        if (!limits.allows(header)) {
            throw new PictureProblem(PictureProblem.Kind.TOO_LARGE, header, limits, "the picture is "
                    + header.width() + " x " + header.height() + " pixels, more than " + limits.maxSide()
                    + " on a side or " + limits.maxPixels() + " in all", null);
        }
        if (header.format() == PictureFormat.PNG) {
            pngStructure(bytes, header);
        } else {
            jpeg(bytes, true);
        }
        return header;
    }

    // ---- PNG: signature, IHDR first, then chunks (length, type, data, CRC) up to IEND ----

    private static PictureHeader pngHeader(byte[] b) throws PictureProblem {
        if (b.length < PNG_HEADER_END) {
            throw PictureProblem.damaged(null, "the file ends inside the PNG header");
        }
        if (!startsWith(b, PNG_SIGNATURE)) {
            throw PictureProblem.damaged(null, "the PNG signature is garbled (line ends converted in transit?)");
        }
        if (u32(b, 8) != 13 || !type(b, 12).equals("IHDR") || !crcMatches(b, 12, 13)) {
            throw PictureProblem.damaged(null, "the PNG header (IHDR) is missing or broken");
        }
        long width = u32(b, 16);
        long height = u32(b, 20);
        int depth = u8(b, 24);
        int colour = u8(b, 25);
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw PictureProblem.damaged(null, "the PNG header gives an impossible size");
        }
        boolean depthFits = switch (colour) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
        if (!depthFits || u8(b, 26) != 0 || u8(b, 27) != 0 || u8(b, 28) > 1) {
            throw PictureProblem.damaged(null, "the PNG header gives an impossible colour type or bit depth");
        }
        return new PictureHeader(PictureFormat.PNG, (int) width, (int) height);
    }

    private static void pngStructure(byte[] b, PictureHeader header) throws PictureProblem {
        boolean palette = u8(b, 25) == 3;
        boolean sawPalette = false;
        boolean sawData = false;
        int pos = PNG_HEADER_END;
        while (true) {
            if (pos + 8 > b.length) {
                throw PictureProblem.damaged(header, "the file ends before the PNG does (no IEND chunk)");
            }
            long length = u32(b, pos);
            String type = type(b, pos + 4);
            if (length > b.length - pos - 12L) {
                throw PictureProblem.damaged(header, "the PNG chunk " + printable(type)
                        + " runs past the end of the file");
            }
            if (!crcMatches(b, pos + 4, (int) length)) {
                throw PictureProblem.damaged(header, "the PNG chunk " + printable(type) + " fails its CRC check");
            }
            switch (type) {
                case "IHDR" -> throw PictureProblem.damaged(header, "the PNG has a second header");
                case "PLTE" -> sawPalette = true;
                case "IDAT" -> {
                    if (palette && !sawPalette) {
                        throw PictureProblem.damaged(header, "the PNG's palette is missing");
                    }
                    sawData = true;
                }
                case "IEND" -> {
                    if (!sawData) {
                        throw PictureProblem.damaged(header, "the PNG has no image data");
                    }
                    return; // anything after IEND is ignored by every reader
                }
                default -> {
                    // ancillary chunks (text, colour profile, ...) are skipped
                }
            }
            pos += 12 + (int) length;
        }
    }

    private static boolean crcMatches(byte[] b, int typeAt, int dataLength) {
        CRC32 crc = new CRC32();
        crc.update(b, typeAt, 4 + dataLength);
        return crc.getValue() == u32(b, typeAt + 4 + dataLength);
    }

    private static String type(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "(unnamed)";
    }

    // ---- JPEG: SOI, then segments (FF marker, 2-byte length) and entropy-coded scans up to EOI ----

    /**
     * Walks the JPEG's segments. Embedded thumbnails sit inside APPn segments, which are skipped whole,
     * so the size found is the main picture's. With {@code whole} false, stops at the first frame header.
     */
    private static PictureHeader jpeg(byte[] b, boolean whole) throws PictureProblem {
        PictureHeader header = null;
        boolean sawScan = false;
        int pos = 2;
        while (true) {
            if (pos >= b.length) {
                throw PictureProblem.damaged(header, header == null
                        ? "the file ends before the JPEG's frame header" : "the file ends before the JPEG does (no EOI marker)");
            }
            if (u8(b, pos) != 0xff) {
                throw PictureProblem.damaged(header, "the JPEG has stray data between its segments");
            }
            while (pos < b.length && u8(b, pos) == 0xff) {
                pos++; // a marker may be preceded by any number of fill bytes
            }
            if (pos >= b.length) {
                continue;
            }
            int marker = u8(b, pos++);
            if (marker == 0xd9) {
                if (!sawScan) {
                    throw PictureProblem.damaged(header, "the JPEG ends before any image data");
                }
                return header; // anything after EOI (camera trailers) is ignored by every reader
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // markers without a length
            }
            if (marker == 0xd8 || marker == 0x00) {
                throw PictureProblem.damaged(header, "the JPEG has a misplaced marker");
            }
            if (pos + 2 > b.length) {
                throw PictureProblem.damaged(header, "the file ends inside a JPEG segment");
            }
            int length = u16(b, pos);
            if (length < 2 || pos + length > b.length) {
                throw PictureProblem.damaged(header, "a JPEG segment runs past the end of the file");
            }
            if (isFrameHeader(marker) && header == null) {
                if (length < 8) {
                    throw PictureProblem.damaged(null, "the JPEG's frame header is too short");
                }
                int height = u16(b, pos + 3);
                int width = u16(b, pos + 5);
                if (width == 0 || height == 0) {
                    throw PictureProblem.damaged(null, "the JPEG's frame header gives no size");
                }
                header = new PictureHeader(PictureFormat.JPEG, width, height);
                if (!whole) {
                    return header;
                }
            }
            pos += length;
            if (marker == 0xda) {
                if (header == null) {
                    throw PictureProblem.damaged(null, "the JPEG's image data comes before its frame header");
                }
                sawScan = true;
                pos = endOfScan(b, pos, header);
            }
        }
    }

    /** SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /** Skips entropy-coded data: FF 00 is a stuffed FF byte and FF D0..D7 a restart; any other FF xx ends it. */
    private static int endOfScan(byte[] b, int pos, PictureHeader header) throws PictureProblem {
        while (pos + 1 < b.length) {
            if (u8(b, pos) == 0xff) {
                int next = u8(b, pos + 1);
                if (next == 0x00 || (next >= 0xd0 && next <= 0xd7)) {
                    pos += 2;
                    continue;
                }
                if (next != 0xff) {
                    return pos;
                }
            }
            pos++;
        }
        throw PictureProblem.damaged(header, "the file ends inside the JPEG's image data");
    }

    // ---- bytes ----

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xff;
    }

    private static int u16(byte[] b, int at) {
        return (u8(b, at) << 8) | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u8(b, at) << 24) | (u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3);
    }
}

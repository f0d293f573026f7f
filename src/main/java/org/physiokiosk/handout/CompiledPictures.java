package org.physiokiosk.handout;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfBoolean;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNull;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * The shipped exercise pictures, already converted from SVG to PDF drawing when the application was built: a cold
 * handout otherwise spends about a tenth of a second loading and running iText's SVG converter for its five
 * pictures. Each drawing is kept under the SHA-256 of the SVG text it came from, so a picture whose text differs
 * (a clinic's own, or one edited in data/catalogue) is converted as before, and the same text always gives the same
 * drawing. Absent or unreadable, it is simply not used.
 */
public final class CompiledPictures {

    /** Where the build puts them: one file per picture, named by the SHA-256 of its SVG text. */
    static final String FOLDER = "/org/physiokiosk/handout/pictures/";
    static final String SUFFIX = ".drawing";

    private static final int MAGIC = 0x504b5031; // "PKP1"

    private static final byte DICTIONARY = 1;
    private static final byte STREAM = 2;
    private static final byte ARRAY = 3;
    private static final byte NAME = 4;
    private static final byte NUMBER = 5;
    private static final byte STRING = 6;
    private static final byte BOOLEAN = 7;
    private static final byte NULL = 8;

    private CompiledPictures() {
    }

    /** The picture as a form for {@code pdf}, when the build converted this very text; else null. */
    static PdfFormXObject xObject(String svg, PdfDocument pdf) {
        InputStream stream = CompiledPictures.class.getResourceAsStream(FOLDER + org.physiokiosk.Sha256.hex(svg) + SUFFIX);
        if (stream == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 14))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            return new PdfFormXObject((PdfStream) object(in, pdf));
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** The drawing of {@code form} as the build writes it: a tree of PDF objects (also what the test compares). */
    static byte[] bytes(PdfFormXObject form) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, form.getPdfObject());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static PdfObject object(DataInputStream in, PdfDocument pdf) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case DICTIONARY:
                return entries(in, new PdfDictionary(), pdf);
            case STREAM: {
                byte[] data = new byte[in.readInt()];
                in.readFully(data);
                PdfStream stream = new PdfStream(data);
                entries(in, stream, pdf);
                // A stream is always an object of its own in a PDF, as the converter's were.
                stream.makeIndirect(pdf);
                return stream;
            }
            case ARRAY: {
                int n = in.readInt();
                PdfArray array = new PdfArray();
                for (int i = 0; i < n; i++) {
                    array.add(object(in, pdf));
                }
                return array;
            }
            case NAME:
                return new PdfName(in.readUTF());
            case NUMBER:
                // As written, so 228.83 stays 228.83 rather than whatever a double prints as.
                return new PdfNumber(in.readUTF().getBytes(StandardCharsets.ISO_8859_1));
            case STRING: {
                boolean hex = in.readBoolean();
                byte[] value = new byte[in.readInt()];
                in.readFully(value);
                return new PdfString(value).setHexWriting(hex);
            }
            case BOOLEAN:
                return PdfBoolean.valueOf(in.readBoolean());
            case NULL:
                return PdfNull.PDF_NULL;
            default:
                throw new IOException("unknown object kind " + kind);
        }
    }

    private static PdfDictionary entries(DataInputStream in, PdfDictionary into, PdfDocument pdf) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            into.put(new PdfName(in.readUTF()), object(in, pdf));
        }
        return into;
    }

    private static void write(DataOutputStream out, PdfObject object) throws IOException {
        if (object instanceof PdfStream stream) {
            out.writeByte(STREAM);
            byte[] data = stream.getBytes();
            out.writeInt(data.length);
            out.write(data);
            writeEntries(out, stream, List.of(PdfName.Length, PdfName.Filter, PdfName.DecodeParms));
        } else if (object instanceof PdfDictionary dictionary) {
            out.writeByte(DICTIONARY);
            writeEntries(out, dictionary, List.of());
        } else if (object instanceof PdfArray array) {
            out.writeByte(ARRAY);
            out.writeInt(array.size());
            for (int i = 0; i < array.size(); i++) {
                write(out, array.get(i, true));
            }
        } else if (object instanceof PdfName name) {
            out.writeByte(NAME);
            out.writeUTF(name.getValue());
        } else if (object instanceof PdfNumber number) {
            out.writeByte(NUMBER);
            out.writeUTF(number.toString());
        } else if (object instanceof PdfString string) {
            out.writeByte(STRING);
            out.writeBoolean(string.isHexWriting());
            byte[] value = string.getValueBytes();
            out.writeInt(value.length);
            out.write(value);
        } else if (object instanceof PdfBoolean bool) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(bool.getValue());
        } else if (object == null || object instanceof PdfNull) {
            out.writeByte(NULL);
        } else {
            throw new IOException("a picture's drawing holds a " + object.getClass().getSimpleName()
                    + ", which the compiled pictures do not keep");
        }
    }

    private static void writeEntries(DataOutputStream out, PdfDictionary dictionary, List<PdfName> left)
            throws IOException {
        List<PdfName> keys = dictionary.keySet().stream().filter(k -> !left.contains(k)).sorted().toList();
        out.writeInt(keys.size());
        for (PdfName key : keys) {
            out.writeUTF(key.getValue());
            write(out, dictionary.get(key, true));
        }
    }

    /**
     * Converts every picture of {@code folder} (its *.svg) the way a handout does, and writes each drawing into
     * {@code target}, a folder, named by the SHA-256 of the picture's text.
     */
    static void write(Path folder, Path target) throws IOException {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(folder)) {
            svgs = files.filter(f -> f.getFileName().toString().endsWith(".svg")).sorted().toList();
        }
        Files.createDirectories(target);
        PdfDocument pdf = new PdfDocument(new PdfWriter(java.io.OutputStream.nullOutputStream()));
        pdf.addNewPage();
        for (Path svg : svgs) {
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(target.resolve(org.physiokiosk.Sha256.hex(text) + SUFFIX))))) {
                out.writeInt(MAGIC);
                out.write(bytes(SvgPictures.converted(text, pdf)));
            }
        }
        pdf.close();
    }

    /**
     * The build step ({@code process-classes}): {@code SVG-FOLDER TARGET-FOLDER} converts the pictures in
     * SVG-FOLDER. A picture the
     * converter cannot draw fails the build here.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledPictures SVG-FOLDER TARGET-FOLDER");
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }
}

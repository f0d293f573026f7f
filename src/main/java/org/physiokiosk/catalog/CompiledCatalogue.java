package org.physiokiosk.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The shipped catalogue's files, already read into trees when the application was built, so that a start does not
 * pay for a YAML parser (about a fifth of a second on a cold start). Each tree is kept with the length and CRC-32 of
 * the text it came from; a file whose text differs (the clinic edited its copy in data/catalogue) is parsed as
 * YAML instead, so an edit always wins. Absent or unreadable, it is simply not used.
 */
public final class CompiledCatalogue {

    /** Where the build puts it, beside the bundled YAML files. */
    static final String RESOURCE = "/org/physiokiosk/catalog/bundled/catalogue.compiled";
    static final List<String> FILES = List.of(CatalogueLoader.EXERCISES, CatalogueLoader.SAFETY, CatalogueLoader.TIPS,
            CatalogueLoader.TEMPLATES, CatalogueLoader.CLINIC);

    private static final int MAGIC = 0x504b4331; // "PKC1"
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LIST = 2;
    private static final byte MAP = 3;

    private record Compiled(int length, long crc, Map<String, Object> tree) {
    }

    private final Map<String, Compiled> byFile;

    private CompiledCatalogue(Map<String, Compiled> byFile) {
        this.byFile = byFile;
    }

    /** The one built into the application, or none (a build without the step, or a damaged copy). */
    static CompiledCatalogue bundled() {
        try (InputStream in = CompiledCatalogue.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new CompiledCatalogue(Map.of()) : read(in);
        } catch (IOException | RuntimeException damaged) {
            return new CompiledCatalogue(Map.of());
        }
    }

    /** The tree of {@code file} when {@code text} is the text it was built from; else null. */
    Map<String, Object> tree(String file, String text) {
        Compiled c = byFile.get(file);
        if (c == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length == c.length() && crc(bytes) == c.crc() ? c.tree() : null;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static CompiledCatalogue read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a compiled catalogue");
        }
        int files = in.readInt();
        Map<String, Compiled> out = new HashMap<>();
        for (int i = 0; i < files; i++) {
            String file = in.readUTF();
            int length = in.readInt();
            long crc = in.readLong();
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) value(in);
            out.put(file, new Compiled(length, crc, tree));
        }
        return new CompiledCatalogue(out);
    }

    private static Object value(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case NULL:
                return null;
            case TEXT:
                return text(in);
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in));
                }
                return list;
            }
            case MAP: {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(text(in), value(in));
                }
                return map;
            }
            default:
                throw new IOException("unknown entry kind " + kind);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads each catalogue file of {@code folder} as YAML and writes the trees to {@code target}. */
    static void write(Path folder, Path target) throws IOException, CatalogueException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            out.writeInt(MAGIC);
            out.writeInt(FILES.size());
            for (String file : FILES) {
                byte[] bytes = Files.readAllBytes(folder.resolve(file));
                out.writeUTF(file);
                out.writeInt(bytes.length);
                out.writeLong(crc(bytes));
                write(out, YamlTree.parse(folder.resolve(file).toString(), new String(bytes, StandardCharsets.UTF_8)));
            }
        }
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(TEXT);
            writeText(out, s);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeText(out, (String) e.getKey());
                write(out, e.getValue());
            }
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * The build step ({@code process-classes}): {@code FOLDER TARGET} compiles the catalogue in FOLDER. A catalogue
     * that does not parse fails the build here, with the loader's message.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledCatalogue FOLDER TARGET");
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }
}

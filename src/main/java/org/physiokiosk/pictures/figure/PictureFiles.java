package org.physiokiosk.pictures.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The generated pictures in a catalogue folder: {@code pictures/<id>.svg}, one per entry of
 * {@code poses.yaml}. Writes them, and says which are missing, out of date or left without a pose.
 */
public final class PictureFiles {

    public static final String FOLDER = "pictures";
    /** The command that regenerates the pictures, for messages. */
    public static final String COMMAND = "java -jar target/physio-kiosk.jar pictures --write-svg";

    /** What {@link #write} did. Orphans are SVG files with no pose; they are reported, never deleted. */
    public record Written(List<String> written, List<String> unchanged, List<String> orphans) {
    }

    private PictureFiles() {
    }

    /** Each picture's SVG, by id, in the order of poses.yaml. */
    public static Map<String, String> render(List<Picture> pictures) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Picture p : pictures) {
            out.put(p.id(), FigureSvg.svg(p));
        }
        return out;
    }

    /** Writes every picture whose file is missing or different, each through a temporary file. */
    public static Written write(Path catalogue) throws PoseException, IOException {
        Map<String, String> svgs = render(new PoseFile().load(catalogue));
        Path folder = catalogue.resolve(FOLDER);
        Files.createDirectories(folder);
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            Path file = folder.resolve(e.getKey() + ".svg");
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                unchanged.add(e.getKey());
                continue;
            }
            Path tmp = Files.createTempFile(folder, "." + e.getKey(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(e.getKey());
        }
        return new Written(written, unchanged, orphans(folder, svgs));
    }

    /**
     * Everything that does not match poses.yaml, one line each: missing or out-of-date pictures and
     * pictures with no pose. Empty when the folder is up to date.
     */
    public static List<String> problems(Path catalogue) throws PoseException, IOException {
        Map<String, String> svgs = render(new PoseFile().load(catalogue));
        Path folder = catalogue.resolve(FOLDER);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : svgs.entrySet()) {
            Path file = folder.resolve(e.getKey() + ".svg");
            if (!Files.isRegularFile(file)) {
                out.add(file + " is missing");
            } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                out.add(file + " does not match its pose in " + PoseFile.FILE);
            }
        }
        for (String orphan : orphans(folder, svgs)) {
            out.add(folder.resolve(orphan) + " has no pose in " + PoseFile.FILE + "; delete it or add its pose");
        }
        return out;
    }

    private static List<String> orphans(Path folder, Map<String, String> svgs) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.svg")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!svgs.containsKey(name.substring(0, name.length() - 4))) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }
}

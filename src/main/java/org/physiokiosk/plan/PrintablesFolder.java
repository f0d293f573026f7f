package org.physiokiosk.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * This PC's printables folder, and how the record names a handout's file: relative to that folder (with {@code /}
 * between folders, whatever the PC), so that every PC of a clinic server finds it in its own printables folder, or
 * in a folder the PCs share. A file the user chose outside the folder is named by its whole path. Handouts logged
 * before names were relative keep their whole path (a handout record is never changed); {@link #find} looks for
 * them by name in this folder too.
 */
public record PrintablesFolder(Path folder) {

    public PrintablesFolder {
        folder = folder.toAbsolutePath().normalize();
    }

    /** How the record names {@code file}: relative to the folder when it is inside it, else its whole path. */
    public String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(folder) && !absolute.equals(folder)) {
            StringBuilder name = new StringBuilder();
            for (Path part : folder.relativize(absolute)) {
                name.append(name.length() == 0 ? "" : "/").append(part);
            }
            return name.toString();
        }
        return absolute.toString();
    }

    /** Where a file the record names would be on this PC. */
    public Path locate(String name) {
        if (isWholePath(name)) {
            return Path.of(name);
        }
        Path here = folder;
        for (String part : name.split("/")) {
            here = here.resolve(part);
        }
        return here;
    }

    /**
     * The file the record names, if it is on this PC with the bytes that were written ({@code sha256}): where the
     * name says, or else a file of the same name in this printables folder (a handout logged with another PC's whole
     * path). Empty when neither is there unchanged.
     */
    public Optional<Path> find(String name, String sha256) {
        Path where = locate(name);
        if (!isWholePath(name) && !where.normalize().startsWith(folder)) {
            return Optional.empty(); // a name that climbs out of the folder was not written by this program
        }
        if (sha256.equals(sha256Of(where))) {
            return Optional.of(where);
        }
        if (isWholePath(name)) {
            String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            if (!fileName.isEmpty() && !fileName.equals("..") && !fileName.equals(".")) {
                Path here = folder.resolve(fileName);
                if (sha256.equals(sha256Of(here))) {
                    return Optional.of(here);
                }
            }
        }
        return Optional.empty();
    }

    /** The SHA-256 of the file's bytes, in lower-case hex; null when it is not a file that can be read. */
    public static String sha256Of(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return org.physiokiosk.Sha256.ofFile(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A whole path on Linux ({@code /...}) or Windows ({@code C:\...}, {@code \\server\...}), whichever PC wrote it. */
    private static boolean isWholePath(String name) {
        return name.startsWith("/") || name.startsWith("\\")
                || name.length() > 2 && Character.isLetter(name.charAt(0)) && name.charAt(1) == ':';
    }
}

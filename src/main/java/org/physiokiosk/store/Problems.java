package org.physiokiosk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in plain words what went wrong with a file, without the internal names (temporary {@code .part} files)
 * that Java's exceptions carry: the caller names the file the user chose.
 */
public final class Problems {

    private Problems() {
    }

    /** "the disk is full", "the folder does not exist", "permission was refused", ... */
    public static String explain(Throwable e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return "permission was refused";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists";
        }
        if (e instanceof DirectoryNotEmptyException || lower.contains("is a directory")) {
            return "that name is a folder";
        }
        if (e instanceof IOException && lower.contains("input/output error")) {
            return "the disk reported an error";
        }
        return e instanceof FileSystemException ? reason : "the file could not be written";
    }
}

package io.p1vault.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Short, path-free descriptions of I/O failures for user-facing messages. */
public final class IoErrors {
    private IoErrors() {}

    /** "permission denied", "no space left on device", … */
    public static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String text =
                e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** True for the Linux/macOS and Windows wordings of a full disk or exhausted quota. */
    public static boolean isDiskFull(Exception e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return text.contains("no space left on device")
                || text.contains("disk quota exceeded")
                || text.contains("not enough space on the disk");
    }
}

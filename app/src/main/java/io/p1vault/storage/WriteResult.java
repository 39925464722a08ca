package io.p1vault.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A completed save.
 *
 * @param file     the file actually replaced (symbolic links resolved)
 * @param backup   the backup of the previous version, if one was made
 * @param snapshot the new content's snapshot: pass it as {@code expected} to the next save
 * @param warnings what the user should know although the save succeeded (running as root in a
 *                 folder another user can write)
 */
public record WriteResult(Path file, Optional<Path> backup, FileSnapshot snapshot, List<String> warnings) {
    public WriteResult {
        warnings = List.copyOf(warnings);
    }

    public WriteResult(Path file, Optional<Path> backup, FileSnapshot snapshot) {
        this(file, backup, snapshot, List.of());
    }
}

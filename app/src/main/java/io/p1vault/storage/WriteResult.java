package io.p1vault.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A completed save.
 *
 * @param file     the file actually replaced (symbolic links resolved)
 * @param backup   the backup of the previous version, if one was made
 * @param snapshot the new content's snapshot: pass it as {@code expected} to the next save
 */
public record WriteResult(Path file, Optional<Path> backup, FileSnapshot snapshot) {
}

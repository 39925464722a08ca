package io.p1vault.runproperties;

import io.p1vault.storage.FileSnapshot;

import java.nio.file.Path;
import java.util.List;

/**
 * A run.properties as read: the document, the snapshot a save checks against, and what the
 * user should know about the file as a whole (repeated keys, non-ASCII bytes).
 *
 * @param file     the path as the user gave it
 * @param document the parsed file (not to be changed: {@link RunPropertiesService#plan} works on a copy)
 * @param snapshot the file as read
 * @param bytes    the file's bytes
 * @param warnings one line each
 */
public record LoadedRunProperties(
        Path file, PropertiesDocument document, FileSnapshot snapshot, byte[] bytes, List<String> warnings) {}

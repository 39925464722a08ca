package io.p1vault.desktop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.IoErrors;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@link Settings} as a JSON file. A missing file gives the defaults; a broken
 * one gives the defaults and a problem to show, and is only replaced on the next save, so a
 * user's hand edit is not silently lost at start.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final WriteOptions OPTIONS = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY);

    private final Path file;
    private String problem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        problem = null;
        try {
            Settings loaded = JSON.readValue(Files.readAllBytes(file), Settings.class);
            return (loaded == null ? new Settings() : loaded).normalised();
        } catch (NoSuchFileException e) {
            return new Settings();
        } catch (IOException e) {
            problem = "The settings file " + file + " could not be read (" + IoErrors.reason(e)
                    + "); the defaults are used until you save settings again.";
            return new Settings();
        }
    }

    /** Why the last {@link #load()} fell back to the defaults, if it did. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(problem);
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] json = JSON.writeValueAsBytes(settings);
        FileSnapshot current = Files.exists(file) ? FileSnapshot.of(file) : null;
        new AtomicFileWriter().write(file, current, OPTIONS, out -> out.write(json),
                written -> JSON.readValue(Files.readAllBytes(written), Settings.class));
    }
}

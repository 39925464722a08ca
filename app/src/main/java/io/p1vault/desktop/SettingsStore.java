package io.p1vault.desktop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.IoErrors;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.PrivateFolders;
import io.p1vault.storage.WriteOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@link Settings} as a JSON file. A missing file gives the defaults; a broken
 * one gives the defaults and a problem to show, and is only replaced on the next save, so a
 * user's hand edit is not silently lost at start.
 *
 * <p>Read and written with Jackson's streaming parser rather than data binding: the settings are
 * read before the first window appears, and binding's start-up (about 0.2 s of class loading and
 * reflection in a fresh process) would delay it. Fields a newer version writes are skipped.
 */
public final class SettingsStore {
    /** Longest recent-vault path kept; a path is short, and a huge one is not one p1vault wrote. */
    static final int MAX_PATH = 4_096;
    /**
     * The settings file is small and written by p1vault: a key given twice, a file over 64 KiB, or
     * nesting and strings beyond these bounds make it a broken one (defaults, and the problem shown).
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(64 * 1024)
                    .maxNestingDepth(16)
                    .maxStringLength(MAX_PATH)
                    .build())
            .build();

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
            return read(Files.readAllBytes(file)).normalised();
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
        PrivateFolders.create(file.getParent());
        byte[] json = write(settings);
        FileSnapshot current = Files.exists(file) ? FileSnapshot.of(file) : null;
        new AtomicFileWriter()
                .write(file, current, OPTIONS, out -> out.write(json), written -> read(Files.readAllBytes(written)));
    }

    static Settings read(byte[] json) throws IOException {
        Settings s = new Settings();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "theme" -> s.theme = theme(p.getValueAsString());
                    case "autoLockMinutes" -> s.autoLockMinutes = p.getValueAsInt(s.autoLockMinutes);
                    case "lockOnMinimise" -> s.lockOnMinimise = p.getValueAsBoolean(s.lockOnMinimise);
                    case "clipboardSeconds" -> s.clipboardSeconds = p.getValueAsInt(s.clipboardSeconds);
                    case "workFactor" -> s.workFactor = p.getValueAsInt(s.workFactor);
                    case "runPropertiesBackups" -> s.runPropertiesBackups = p.getValueAsInt(s.runPropertiesBackups);
                    case "recentVaults" -> s.recentVaults = strings(p);
                    case "teamVault" -> s.teamVault = string(p);
                    case "teamIdentity" -> s.teamIdentity = string(p);
                    case "teamPersonalVault" -> s.teamPersonalVault = string(p);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(p, "the settings object is not closed");
            }
        }
        return s;
    }

    private static Settings.Theme theme(String value) {
        for (Settings.Theme t : Settings.Theme.values()) {
            if (t.name().equalsIgnoreCase(value)) {
                return t;
            }
        }
        return null;
    }

    private static String string(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> values = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return values;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                values.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    static byte[] write(Settings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("theme", s.theme.name());
            g.writeNumberField("autoLockMinutes", s.autoLockMinutes);
            g.writeBooleanField("lockOnMinimise", s.lockOnMinimise);
            g.writeNumberField("clipboardSeconds", s.clipboardSeconds);
            g.writeNumberField("workFactor", s.workFactor);
            g.writeNumberField("runPropertiesBackups", s.runPropertiesBackups);
            g.writeArrayFieldStart("recentVaults");
            for (String vault : s.recentVaults) {
                g.writeString(vault);
            }
            g.writeEndArray();
            if (s.teamVault != null) {
                g.writeStringField("teamVault", s.teamVault);
                g.writeStringField("teamIdentity", s.teamIdentity);
                g.writeStringField("teamPersonalVault", s.teamPersonalVault);
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}

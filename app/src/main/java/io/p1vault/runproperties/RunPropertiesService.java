package io.p1vault.runproperties;

import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.IoErrors;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;
import io.p1vault.storage.WriteResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Reads, checks and edits PingFederate's run.properties for the command line and the GUI:
 * {@link #load}, then {@link #report} or {@link #plan} (which shows the diff), then
 * {@link #write}. PingFederate reads the file only at startup, so a written change takes
 * effect after a restart.
 */
public final class RunPropertiesService {
    /** Far above any real run.properties (PingFederate's own is 23 KB); guards against wrong files. */
    static final long MAX_SIZE = 4L * 1024 * 1024;

    private static final WriteOptions WRITE_OPTIONS =
            new WriteOptions(BackupPolicy.TIMESTAMPED, PermissionPolicy.KEEP_EXISTING);
    private static final int MAX_LINES_LISTED = 5;

    /** How the file is read; a seam so tests can simulate an unreadable file even as root. */
    @FunctionalInterface
    interface Reader {
        FileSnapshot.Contents read(Path file) throws IOException;
    }

    private final AtomicFileWriter writer;
    private final Reader reader;
    private final IntSupplier keepBackups;

    public RunPropertiesService() {
        this(() -> WriteOptions.DEFAULT_KEEP_BACKUPS);
    }

    /**
     * Keeping the newest {@code keepBackups} backups on {@link #write(ChangePlan)}: the desktop's
     * setting, read at each write so a change in the settings applies to the next save.
     */
    public RunPropertiesService(IntSupplier keepBackups) {
        this(new AtomicFileWriter(), FileSnapshot::read, keepBackups);
    }

    RunPropertiesService(AtomicFileWriter writer, Reader reader) {
        this(writer, reader, () -> WriteOptions.DEFAULT_KEEP_BACKUPS);
    }

    private RunPropertiesService(AtomicFileWriter writer, Reader reader, IntSupplier keepBackups) {
        this.writer = Objects.requireNonNull(writer);
        this.reader = Objects.requireNonNull(reader);
        this.keepBackups = keepBackups;
    }

    /**
     * Reads and parses {@code file}.
     *
     * @throws RunPropertiesException if it is missing, a folder, unreadable, binary, too large,
     *                                or not readable by Properties either
     */
    public LoadedRunProperties load(Path file) throws RunPropertiesException {
        if (Files.isDirectory(file)) {
            throw new RunPropertiesException(file + " is a folder, not a run.properties file");
        }
        FileSnapshot.Contents contents;
        try {
            long size = Files.size(file);
            if (size > MAX_SIZE) {
                throw new RunPropertiesException(file + " is " + size + " bytes, too large for a run.properties file");
            }
            contents = reader.read(file);
        } catch (NoSuchFileException e) {
            throw new RunPropertiesException(file + " does not exist", e);
        } catch (RunPropertiesException e) {
            throw e;
        } catch (IOException e) {
            throw new RunPropertiesException("cannot read " + file + " (" + IoErrors.reason(e) + ")", e);
        }
        byte[] bytes = contents.bytes();
        refuseBinary(file, bytes);
        PropertiesDocument document;
        try {
            document = PropertiesDocument.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new RunPropertiesException(
                    file + " " + e.getMessage() + "; PingFederate cannot read this file either", e);
        }
        if (!document.toMap().equals(JdkProperties.load(bytes))) {
            // Cannot happen if the parser is right; if it is not, refuse rather than guess.
            throw new RunPropertiesException("p1vault does not read " + file + " the way PingFederate does;"
                    + " edit it by hand (and please report this)");
        }
        return new LoadedRunProperties(file, document, contents.snapshot(), bytes, fileWarnings(document));
    }

    /** The known settings and what is questionable about them. */
    public SettingsReport report(LoadedRunProperties loaded) {
        PropertiesDocument document = loaded.document();
        List<SettingStatus> statuses = new ArrayList<>();
        List<String> warnings = new ArrayList<>(loaded.warnings());
        for (KnownSetting setting : KnownSetting.values()) {
            Optional<String> value = document.get(setting.key());
            if (value.isEmpty()) {
                statuses.add(new SettingStatus(setting, null, 0, Verdict.ok("absent")));
                continue;
            }
            List<Integer> lines = document.linesOf(setting.key());
            Verdict verdict = setting.check(value.get());
            statuses.add(new SettingStatus(setting, value.get(), lines.get(lines.size() - 1), verdict));
            if (verdict.level() != Verdict.Level.OK) {
                warnings.add(setting.key() + ": " + verdict.message());
            }
        }
        return new SettingsReport(loaded.file(), statuses, warnings);
    }

    /** Every key in file order with its effective value and, for known settings, the typed check. */
    public List<PropertyStatus> properties(LoadedRunProperties loaded) {
        List<PropertyStatus> properties = new ArrayList<>();
        loaded.document().toMap().forEach((key, value) -> properties.add(status(key, value)));
        return properties;
    }

    /** A key with a value, checked as its typed setting says (if p1vault knows the key). */
    public PropertyStatus status(String key, String value) {
        Optional<KnownSetting> setting = KnownSetting.forKey(key);
        return new PropertyStatus(
                key, value, setting, setting.map(s -> s.check(value)).orElse(Verdict.ok()));
    }

    /**
     * Applies {@code edits} to a copy of the document, checks typed values, and verifies with
     * {@code java.util.Properties} that the new content means exactly the old settings plus
     * the edits.
     *
     * @throws InvalidSettingException if a key is empty or a typed value is invalid (all such
     *                                 problems in one message)
     * @throws RunPropertiesException  if the change could not be made without side effects
     */
    public ChangePlan plan(LoadedRunProperties loaded, List<Edit> edits) throws RunPropertiesException {
        PropertiesDocument document = loaded.document().copy();
        Map<String, String> expected = new HashMap<>(JdkProperties.load(loaded.bytes()));
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Edit edit : edits) {
            String key = edit.key();
            if (key.isEmpty()) {
                problems.add("a key must not be empty");
                continue;
            }
            List<Integer> lines = document.linesOf(key);
            if (edit instanceof Edit.Assign assign) {
                KnownSetting.forKey(key)
                        .map(setting -> setting.check(assign.value()))
                        .ifPresent(verdict -> {
                            if (verdict.level() == Verdict.Level.ERROR) {
                                problems.add(key + ": " + verdict.message());
                            } else if (verdict.level() == Verdict.Level.WARNING) {
                                warnings.add(key + ": " + verdict.message());
                            }
                        });
                if (lines.size() > 1) {
                    warnings.add(key + " is set " + lines.size() + " times (lines " + list(lines)
                            + "); changed the last one, which is the one PingFederate uses");
                }
                document.set(key, assign.value());
                expected.put(key, assign.value());
            } else {
                int removed = document.unset(key);
                if (removed == 0) {
                    warnings.add(key + " is not set; nothing to remove");
                } else if (removed > 1) {
                    warnings.add(key + " was set " + removed + " times (lines " + list(lines) + "); removed all");
                }
                expected.remove(key);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(String.join("; ", problems) + "; " + loaded.file() + " was not changed");
        }
        byte[] newBytes = document.toBytes();
        if (!JdkProperties.load(newBytes).equals(expected)) {
            throw new RunPropertiesException("p1vault could not make this change to " + loaded.file()
                    + " without affecting other settings; nothing was changed (please report this)");
        }
        String label = diffLabel(loaded.file());
        String diff = UnifiedDiff.of(
                "a/" + label,
                "b/" + label,
                new String(loaded.bytes(), StandardCharsets.ISO_8859_1),
                new String(newBytes, StandardCharsets.ISO_8859_1));
        return new ChangePlan(loaded, newBytes, Map.copyOf(expected), diff, List.copyOf(warnings));
    }

    /**
     * Writes a plan: atomically, keeping the file's permissions and owner and the previous
     * version as a timestamped backup beside it, and only if the file is still as it was read.
     * Before anything is replaced, the written file is read back and must be byte-identical to
     * the plan and load to the expected settings.
     *
     * @return the write, or empty if the plan changes nothing (then nothing is written)
     * @throws io.p1vault.storage.FileChangedOnDiskException if someone changed the file since it was read
     * @throws io.p1vault.storage.AtomicWriteException       if the save failed (the file is as it was)
     */
    public Optional<WriteResult> write(ChangePlan plan) throws IOException {
        return write(plan, false, keepBackups.getAsInt());
    }

    /**
     * As {@link #write(ChangePlan)}, writing the file a symbolic link points to only when
     * {@code followSymlink}, and keeping the newest {@code keepBackups} backups.
     */
    public Optional<WriteResult> write(ChangePlan plan, boolean followSymlink, int keepBackups) throws IOException {
        if (!plan.hasChanges()) {
            return Optional.empty();
        }
        Path file = plan.loaded().file();
        WriteOptions options = WRITE_OPTIONS.withFollowSymlinks(followSymlink).withKeepBackups(keepBackups);
        return Optional.of(writer.write(
                file, plan.loaded().snapshot(), options, out -> out.write(plan.newBytes()), temp -> {
                    byte[] written = Files.readAllBytes(temp);
                    if (!Arrays.equals(written, plan.newBytes())
                            || !JdkProperties.load(written).equals(plan.expected())) {
                        throw new RunPropertiesException(
                                "the new " + file + " did not read back as written;" + " nothing was changed");
                    }
                }));
    }

    private static void refuseBinary(Path file, byte[] bytes) throws RunPropertiesException {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw new RunPropertiesException(
                        file + " does not look like a run.properties file (binary data at byte " + i + ")");
            }
        }
    }

    private static List<String> fileWarnings(PropertiesDocument document) {
        List<String> warnings = new ArrayList<>();
        Map<String, List<Integer>> repeated = new LinkedHashMap<>();
        for (String key : document.toMap().keySet()) {
            List<Integer> lines = document.linesOf(key);
            if (lines.size() > 1) {
                repeated.put(key, lines);
            }
        }
        repeated.forEach((key, lines) -> warnings.add(key + " is set " + lines.size() + " times (lines " + list(lines)
                + "); PingFederate uses the last one"));
        List<Integer> nonAscii = document.nonAsciiLines();
        if (!nonAscii.isEmpty()) {
            warnings.add("line" + (nonAscii.size() == 1 ? " " : "s ") + list(nonAscii) + " contain"
                    + (nonAscii.size() == 1 ? "s" : "") + " non-ASCII bytes; PingFederate reads them as ISO-8859-1"
                    + " (Latin-1), which may differ from what an editor shows");
        }
        return warnings;
    }

    private static String list(List<Integer> lines) {
        String shown =
                lines.stream().limit(MAX_LINES_LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return lines.size() > MAX_LINES_LISTED ? shown + ", ..." : shown;
    }

    /** The file's path for diff headers: as given, without a leading root, with forward slashes. */
    static String diffLabel(Path file) {
        Path path = file.normalize();
        if (path.getRoot() != null) {
            path = path.getRoot().relativize(path);
        }
        return path.toString().replace('\\', '/');
    }
}

package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps backups private and few: a backup holds the secrets the file held, so it is made
 * owner-only, and only the newest {@code keep} time-stamped backups stay.
 */
final class BackupRetention {
    private BackupRetention() {}

    /** After the rename the backup is only the old version: private, and only the newest few kept. */
    static void tidy(WriteResult result, WriteOptions options, List<String> warnings) {
        if (result.backup().isEmpty()) {
            return;
        }
        try {
            FileAccess.makeOwnerOnly(result.backup().get());
            if (options.backup() == BackupPolicy.TIMESTAMPED) {
                prune(result.file(), options.keepBackups());
            }
        } catch (IOException e) {
            warnings.add("the save succeeded, but old backups beside " + result.file()
                    + " could not be made private or deleted (" + IoErrors.reason(e) + ")");
        }
    }

    /** Deletes all but the newest {@code keep} time-stamped backups of {@code file}; returns those deleted. */
    private static List<Path> prune(Path file, int keep) throws IOException {
        Pattern name = Pattern.compile(
                Pattern.quote(file.getFileName().toString()) + "\\.(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.bak");
        List<Path> backups;
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            backups = siblings.filter(
                            p -> name.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing((Path p) -> stamp(name, p)).thenComparingInt(p -> suffix(name, p)))
                    .toList();
        }
        List<Path> old = backups.subList(0, Math.max(0, backups.size() - keep));
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
        return old;
    }

    private static String stamp(Pattern name, Path p) {
        Matcher m = name.matcher(p.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    private static int suffix(Pattern name, Path p) {
        Matcher m = name.matcher(p.getFileName().toString());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
    }
}

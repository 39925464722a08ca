package io.p1vault.release;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release workflow runs the tests on Windows and macOS too, which no one can try here. A test class that
 * starts a command only POSIX systems have, or works with POSIX permission bits on the real disk, must say on
 * which systems it runs (JUnit's DisabledOnOs/EnabledOnOs, or our NeedsExpect/NeedsPosixPermissions), so that
 * it is skipped with a reason there instead of failing. The check reads the sources, so it works per class: a
 * class with one mark passes even if another of its methods lacks one.
 */
class PortableTestsTest {
    private static final Path TESTS = Path.of("app", "src", "test", "java");

    /** What a test source does that only works on POSIX systems, by what it looks like in the source. */
    private static final Map<String, Pattern> POSIX_ONLY = Map.of(
            "starts a POSIX-only command",
            Pattern.compile("\\b(?:ProcessBuilder|List\\.of|Arrays\\.asList|run|exec)\\(\\s*\"(?:expect|bash|sh|/bin/sh"
                    + "|/usr/bin/env|xclip|xsel|xdotool|xprop|xvfb-run|Xvfb|openbox|dpkg|fakeroot|chmod)\""),
            "runs a shell script",
            Pattern.compile("#!/bin/"),
            "types a passphrase into age through expect",
            Pattern.compile("\\bAgeCommand\\.\\w*(?:[Dd]e|[Ee]n)cryptWithPassphrase\\("),
            "uses a device file",
            Pattern.compile("\"/dev/"),
            "sets or reads POSIX permission bits",
            Pattern.compile("\\b(?:setPosixFilePermissions|getPosixFilePermissions)\\(|PosixFileAttributes\\.class"));

    private static final Pattern MARK =
            Pattern.compile("@(?:DisabledOnOs|EnabledOnOs|NeedsExpect|NeedsPosixPermissions)\\b");

    /** In-memory file systems with each platform's behaviour run everywhere. */
    private static final Pattern IN_MEMORY = Pattern.compile("\\bPlatformFileSystem\\.");

    @Test
    void everyTestThatNeedsAPosixSystemIsMarkedWithTheSystemsItRunsOn() throws IOException {
        Map<String, List<String>> unmarked = new TreeMap<>();
        for (Path source : testClasses()) {
            String text = RepositoryFiles.read(source);
            List<String> needs = posixNeeds(text);
            if (!needs.isEmpty() && !MARK.matcher(text).find()) {
                unmarked.put(source.getFileName().toString(), needs);
            }
        }

        assertThat(unmarked)
                .as("test classes needing a POSIX system without an OS mark")
                .isEmpty();
    }

    @Test
    void theCheckRecognisesWhatTheMarkedTestsDo() {
        assertThat(posixNeeds(source("crypto/age/AgeInteropTest.java")))
                .containsExactly("types a passphrase into age through expect");
        assertThat(posixNeeds(source("vault/team/TeamGitDriversTest.java")))
                .contains("runs a shell script", "sets or reads POSIX permission bits");
        assertThat(posixNeeds(source("storage/AtomicFileWriterTest.java")))
                .containsExactly("sets or reads POSIX permission bits");
        // POSIX permissions on an in-memory macOS-like file system work on every system
        assertThat(posixNeeds(source("desktop/AppDirectoriesTest.java"))).isEmpty();
    }

    private static List<String> posixNeeds(String source) {
        List<String> needs = new ArrayList<>();
        POSIX_ONLY.forEach((need, pattern) -> {
            Matcher m = pattern.matcher(source);
            if (m.find()
                    && !(need.equals("sets or reads POSIX permission bits")
                            && IN_MEMORY.matcher(source).find())) {
                needs.add(need);
            }
        });
        needs.sort(null);
        return needs;
    }

    private static String source(String relative) {
        return RepositoryFiles.read(RepositoryFiles.resolve(
                TESTS.resolve("io/p1vault").resolve(relative).toString()));
    }

    private static List<Path> testClasses() throws IOException {
        try (Stream<Path> files = Files.walk(RepositoryFiles.resolve(TESTS.toString()))) {
            return files.filter(f -> f.getFileName().toString().endsWith("Test.java"))
                    .filter(f -> !f.getFileName().toString().equals("PortableTestsTest.java"))
                    .sorted()
                    .toList();
        }
    }
}

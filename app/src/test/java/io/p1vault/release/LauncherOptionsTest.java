package io.p1vault.release;

import io.p1vault.bench.LauncherJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks start the floor frame and the in-process unlock with the JVM options of the
 * {@code p1vault} launcher ({@link LauncherJvm}), so that what they compare starts alike. The
 * launcher runs here on a stand-in Java 25 that writes down the arguments it was given.
 */
@EnabledOnOs(OS.LINUX)
class LauncherOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theWindowStartsWithTheOptionsTheBenchmarksUse() throws Exception {
        assertThat(argumentsOfLaunch()).containsSubsequence(expected());
    }

    @Test
    void theCommandLineStartsWithTheSameOptions() throws Exception {
        assertThat(argumentsOfLaunch("--version")).containsSubsequence(expected());
    }

    @Test
    void hugePagesAreAskedForOnlyWithTheirWarningSilenced() throws Exception {
        List<String> arguments = argumentsOfLaunch();
        if (Files.exists(LauncherJvm.HUGE_PAGES)) {
            assertThat(arguments).containsSubsequence("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off");
        } else {
            assertThat(arguments).doesNotContain("-XX:+UseTransparentHugePages");
        }
    }

    /** What the benchmarks pass (without Java 25 installed, all but the AOT option the stand-in gets). */
    private static List<String> expected() {
        return LauncherJvm.options();
    }

    private List<String> argumentsOfLaunch(String... args) throws IOException, InterruptedException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(RepositoryFiles.root().resolve("p1vault"), checkout.resolve("p1vault"));
        Files.writeString(
                Files.createDirectories(checkout.resolve("app/target")).resolve("p1vault.jar"), "jar");
        // Each start writes its own file: the command line also trains its cache in the background.
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir + "/arguments.'$$\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25.0.1\"\n");
        Files.writeString(Files.createDirectories(dir.resolve("jdk/lib")).resolve("modules"), "modules");
        List<String> command =
                new ArrayList<>(List.of("bash", checkout.resolve("p1vault").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("P1VAULT_JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("arguments."))
                    .toList()) {
                List<String> arguments = Files.readAllLines(file);
                if (arguments.contains("-jar")) {
                    return arguments;
                }
            }
        }
        throw new AssertionError("the launcher did not start the jar: " + output);
    }
}

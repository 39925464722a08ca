package io.p1vault.release;

import io.p1vault.bench.LauncherJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void everyStartCompilesLessAndItsCryptoSooner() throws Exception {
        assertThat(expected())
                .contains(
                        "-XX:CompileThresholdScaling=10",
                        "-XX:CompileCommand=quiet",
                        "-XX:CompileCommand=CompileThresholdScaling,io.p1vault.crypto.*::*,0.05");
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
        LauncherCheckout checkout = LauncherCheckout.create(dir, "printf '%s\\n' \"$@\" > '" + dir + "/arguments'\n");
        // A first start would also train its cache in the background, which could still be writing
        // when the test ends: a training under way makes the launcher skip it.
        Files.createDirectories(checkout.caches().resolve("cli-training.lock"));
        Files.createDirectories(checkout.caches().resolve("desktop-training.lock"));
        String output = checkout.launch(args);
        List<String> arguments = Files.readAllLines(dir.resolve("arguments"));
        assertThat(arguments).as(output).contains("-jar");
        return arguments;
    }
}

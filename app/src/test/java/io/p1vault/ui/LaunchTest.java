package io.p1vault.ui;

import io.p1vault.testing.TestClassPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code p1vault} without arguments and without a display says so instead of failing obscurely. */
class LaunchTest {
    @Test
    void withoutADisplayTheWindowIsExplainedAndTheStatusIsTwo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = TestClassPath.get();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", cp, "io.p1vault.cli.Main")
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(output).contains("no display to open the window on").contains("p1vault --help");
    }
}

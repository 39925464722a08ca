package io.p1vault.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout in a temporary folder holding the real {@code p1vault} launcher and a jar, beside a
 * stand-in Java 25 that the launcher finds through {@code P1VAULT_JAVA_HOME}: a shell script doing
 * what a test needs of the JVM. The launcher's caches go to {@code cache/p1vault} in that folder.
 */
final class LauncherCheckout {
    final Path checkout;
    final Path jar;
    private final Path dir;

    private LauncherCheckout(Path dir, Path checkout, Path jar) {
        this.dir = dir;
        this.checkout = checkout;
        this.jar = jar;
    }

    /** Lays the checkout out in {@code dir}; {@code java} is the stand-in's script, after its first line. */
    static LauncherCheckout create(Path dir, String java) throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(RepositoryFiles.root().resolve("p1vault"), checkout.resolve("p1vault"));
        Path jar = Files.createDirectories(checkout.resolve("app/target")).resolve("p1vault.jar");
        Files.writeString(jar, "not a real jar");
        Path standIn = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(standIn, "#!/bin/sh\n" + java);
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25.0.1\"\n");
        Files.writeString(Files.createDirectories(dir.resolve("jdk/lib")).resolve("modules"), "modules");
        return new LauncherCheckout(dir, checkout, jar);
    }

    /** The folder holding the launcher's caches. */
    Path caches() {
        return dir.resolve("cache/p1vault");
    }

    /** Waits until no training run started by a launch is under way (its lock folder gone). */
    void awaitTraining() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (java.util.stream.Stream<Path> files = Files.list(caches())) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith("-training.lock"))) {
                    return;
                }
            }
            assertThat(System.nanoTime())
                    .as("training still under way after 30 s")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Runs the launcher with {@code args}, which must succeed; returns what it printed. */
    String launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    /** As {@link #launch(String...)}, with {@code environment} added to the launcher's. */
    String launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return launch(
                environment, checkout.getParent(), checkout.resolve("p1vault").toString(), args);
    }

    /** Runs the launcher as {@code launcher} (a path, maybe relative) from {@code workingDirectory}. */
    String launchFrom(Path workingDirectory, String launcher) throws IOException, InterruptedException {
        return launch(Map.of(), workingDirectory, launcher);
    }

    private String launch(Map<String, String> environment, Path workingDirectory, String launcher, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        pb.environment().put("P1VAULT_JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(environment);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}

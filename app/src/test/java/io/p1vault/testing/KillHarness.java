package io.p1vault.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Crash-safety test driver: starts a child JVM that saves a file in a loop, kills it with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS) at a random moment, lets a
 * checker inspect the file, and repeats with a fresh child.
 *
 * <p>The child's main class must print the line {@value #READY} to standard output once its
 * first save has completed, then keep saving until killed. Kills happen after that line, so
 * they land in the saving loop rather than in JVM start-up.
 */
public final class KillHarness {
    public static final String READY = "READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    /** Inspects the files after a kill; throws (an assertion error) if one is broken. */
    @FunctionalInterface
    public interface Checker {
        void check(int round) throws Exception;
    }

    /**
     * @param kills        rounds that ended with a kill
     * @param midSaveKills kills that left a new temporary file ({@code *.tmp}) behind in the
     *                     watched folder, i.e. landed while a save was in progress
     */
    public record Report(int kills, int midSaveKills) {}

    private final Class<?> childMain;
    private final List<String> childArgs;
    private final Path watchedFolder;
    private final Path childErrors;

    /**
     * @param childMain     the saving loop to run in the child JVM (on the test class path)
     * @param childArgs     its arguments
     * @param watchedFolder where the saved file lives; left-over temporary files are counted
     */
    public KillHarness(Class<?> childMain, List<String> childArgs, Path watchedFolder) throws IOException {
        this.childMain = childMain;
        this.childArgs = List.copyOf(childArgs);
        this.watchedFolder = watchedFolder;
        this.childErrors = Files.createTempFile("p1vault-kill-child", ".log");
        childErrors.toFile().deleteOnExit();
    }

    /** Runs {@code kills} rounds, each killed after a random delay up to {@code maxDelay}. */
    public Report run(int kills, Duration maxDelay, long seed, Checker checker) throws Exception {
        Random random = new Random(seed);
        int midSave = 0;
        for (int round = 0; round < kills; round++) {
            Set<Path> tempsBefore = tempFiles();
            Process child = start();
            try {
                awaitReady(child, round);
                Thread.sleep(random.nextInt((int) maxDelay.toMillis() + 1));
                if (!child.isAlive()) {
                    throw new AssertionError("child exited by itself in round " + round + " (seed " + seed + "): "
                            + Files.readString(childErrors));
                }
            } finally {
                child.destroyForcibly();
                child.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            Set<Path> left = tempFiles();
            left.removeAll(tempsBefore);
            if (!left.isEmpty()) {
                midSave++;
            }
            try {
                checker.check(round);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(
                        "broken state after kill " + round + " (seed " + seed + "): " + e.getMessage(), e);
            }
        }
        return new Report(kills, midSave);
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                // quick start-up matters more than peak speed for a process that lives ~100 ms
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx128m",
                "-Xshare:auto",
                "-cp",
                TestClassPath.get(),
                childMain.getName()));
        command.addAll(childArgs);
        return new ProcessBuilder(command)
                .redirectError(childErrors.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
    }

    private void awaitReady(Process child, int round) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String first;
        try {
            first = line.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new AssertionError("child did not report " + READY + " in round " + round, e);
        }
        if (!READY.equals(first)) {
            child.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError(
                    "child failed in round " + round + ": " + first + "\n" + Files.readString(childErrors));
        }
    }

    private Set<Path> tempFiles() throws IOException {
        try (Stream<Path> list = Files.list(watchedFolder)) {
            return new HashSet<>(list.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList());
        }
    }
}

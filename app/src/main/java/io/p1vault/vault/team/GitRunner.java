package io.p1vault.vault.team;

import io.p1vault.model.rules.VisibleText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the system {@code git} in a repository: arguments as a list (no shell), the environment
 * reduced to what git needs (no passphrase variable or anything else of ours reaches it or its
 * hooks), no terminal prompt, bounded output read as untrusted text.
 */
final class GitRunner {
    static final int MAX_OUTPUT = 64 * 1024 * 1024;
    private static final List<String> KEPT_VARIABLES =
            List.of("PATH", "HOME", "USER", "LOGNAME", "SSH_AUTH_SOCK", "GIT_SSH_COMMAND", "TMPDIR");
    private static final long TIMEOUT_MINUTES = 10;

    private final Path repository;
    private final Map<String, String> extraEnvironment;

    GitRunner(Path repository, Map<String, String> extraEnvironment) {
        this.repository = repository;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /** What one git run printed; {@code out} is raw bytes (a file's content for {@code git show}). */
    record Result(int exit, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Runs git and fails with its (visible-text) error output unless it exits 0. */
    Result run(String... args) throws IOException {
        Result r = tryRun(args);
        if (r.exit() != 0) {
            throw new GitFailedException(repository, args[0], r.exit(), r.err());
        }
        return r;
    }

    Result tryRun(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> env = pb.environment();
        Map<String, String> inherited = Map.copyOf(env);
        env.clear();
        for (String name : KEPT_VARIABLES) {
            if (inherited.containsKey(name)) {
                env.put(name, inherited.get(name));
            }
        }
        env.put("LC_ALL", "C");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.putAll(extraEnvironment);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new GitNotFoundException(e);
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readBounded(p.getErrorStream()));
        byte[] out = readBounded(p.getInputStream());
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("git " + args[0] + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git " + args[0] + " ran", e);
        }
        // Kept as lines, each made visible text, so a reason can still be picked out of it.
        String errText = new String(err.join(), StandardCharsets.UTF_8)
                .strip()
                .lines()
                .limit(40)
                .map(line -> VisibleText.shortened(line, 500))
                .collect(Collectors.joining("\n"));
        return new Result(p.exitValue(), out, errText);
    }

    private static byte[] readBounded(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_OUTPUT);
            in.transferTo(java.io.OutputStream.nullOutputStream()); // so git never blocks on a full pipe
            return bytes;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}

package io.p1vault.vault.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A bare repository on disk and clones of it, each with its own author, as a team's workstations. */
public final class GitClones {
    private GitClones() {}

    public static Path bare(Path dir) throws Exception {
        Path origin = dir.resolve("origin.git");
        git(dir, Map.of(), "init", "--quiet", "--bare", "-b", "main", origin.toString());
        return origin;
    }

    public static Path cloneOf(Path origin, Path dir, String author) throws Exception {
        Path clone = dir.resolve(author + "-clone");
        git(dir, Map.of(), "clone", "--quiet", origin.toString(), clone.toString());
        git(clone, Map.of(), "config", "user.name", author);
        git(clone, Map.of(), "config", "user.email", author + "@example.com");
        git(clone, Map.of(), "checkout", "--quiet", "-B", "main");
        return clone;
    }

    /** Runs git in {@code dir} with extra environment variables; returns standard output, fails on a non-zero exit. */
    public static String git(Path dir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(
                    "git " + String.join(" ", args) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

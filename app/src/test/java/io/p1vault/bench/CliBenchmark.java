package io.p1vault.bench;

import io.p1vault.crypto.age.AgeCommand;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.Vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cold command-line unlock side by side with {@code age -d} in one run: {@code p1vault list} of a
 * vault at age's default work factor (logN 18), process start to exit, through the launcher
 * ({@code ./p1vault}: Java 25 and the command line's cache when Java 25 is installed) and as plain
 * {@code java -jar} on the benchmark's Java, beside {@code age -d} of the same file and the
 * launcher's {@code --version} (what starting alone costs). Runs are interleaved, so a busy
 * machine slows every contender alike: compare the ratios, not the times of another run.
 */
public final class CliBenchmark {
    private static final String PASSPHRASE = "benchmark passphrase";
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final int ENTRIES = 50;
    private static final int WORK_FACTOR = 18;
    private static final Path ROOT = Path.of(System.getProperty("bench.projectDir", "."))
            .toAbsolutePath()
            .normalize();
    private static final Path LAUNCHER = ROOT.resolve("p1vault");
    private static final Path JAR = ROOT.resolve("app/target/p1vault.jar");

    private CliBenchmark() {}

    public static void main(String[] args) throws Exception {
        AgeCommand.requireInstalled();
        if (!Files.isRegularFile(JAR)) {
            throw new IOException("build first (mvn -B -q package -DskipTests): " + JAR + " is missing");
        }
        Path dir = Files.createTempDirectory("p1vault-cli-bench");
        try {
            Path vault = dir.resolve("vault.age");
            VaultDocument doc = RealisticEntries.document(ENTRIES);
            try (Vault v = Vault.create(vault, PASSPHRASE.toCharArray(), WORK_FACTOR)) {
                v.document().entries.addAll(doc.entries);
                v.save();
            }
            Path cache = Files.createDirectories(dir.resolve("cache"));
            trainLauncher(cache);
            System.out.printf(
                    Locale.ROOT,
                    "command-line benchmark: %d runs each, interleaved, %d entries, work factor %d, %d cores, "
                            + "benchmark on Java %s%n  launcher's cache: %s%n",
                    RUNS,
                    ENTRIES,
                    WORK_FACTOR,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    cacheFiles(cache));

            String v = vault.toString();
            Timings age = new Timings("age -d (spawn to exit)");
            Timings launcher = new Timings("ours: ./p1vault list");
            Timings plainJar = new Timings("ours: java -jar p1vault.jar list");
            Timings version = new Timings("ours: ./p1vault --version");
            Path out = dir.resolve("vault.json");
            for (int i = 0; i < RUNS; i++) {
                age.add(AgeCommand.timedDecryptWithPassphrase(vault, out, PASSPHRASE));
                launcher.add(timed(cache, List.of(LAUNCHER.toString(), "list", "--vault", v)));
                plainJar.add(timed(cache, List.of(java(), "-jar", JAR.toString(), "list", "--vault", v)));
                version.add(timed(cache, List.of(LAUNCHER.toString(), "--version")));
            }
            System.out.println("\nprocess start to exit, medians:");
            for (Timings t : List.of(age, launcher, plainJar, version)) {
                System.out.println("  " + t.row());
            }
            System.out.println(Timings.ratio("./p1vault list / age -d", launcher, age));
            System.out.println(Timings.ratio("java -jar list / age -d", plainJar, age));
            System.out.println(Timings.ratio("./p1vault list / java -jar list", launcher, plainJar));
        } finally {
            VaultBenchmark.deleteTree(dir);
        }
    }

    /** The launcher trains the command line's cache in the background after a first command; waits for it. */
    private static void trainLauncher(Path cache) throws Exception {
        timed(cache, List.of(LAUNCHER.toString(), "--version"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        // The launcher makes the lock before it starts the command, so it exists by now while training runs.
        Path lock = cache.resolve("p1vault/cli-training.lock");
        while (Files.exists(lock)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the launcher's training run did not end within 3 minutes");
            }
            Thread.sleep(100);
        }
    }

    private static String cacheFiles(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("p1vault"))) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            return names.isEmpty() ? "none (the launcher found no Java 25 or could not train)" : names.toString();
        }
    }

    /** Milliseconds from starting {@code command} to its exit; it must succeed. */
    private static double timed(Path cache, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("P1VAULT_PASSPHRASE", PASSPHRASE);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

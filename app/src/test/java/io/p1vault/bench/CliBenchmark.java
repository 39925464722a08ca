package io.p1vault.bench;

import io.p1vault.crypto.age.AgeCommand;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.Vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cold command-line unlock side by side with {@code age -d} in one run: {@code p1vault list} of a
 * vault at age's default work factor (logN 18), process start to exit, through the launcher
 * ({@code ./p1vault}: Java 25 and the command line's cache when Java 25 is installed) and as plain
 * {@code java -jar} on the benchmark's Java, beside {@code age -d} of the same file and the
 * launcher's {@code --version} (what starting alone costs). Runs are interleaved, so a busy
 * machine slows every contender alike: compare the ratios, not the times of another run.
 *
 * <p>Each round runs the contenders in another order, so that none always runs right after the
 * same other one: on a virtual machine whose host takes freed memory back only after a while, a
 * program that follows one that freed its 256 MiB touches memory more cheaply (a fixed order, even
 * rotated, put ours after {@code age -d} in every round). With {@code -Dbench.baselineJar=JAR} the same
 * launcher also runs {@code list} with that jar (from a checkout-shaped folder of its own, with
 * its own cache) as one more contender, and the run prints ours / baseline per round.
 */
public final class CliBenchmark {
    private static final String PASSPHRASE = "benchmark passphrase";
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final String BASELINE_JAR = System.getProperty("bench.baselineJar", "");
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
            trainLauncher(cache, LAUNCHER);
            Path baselineLauncher = BASELINE_JAR.isEmpty() ? null : baselineCheckout(dir, Path.of(BASELINE_JAR));
            if (baselineLauncher != null) {
                trainLauncher(cache, baselineLauncher);
            }
            System.out.printf(
                    Locale.ROOT,
                    "command-line benchmark: %d runs each, interleaved, %d entries, work factor %d, %s, "
                            + "benchmark on Java %s%n  launcher's cache: %s%n",
                    RUNS,
                    ENTRIES,
                    WORK_FACTOR,
                    Machine.describe(),
                    System.getProperty("java.version"),
                    cacheFiles(cache));

            String v = vault.toString();
            Timings age = new Timings("age -d (spawn to exit)");
            Timings launcher = new Timings("ours: ./p1vault list");
            Timings plainJar = new Timings("ours: java -jar p1vault.jar list");
            Timings version = new Timings("ours: ./p1vault --version");
            Timings baseline = new Timings("baseline jar: ./p1vault list");
            Path out = dir.resolve("vault.json");
            List<Contender> contenders = new ArrayList<>(List.of(
                    new Contender(age, () -> AgeCommand.timedDecryptWithPassphrase(vault, out, PASSPHRASE)),
                    new Contender(launcher, () -> timed(cache, List.of(LAUNCHER.toString(), "list", "--vault", v))),
                    new Contender(
                            plainJar,
                            () -> timed(cache, List.of(java(), "-jar", JAR.toString(), "list", "--vault", v))),
                    new Contender(version, () -> timed(cache, List.of(LAUNCHER.toString(), "--version")))));
            if (baselineLauncher != null) {
                contenders.add(new Contender(
                        baseline, () -> timed(cache, List.of(baselineLauncher.toString(), "list", "--vault", v))));
            }
            // A fixed seed: a rerun measures in the same orders.
            Random random = new Random(17);
            for (int i = 0; i < RUNS; i++) {
                List<Contender> round = new ArrayList<>(contenders);
                Collections.shuffle(round, random);
                for (Contender c : round) {
                    c.timings().add(c.run().get());
                }
            }
            System.out.println("\nprocess start to exit, medians:");
            for (Contender c : contenders) {
                System.out.println("  " + c.timings().row());
            }
            System.out.println(Timings.ratio("./p1vault list / age -d", launcher, age));
            System.out.println(Timings.pairedRatio("./p1vault list / age -d, per round", launcher, age));
            System.out.println(Timings.ratio("java -jar list / age -d", plainJar, age));
            System.out.println(Timings.ratio("./p1vault list / java -jar list", launcher, plainJar));
            if (baselineLauncher != null) {
                System.out.println("  baseline jar: " + BASELINE_JAR);
                System.out.println(Timings.pairedRatio("ours / baseline", launcher, baseline));
            }
        } finally {
            VaultBenchmark.deleteTree(dir);
        }
    }

    private interface Run {
        double get() throws Exception;
    }

    /** One program measured in every round. */
    private record Contender(Timings timings, Run run) {}

    /**
     * A folder shaped like a checkout, holding this launcher and {@code jar} where the launcher looks
     * for it (app/target/p1vault.jar beside itself); returns the launcher. Its caches are named
     * after that folder, so they never mix with ours.
     */
    private static Path baselineCheckout(Path dir, Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("bench.baselineJar: no such file: " + jar);
        }
        Path root = dir.resolve("baseline");
        Files.createDirectories(root.resolve("app/target"));
        Files.copy(jar, root.resolve("app/target/p1vault.jar"));
        return Files.copy(LAUNCHER, root.resolve("p1vault"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * The launcher trains the command line's cache in the background after a first command; waits for it,
     * then launches once more so that the cache is in place before the timed runs.
     */
    private static void trainLauncher(Path cache, Path launcher) throws Exception {
        timed(cache, List.of(launcher.toString(), "--version"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        // The launcher makes the lock before it starts the command, so it exists by now while training runs.
        Path lock = cache.resolve("p1vault/cli-training.lock");
        while (Files.exists(lock)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the launcher's training run did not end within 3 minutes");
            }
            Thread.sleep(100);
        }
        // The next launch checks the recording and puts it in place: done here, not in a timed run.
        timed(cache, List.of(launcher.toString(), "--version"));
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

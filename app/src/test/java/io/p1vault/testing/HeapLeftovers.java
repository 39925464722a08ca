package io.p1vault.testing;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shows what copies of a secret an operation leaves in memory. The operation (a {@link Scenario})
 * runs in a child JVM whose collector never collects (Epsilon), so every array it ever made is
 * still in the heap when it ends, wiped or not; the child then dumps its whole heap, and
 * {@link HeapDumpScan} finds the arrays that still hold the secret. The secret reaches the child
 * only inside the files it is given, never as an argument, so any copy found was made by the
 * operation.
 */
public final class HeapLeftovers {
    private static final long TIMEOUT_SECONDS = 120;
    /** Long enough that random text does not match by chance, short enough to find fragments. */
    private static final int PIECE = 12;

    private static final int STEP = 4;

    /** An operation run in the child; it must leave no copy of a secret it read unwiped. */
    public interface Scenario {
        void run(List<String> args) throws Exception;
    }

    private HeapLeftovers() {}

    /**
     * Runs {@code scenario} (a class with a public no-argument constructor) with {@code args} in a
     * child JVM and returns the arrays left holding {@code secret}, or a part of it, when it ended.
     */
    public static List<HeapDumpScan.Finding> after(
            Class<? extends Scenario> scenario, List<String> args, String secret, Path workDir) throws Exception {
        Path dump = workDir.resolve(scenario.getSimpleName() + ".hprof");
        Path errors = workDir.resolve(scenario.getSimpleName() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockExperimentalVMOptions",
                "-XX:+UseEpsilonGC",
                "-Xmx2g",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                TestClassPath.get(),
                Child.class.getName(),
                scenario.getName(),
                dump.toString()));
        command.addAll(args);
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(errors.toFile())
                .start();
        try {
            if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(scenario.getSimpleName() + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            if (child.exitValue() != 0) {
                throw new AssertionError(
                        scenario.getSimpleName() + " failed: " + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return HeapDumpScan.find(dump, piecesOf(secret));
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(dump);
        }
    }

    /**
     * Pieces of the secret, {@value #PIECE} characters long, starting every {@value #STEP}: a buffer
     * reused for a shorter text afterwards keeps the end of the secret, and any fragment of at least
     * {@code PIECE + STEP - 1} characters holds one piece whole.
     */
    private static List<String> piecesOf(String secret) {
        if (secret.length() < PIECE) {
            throw new IllegalArgumentException("a canary needs at least " + PIECE + " characters");
        }
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start + PIECE <= secret.length(); start += STEP) {
            pieces.add(secret.substring(start, start + PIECE));
        }
        return pieces;
    }

    /** The child's entry point: runs the scenario, then dumps every object in the heap. */
    public static final class Child {
        private Child() {}

        public static void main(String[] args) throws Exception {
            Scenario scenario =
                    (Scenario) Class.forName(args[0]).getConstructor().newInstance();
            scenario.run(Arrays.asList(args).subList(2, args.length));
            dumpHeap(args[1]);
        }

        private static void dumpHeap(String file) throws IOException {
            // live=false: unreachable objects are dumped too; under Epsilon that is all of them.
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file, false);
        }
    }
}

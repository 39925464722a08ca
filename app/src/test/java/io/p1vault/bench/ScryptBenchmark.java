package io.p1vault.bench;

import io.p1vault.crypto.Scrypt;
import org.bouncycastle.crypto.generators.SCrypt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * scrypt at age's work factor (logN 18, r 8, p 1, 32 bytes), ours against BouncyCastle's.
 *
 * <p>Build and run (from the repository root):
 * <pre>
 * mvn -B -q package -DskipTests
 * mvn -B -q dependency:build-classpath -pl app -Dmdep.outputFile=/tmp/cp.txt
 * java -cp app/target/classes:app/target/test-classes:$(cat /tmp/cp.txt) io.p1vault.bench.ScryptBenchmark cold ours
 * # as shipped (shaded jar: BouncyCastle unsigned, small manifest; matters for cold runs):
 * java -cp app/target/p1vault.jar:app/target/test-classes io.p1vault.bench.ScryptBenchmark cold ours
 * </pre>
 *
 * <pre>
 * java -cp ... io.p1vault.bench.ScryptBenchmark warm ours|bc|ours-progress [runs]
 * java -cp ... io.p1vault.bench.ScryptBenchmark cold|primed ours|bc
 * </pre>
 *
 * "warm" derives twice to warm up, then prints each run and the median. "cold" derives once, as
 * an unlock does in a fresh process, and prints the time of that derivation alone; time the
 * whole process from outside to include JVM start. "primed" first calls what
 * {@link Scrypt#prepare()} does and pauses, as an application can while the user types.
 *
 * <p>The {@code age} side: {@code age-passphrase.exp} next to this class (in src/test/resources)
 * creates a logN 18 file with {@code age -p} and times {@code age -d} from the moment the
 * passphrase is sent, since age reads passphrases only from a terminal.
 */
public final class ScryptBenchmark {

    private static final byte[] PASSWORD = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final int LOG_N = 18;

    private ScryptBenchmark() {}

    public static void main(String[] args) {
        String mode = args[0];
        String impl = args[1];
        if (mode.equals("cold") || mode.equals("primed")) {
            if (mode.equals("primed")) {
                // What an application can do while the user types: one small derivation compiles
                // the hot code; the pause stands in for the typing.
                Scrypt.derive(PASSWORD, SALT, 12, 8, 1, 32);
                sleep(500);
            }
            long t0 = System.nanoTime();
            byte[] key = derive(impl);
            long t1 = System.nanoTime();
            System.out.printf(mode + " %s derive_ms=%.1f key=%02x%n", impl, (t1 - t0) / 1e6, key[0]);
            return;
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        for (int i = 0; i < 2; i++) {
            derive(impl);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            derive(impl);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "warm %s runs=%s median_ms=%.1f min=%.1f max=%.1f%n",
                impl,
                Arrays.toString(Arrays.stream(ms).map(Math::round).toArray()),
                sorted[runs / 2],
                sorted[0],
                sorted[runs - 1]);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] derive(String impl) {
        switch (impl) {
            case "ours":
                return Scrypt.derive(PASSWORD, SALT, LOG_N, 8, 1, 32);
            case "ours-progress":
                return Scrypt.derive(PASSWORD, SALT, LOG_N, 8, 1, 32, f -> true);
            case "bc":
                return SCrypt.generate(PASSWORD, SALT, 1 << LOG_N, 8, 1, 32);
            default:
                throw new IllegalArgumentException("unknown implementation " + impl);
        }
    }
}

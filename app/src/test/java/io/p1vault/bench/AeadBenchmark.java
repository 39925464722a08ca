package io.p1vault.bench;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of one STREAM chunk's AEAD (64 KiB, RFC 8439 ChaCha20-Poly1305), per candidate.
 *
 * <p>Build and run (from the repository root):
 * <pre>
 * mvn -B -q package -DskipTests
 * mvn -B -q dependency:build-classpath -pl app -Dmdep.outputFile=/tmp/cp.txt
 * java -cp app/target/classes:app/target/test-classes:$(cat /tmp/cp.txt) io.p1vault.bench.AeadBenchmark 256 7 1
 * # as shipped (shaded jar: BouncyCastle unsigned, small manifest; matters for cold runs):
 * java -cp app/target/p1vault.jar:app/target/test-classes io.p1vault.bench.AeadBenchmark 256 7 1
 * </pre>
 *
 * <pre>
 * java -cp ... io.p1vault.bench.AeadBenchmark [MiB per run, default 256] [runs, default 7]
 *     [threads, default 1] [candidate names..., default all]
 * </pre>
 *
 * Each run seals MiB/64 KiB chunks with a fresh nonce per chunk, as the STREAM layer does, then
 * opens as many chunks taken in turn from a ring of 64 sealed ones (4 MiB), spread over the
 * given number of threads with one candidate instance each. Run 0 is a warm-up and is not
 * reported. Prints MB/s (10^6 bytes per second) per run and the median.
 */
public final class AeadBenchmark {

    private static final int CHUNK = 64 * 1024;
    /** Distinct sealed chunks to open in turn: SunJCE refuses to init twice with one nonce. */
    private static final int RING = 64;

    private interface Factory {
        AeadCandidates.Candidate create() throws GeneralSecurityException;
    }

    private AeadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> wanted = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of();
        Map<String, Factory> all = new LinkedHashMap<>();
        all.put("jdk", AeadCandidates.Jdk::new);
        all.put("bc-engine+poly1305", AeadCandidates.BcComposed::new);
        all.put("bc-aead", AeadCandidates.BcAead::new);
        all.put("ours", AeadCandidates.Ours::new);
        for (Map.Entry<String, Factory> e : all.entrySet()) {
            if (wanted.isEmpty() || wanted.contains(e.getKey())) {
                measure(e.getKey(), e.getValue(), mib, runs, threads);
            }
        }
    }

    /** One thread's share: its own instance, plaintext, ring of sealed chunks and nonces. */
    private static final class Worker {
        final AeadCandidates.Candidate candidate;
        final byte[] key = new byte[32];
        final byte[] plain = new byte[CHUNK];
        final byte[] sealed = new byte[CHUNK + 16];
        final byte[] opened = new byte[CHUNK];
        final byte[] nonce = new byte[12];
        final byte[][] ring = new byte[RING][CHUNK + 16];
        final byte[][] ringNonces = new byte[RING][12];
        final int id;
        long counter;
        long opens = 1;

        Worker(AeadCandidates.Candidate candidate, int id) throws GeneralSecurityException {
            this.candidate = candidate;
            this.id = id;
            Random random = new Random(id);
            random.nextBytes(key);
            random.nextBytes(plain);
            for (int k = 0; k < RING; k++) {
                setCounter(ringNonces[k], id, 1_000_000 + k);
                candidate.seal(key, ringNonces[k], plain, 0, CHUNK, ring[k], 0);
            }
            candidate.open(key, ringNonces[0], ring[0], 0, CHUNK + 16, opened, 0);
            if (!Arrays.equals(plain, opened)) {
                throw new IllegalStateException(candidate.name() + " does not round-trip");
            }
        }

        Void seal(int chunks) throws GeneralSecurityException {
            for (int i = 0; i < chunks; i++) {
                // SunJCE refuses to encrypt twice under one key and nonce.
                setCounter(nonce, id, counter++);
                candidate.seal(key, nonce, plain, 0, CHUNK, sealed, 0);
            }
            return null;
        }

        Void open(int chunks) throws GeneralSecurityException {
            for (int i = 0; i < chunks; i++) {
                // Never the ring entry opened last: SunJCE refuses to init twice with one nonce.
                int k = (int) (opens++ % RING);
                candidate.open(key, ringNonces[k], ring[k], 0, CHUNK + 16, opened, 0);
            }
            return null;
        }
    }

    private static void measure(String name, Factory factory, int mib, int runs, int threads) throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(factory.create(), t));
        }
        int chunksPerThread = mib * 1024 * 1024 / CHUNK / threads;
        long bytes = (long) chunksPerThread * threads * CHUNK;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] sealRates = new double[runs];
            double[] openRates = new double[runs];
            for (int run = 0; run <= runs; run++) {
                List<Callable<Void>> seals = new ArrayList<>();
                List<Callable<Void>> opens = new ArrayList<>();
                for (Worker w : workers) {
                    seals.add(() -> w.seal(chunksPerThread));
                    opens.add(() -> w.open(chunksPerThread));
                }
                long t0 = System.nanoTime();
                runAll(pool, seals);
                long t1 = System.nanoTime();
                runAll(pool, opens);
                long t2 = System.nanoTime();
                if (run > 0) {
                    sealRates[run - 1] = bytes / ((t1 - t0) / 1e9) / 1e6;
                    openRates[run - 1] = bytes / ((t2 - t1) / 1e9) / 1e6;
                }
            }
            report(name, threads, "seal", sealRates);
            report(name, threads, "open", openRates);
        } finally {
            pool.shutdown();
        }
    }

    private static void runAll(ExecutorService pool, List<Callable<Void>> tasks)
            throws InterruptedException, ExecutionException {
        for (Future<Void> f : pool.invokeAll(tasks)) {
            f.get();
        }
    }

    private static void setCounter(byte[] nonce, int thread, long counter) {
        nonce[0] = (byte) thread;
        for (int i = 0; i < 8; i++) {
            nonce[10 - i] = (byte) (counter >>> (8 * i));
        }
    }

    private static void report(String name, int threads, String op, double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-20s threads=%d %s median=%7.1f MB/s min=%7.1f max=%7.1f runs=%s%n",
                name,
                threads,
                op,
                sorted[rates.length / 2],
                sorted[0],
                sorted[rates.length - 1],
                Arrays.toString(Arrays.stream(rates).map(Math::round).toArray()));
    }
}

package io.p1vault.bench;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Single-thread throughput of one STREAM chunk's AEAD (64 KiB, RFC 8439 ChaCha20-Poly1305).
 *
 * <pre>
 * java -cp ... io.p1vault.bench.AeadBenchmark [MiB per run, default 256] [runs, default 7] [candidate names...]
 * </pre>
 *
 * Each run seals MiB/64 KiB chunks with a fresh nonce per chunk, as the STREAM layer does, then
 * opens as many chunks from a ring of 64 sealed ones (4 MiB), after a warm-up of the same size. Prints MB/s (10^6 bytes) per run and the median.
 */
public final class AeadBenchmark {

    private static final int CHUNK = 64 * 1024;
    /** Distinct sealed chunks to open in turn: SunJCE refuses to reuse the previous nonce. */
    private static final int RING = 64;

    private AeadBenchmark() {
    }

    public static void main(String[] args) throws GeneralSecurityException {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<String> wanted = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        List<AeadCandidates.Candidate> all = new ArrayList<>(List.of(new AeadCandidates.Jdk(),
                new AeadCandidates.BcComposed(), new AeadCandidates.BcAead()));
        all.addAll(AeadCandidates.more());
        for (AeadCandidates.Candidate c : all) {
            if (wanted.isEmpty() || wanted.contains(c.name())) {
                measure(c, mib, runs);
            }
        }
    }

    private static void measure(AeadCandidates.Candidate c, int mib, int runs) throws GeneralSecurityException {
        Random random = new Random(1);
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] plain = new byte[CHUNK];
        random.nextBytes(plain);
        byte[] sealed = new byte[CHUNK + 16];
        byte[] opened = new byte[CHUNK];
        byte[] nonce = new byte[12];
        int chunks = mib * 1024 * 1024 / CHUNK;

        long counter = 0;
        setCounter(nonce, counter++);
        c.seal(key, nonce, plain, 0, CHUNK, sealed, 0);
        c.open(key, nonce, sealed, 0, CHUNK + 16, opened, 0);
        if (!Arrays.equals(plain, opened)) {
            throw new IllegalStateException(c.name() + " does not round-trip");
        }
        byte[][] ring = new byte[RING][CHUNK + 16];
        byte[][] ringNonces = new byte[RING][12];
        for (int k = 0; k < RING; k++) {
            setCounter(ringNonces[k], 1_000_000 + k);
            c.seal(key, ringNonces[k], plain, 0, CHUNK, ring[k], 0);
        }
        double[] sealRates = new double[runs + 1];
        double[] openRates = new double[runs + 1];
        for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < chunks; i++) {
                // SunJCE refuses to encrypt twice under one key and nonce.
                setCounter(nonce, counter++);
                c.seal(key, nonce, plain, 0, CHUNK, sealed, 0);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < chunks; i++) {
                int k = i % RING;
                c.open(key, ringNonces[k], ring[k], 0, CHUNK + 16, opened, 0);
            }
            long t2 = System.nanoTime();
            sealRates[run] = (double) chunks * CHUNK / ((t1 - t0) / 1e9) / 1e6;
            openRates[run] = (double) chunks * CHUNK / ((t2 - t1) / 1e9) / 1e6;
        }
        // Run 0 was the warm-up.
        report(c.name(), "seal", Arrays.copyOfRange(sealRates, 1, runs + 1));
        report(c.name(), "open", Arrays.copyOfRange(openRates, 1, runs + 1));
    }

    private static void setCounter(byte[] nonce, long counter) {
        for (int i = 0; i < 8; i++) {
            nonce[10 - i] = (byte) (counter >>> (8 * i));
        }
    }

    private static void report(String name, String op, double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf("%-20s %s median=%7.1f MB/s min=%7.1f max=%7.1f runs=%s%n", name, op,
                sorted[rates.length / 2], sorted[0], sorted[rates.length - 1],
                Arrays.toString(Arrays.stream(rates).map(Math::round).toArray()));
    }
}

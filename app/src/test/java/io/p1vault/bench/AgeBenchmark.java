package io.p1vault.bench;

import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeCommand;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.AgeOutputStream;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.Identity;
import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.crypto.age.Recipient;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.crypto.age.X25519Identity;
import io.p1vault.crypto.age.X25519Recipient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Our age implementation side by side with the {@code age} command, in one run:
 * scrypt unlock at work factor 18 and STREAM throughput on a 256 MiB file; then our post-quantum
 * (ML-KEM-768 + X25519) keys against our X25519 ones, which the installed age (1.1.1) cannot run.
 * Run: {@code mvn -B -q -Pbench -Dbench=AgeBenchmark verify}
 */
public final class AgeBenchmark {
    private static final String PASSPHRASE = "benchmark passphrase";
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int STREAM_MIB = Integer.getInteger("bench.streamMiB", 256);
    /** An export to a team: one file, ten recipients. */
    private static final int RECIPIENTS = 10;
    /** Key operations take well under a millisecond: each sample times a batch of them. */
    private static final int BATCH = 20;

    private static final int KEY_SAMPLES = 25;

    private AgeBenchmark() {}

    public static void main(String[] args) throws Exception {
        AgeCommand.requireInstalled();
        Path dir = Files.createTempDirectory("p1vault-bench");
        try {
            System.out.printf(
                    "age benchmark: %d runs each, %d MiB stream, %s, %s%n",
                    RUNS, STREAM_MIB, Machine.describe(), System.getProperty("java.vm.version"));
            scrypt(dir);
            stream(dir);
            postQuantum();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static void scrypt(Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("small.txt"), "{\"format\":\"p1vault\"}");
        Path file = dir.resolve("small.age");
        AgeCommand.encryptWithPassphrase(plain, file, PASSPHRASE, false);
        Path out = dir.resolve("small.out");

        Timings age = new Timings("age -d (passphrase, logN 18)");
        Timings oursFirst = new Timings("ours in-process, first unlock in the JVM");
        Timings oursWarm = new Timings("ours in-process, later unlocks");
        Timings oursProcess = new Timings("ours fresh JVM process (java + unlock)");
        for (int i = 0; i < RUNS; i++) {
            age.add(AgeCommand.timedDecryptWithPassphrase(file, out, PASSPHRASE));
            oursProcess.add(Timings.time(() -> unlockInFreshJvm(file)));
        }
        for (int i = 0; i <= RUNS; i++) {
            double ms = Timings.time(() -> readAll(file, new ScryptIdentity(PASSPHRASE.toCharArray())));
            (i == 0 ? oursFirst : oursWarm).add(ms);
        }
        System.out.println("\nscrypt unlock, work factor 18 (256 MiB):");
        for (Timings t : List.of(age, oursFirst, oursWarm, oursProcess)) {
            System.out.println("  " + t.row());
        }
        System.out.println(Timings.ratio("in-process (later unlocks) / age", oursWarm, age));
        System.out.println(Timings.ratio("fresh JVM process / age", oursProcess, age));
    }

    private static void unlockInFreshJvm(Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                UnlockOnce.class.getName(),
                file.toString());
        pb.environment().put("P1VAULT_BENCH_PASSPHRASE", PASSPHRASE);
        pb.inheritIO();
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("unlock in a fresh JVM failed");
        }
    }

    private static void stream(Path dir) throws Exception {
        Path plain = dir.resolve("big.bin");
        writeRandom(plain, STREAM_MIB * 1024L * 1024L);
        Path key = dir.resolve("key.txt");
        X25519Recipient recipient = X25519Recipient.parse(AgeCommand.keygen(key));
        X25519Identity identity = X25519Identity.parse(Files.readAllLines(key).stream()
                .filter(l -> l.startsWith("AGE-SECRET-KEY-1"))
                .findFirst()
                .orElseThrow()
                .toCharArray());
        Path ageFile = dir.resolve("big.age");
        Path ourFile = dir.resolve("big.ours.age");
        Path out = dir.resolve("big.out");

        Timings ageEnc = new Timings("age -e -r (file to file)");
        Timings ageDec = new Timings("age -d -i (file to file)");
        Timings ourEnc = new Timings("ours encrypt in-process (file to file)");
        Timings ourDec = new Timings("ours decrypt in-process (file to file)");
        encryptOurs(recipient, plain, ourFile);
        readAll(ourFile, identity);
        for (int i = 0; i < RUNS; i++) {
            ageEnc.add(Timings.time(() ->
                    AgeCommand.run("age", "-r", recipient.toString(), "-o", ageFile.toString(), plain.toString())));
            ageDec.add(Timings.time(
                    () -> AgeCommand.run("age", "-d", "-i", key.toString(), "-o", out.toString(), ageFile.toString())));
            ourEnc.add(Timings.time(() -> encryptOurs(recipient, plain, ourFile)));
            ourDec.add(Timings.time(() -> decryptOursToFile(ageFile, identity, out)));
        }
        System.out.printf("%nSTREAM, %d MiB:%n", STREAM_MIB);
        for (Timings t : List.of(ageEnc, ourEnc, ageDec, ourDec)) {
            System.out.printf("  %s   %.0f MiB/s%n", t.row(), STREAM_MIB / (t.median() / 1000));
        }
        System.out.println(Timings.ratio("encrypt ours / age", ourEnc, ageEnc));
        System.out.println(Timings.ratio("decrypt ours / age", ourDec, ageDec));
    }

    /**
     * Key generation, a small file (a 4 KiB export) encrypted to ten recipients, and opening it
     * with the identity of the last one, so that the nine stanzas before it are tried first.
     */
    private static void postQuantum() throws Exception {
        byte[] plain = new byte[4096];
        new Random(2).nextBytes(plain);
        List<Timings> all = new ArrayList<>();
        List<Integer> headers = new ArrayList<>();
        for (boolean pq : new boolean[] {false, true}) {
            String kind = pq ? "post-quantum" : "X25519";
            List<KeyPairIdentity> identities = new ArrayList<>();
            for (int i = 0; i < RECIPIENTS; i++) {
                identities.add(KeyPairIdentity.generate(pq));
            }
            List<Recipient> recipients =
                    identities.stream().map(KeyPairIdentity::recipient).toList();
            Identity last = identities.get(RECIPIENTS - 1);
            byte[] file = encryptSmall(recipients, plain);
            headers.add(Age.readHeader(new ByteArrayInputStream(file)).stanzas().stream()
                    .mapToInt(st -> st.args().stream().mapToInt(String::length).sum() + st.body().length)
                    .sum());
            Timings keygen = perOperation(
                    kind + " key generation", () -> KeyPairIdentity.generate(pq).destroy());
            Timings encrypt =
                    perOperation(kind + " encrypt 4 KiB to " + RECIPIENTS, () -> encryptSmall(recipients, plain));
            Timings decrypt = perOperation(kind + " decrypt it (10th stanza)", () -> readAll(file, last));
            all.addAll(List.of(keygen, encrypt, decrypt));
            identities.forEach(KeyPairIdentity::destroy);
        }
        System.out.printf(
                "%npost-quantum (ML-KEM-768 + X25519) against X25519, per operation (batches of %d):%n", BATCH);
        for (Timings t : all) {
            System.out.println("  " + t.row());
        }
        String[] what = {"key generation", "encrypt to " + RECIPIENTS, "decrypt"};
        for (int i = 0; i < what.length; i++) {
            System.out.println(Timings.ratio(what[i] + " post-quantum / X25519", all.get(3 + i), all.get(i)));
        }
        System.out.printf(
                "  stanza arguments and bodies for %d recipients: X25519 %d bytes, post-quantum %d bytes%n",
                RECIPIENTS, headers.get(0), headers.get(1));
    }

    private static Timings perOperation(String name, Timings.Action action) throws Exception {
        for (int i = 0; i < 10 * BATCH; i++) {
            action.run();
        }
        Timings timings = new Timings(name);
        for (int i = 0; i < KEY_SAMPLES; i++) {
            timings.add(Timings.time(() -> {
                        for (int j = 0; j < BATCH; j++) {
                            action.run();
                        }
                    })
                    / BATCH);
        }
        return timings;
    }

    private static byte[] encryptSmall(List<Recipient> recipients, byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Envelope envelope = Envelope.create(recipients);
        try (AgeOutputStream age = envelope.encrypt(out, false)) {
            age.write(plain);
        } finally {
            envelope.destroy();
        }
        return out.toByteArray();
    }

    private static void readAll(byte[] file, Identity identity) throws IOException {
        try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(file), List.of(identity))) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void writeRandom(Path file, long size) throws IOException {
        Random random = new Random(1);
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += buf.length) {
                random.nextBytes(buf);
                out.write(buf, 0, (int) Math.min(buf.length, size - written));
            }
        }
    }

    private static void encryptOurs(X25519Recipient recipient, Path in, Path out) throws IOException {
        try (InputStream src = Files.newInputStream(in);
                AgeOutputStream age = Envelope.create(List.of(recipient)).encrypt(Files.newOutputStream(out), false)) {
            src.transferTo(age);
        }
    }

    private static void decryptOursToFile(Path in, Identity identity, Path out) throws IOException {
        try (AgeInputStream age = Age.decrypt(Files.newInputStream(in), List.of(identity));
                OutputStream dst = Files.newOutputStream(out)) {
            age.transferTo(dst);
        }
    }

    private static void readAll(Path file, Identity identity) throws IOException {
        try (AgeInputStream in = Age.decrypt(Files.newInputStream(file), List.of(identity))) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}

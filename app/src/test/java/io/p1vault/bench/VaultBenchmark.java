package io.p1vault.bench;

import io.p1vault.crypto.Scrypt;
import io.p1vault.model.Entry;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultSearch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Vault open and save at 1 000, 10 000 and 100 000 realistic entries, the search filter over
 * 100 000, and listing 10 000 entries side by side with {@code keepassxc-cli ls}, in one run.
 *
 * <p>"Open" is {@link Vault#open} of a vault at the minimum work factor (10); scrypt at that
 * factor is timed on its own and subtracted for the "after key derivation" figure, so the main
 * code needs no way to skip the key derivation. "Save" is {@link Vault#save}: the full safe save
 * (temp file, fsync, read-back decryption, rename, backup, folder sync). Each in-process figure
 * follows two untimed warm-up runs.
 * Run: {@code mvn -B -q -Pbench -Dbench=VaultBenchmark verify}
 */
public final class VaultBenchmark {
    private static final String PASSPHRASE = "benchmark passphrase";
    private static final int WORK_FACTOR = io.p1vault.vault.PassphraseKey.MIN_WORK_FACTOR;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int WARM_UP = 2;
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int PEER_SIZE = 10_000;
    private static final int FILTER_REPEATS = 20;
    /** How a command-line launcher would start the JVM: short-lived, so the C2 compiler rarely pays off. */
    private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");

    private static final List<String> QUERIES =
            List.of("prod", "GATEWAY", "e", "billing-worker-04213", "pingfederate server", "no entry is called this");

    private VaultBenchmark() {}

    public static void main(String[] args) throws Exception {
        String peerVersion = KeePassXc.version();
        Path dir = Files.createTempDirectory("p1vault-bench");
        try {
            System.out.printf(
                    "vault benchmark: %d runs each (after %d warm-up runs in-process), work factor %d, "
                            + "%s, Java %s, keepassxc-cli %s%n",
                    RUNS, WARM_UP, WORK_FACTOR, Machine.describe(), System.getProperty("java.vm.version"), peerVersion);
            Timings scrypt = scrypt();
            System.out.println("\nkey derivation alone:\n  " + scrypt.row());
            Peer peer = null;
            VaultDocument largest = null;
            for (int size : SIZES) {
                VaultDocument doc = RealisticEntries.document(size);
                if (size == PEER_SIZE) {
                    // Before the vault is closed, which wipes the secrets the KDBX must hold too.
                    peer = Peer.prepare(dir, doc);
                }
                openAndSave(vaultFile(dir, size), doc, scrypt);
                largest = doc;
            }
            filter(largest);
            compareWithPeer(peer, scrypt);
        } finally {
            deleteTree(dir);
        }
    }

    private static Timings scrypt() {
        byte[] password = PASSPHRASE.getBytes(StandardCharsets.UTF_8);
        byte[] salt = new byte[16];
        Timings t = new Timings("scrypt logN " + WORK_FACTOR + " (r 8, p 1)");
        for (int i = 0; i < WARM_UP + RUNS * 4; i++) {
            long t0 = System.nanoTime();
            Scrypt.derive(password, salt, WORK_FACTOR, 8, 1, 32);
            if (i >= WARM_UP) {
                t.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return t;
    }

    private static Path vaultFile(Path dir, int size) {
        return dir.resolve("vault-" + size + ".p1vault");
    }

    /** Writes {@code doc} as a vault, then times saves and opens of it. */
    private static void openAndSave(Path file, VaultDocument doc, Timings scrypt) throws Exception {
        int size = doc.entries.size();
        long json = jsonSize(doc);
        Timings save = new Timings("save, " + size + " entries");
        Timings open = new Timings("open, " + size + " entries (incl. scrypt)");
        try (Vault vault = Vault.create(file, PASSPHRASE.toCharArray(), WORK_FACTOR)) {
            vault.document().entries.addAll(doc.entries);
            vault.document().history.addAll(doc.history);
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                double ms = Timings.time(vault::save);
                if (i >= WARM_UP) {
                    save.add(ms);
                }
            }
        }
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            Vault vault = Vault.open(file, PASSPHRASE.toCharArray());
            double ms = (System.nanoTime() - t0) / 1e6;
            vault.close();
            if (i >= WARM_UP) {
                open.add(ms);
            }
        }
        System.out.printf(
                "%n%d entries: vault file %.1f MiB (JSON %.1f MiB)%n",
                size, Files.size(file) / 1048576.0, json / 1048576.0);
        System.out.println("  " + save.row());
        System.out.println("  " + open.row());
        System.out.printf(
                Locale.ROOT,
                "  %-46s median %9.1f ms%n",
                "open after key derivation (minus scrypt median)",
                open.median() - scrypt.median());
    }

    private static long jsonSize(VaultDocument doc) throws IOException {
        CountingStream counter = new CountingStream();
        VaultJson.write(doc, counter);
        return counter.count;
    }

    private static void filter(VaultDocument doc) {
        List<Entry> entries = doc.entries;
        System.out.printf("%nfilter over %d entries (%d filterings per run):%n", entries.size(), FILTER_REPEATS);
        for (String query : QUERIES) {
            Timings t = new Timings("\"" + query + "\"");
            int hits = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long t0 = System.nanoTime();
                for (int r = 0; r < FILTER_REPEATS; r++) {
                    hits = VaultSearch.filter(entries, query).size();
                }
                if (i >= WARM_UP) {
                    t.add((System.nanoTime() - t0) / 1e6 / FILTER_REPEATS);
                }
            }
            System.out.printf(Locale.ROOT, "  %s   %d hits%n", t.row(), hits);
        }
    }

    /**
     * The peer's files: the entries as a KDBX with keepassxc-cli's default key derivation (its
     * cheapest) and with {@code -t 100} (the smallest target time it accepts), and one entry as
     * a KDBX and as a vault, whose listing costs start-up and key derivation but little else.
     */
    private record Peer(int size, Path vault, Path cheapest, Path fastestTarget, Path cheapestOne, Path oneVault) {
        static Peer prepare(Path dir, VaultDocument doc) throws Exception {
            Path xml = dir.resolve("peer.xml");
            KeePassXc.writeXml(doc.entries, xml);
            Peer peer = new Peer(
                    doc.entries.size(),
                    vaultFile(dir, doc.entries.size()),
                    dir.resolve("peer-default-kdf.kdbx"),
                    dir.resolve("peer-t100.kdbx"),
                    dir.resolve("peer-one-default-kdf.kdbx"),
                    vaultFile(dir, 1));
            KeePassXc.importXml(xml, peer.cheapest, PASSPHRASE, null);
            KeePassXc.importXml(xml, peer.fastestTarget, PASSPHRASE, 100);
            VaultDocument one = RealisticEntries.document(1);
            KeePassXc.writeXml(one.entries, xml);
            KeePassXc.importXml(xml, peer.cheapestOne, PASSPHRASE, null);
            Files.delete(xml);
            try (Vault v = Vault.create(peer.oneVault, PASSPHRASE.toCharArray(), WORK_FACTOR)) {
                v.document().entries.addAll(one.entries);
                v.document().history.addAll(one.history);
                v.save();
            }
            return peer;
        }
    }

    /** The same entries in a KDBX, listed by keepassxc-cli, beside our vault listed by a fresh JVM. */
    private static void compareWithPeer(Peer peer, Timings scrypt) throws Exception {
        int size = peer.size;
        Path vault = peer.vault;
        Path cheapest = peer.cheapest;
        Path fastestTarget = peer.fastestTarget;
        Path cheapestOne = peer.cheapestOne;
        Path oneVault = peer.oneVault;

        requireLines(KeePassXc.list(cheapest, PASSPHRASE), size, "keepassxc-cli ls");
        requireLines(listInFreshJvm(vault, List.of(), true), size, "ListOnce");

        Timings kpDefault = new Timings("keepassxc-cli ls, default KDF");
        Timings kpT100 = new Timings("keepassxc-cli ls, -t 100");
        Timings kpOne = new Timings("keepassxc-cli ls, 1 entry, default KDF");
        Timings ours = new Timings("ours: fresh JVM, open + list");
        Timings oursC1 = new Timings("ours: fresh JVM " + C1_ONLY.get(0));
        Timings oursOne = new Timings("ours: fresh JVM, 1 entry");
        Timings oursInProcess = new Timings("ours in-process: open + list");
        for (int i = 0; i < RUNS; i++) {
            kpDefault.add(Timings.time(() -> KeePassXc.listDiscarding(cheapest, PASSPHRASE)));
            kpT100.add(Timings.time(() -> KeePassXc.listDiscarding(fastestTarget, PASSPHRASE)));
            kpOne.add(Timings.time(() -> KeePassXc.listDiscarding(cheapestOne, PASSPHRASE)));
            ours.add(Timings.time(() -> listInFreshJvm(vault, List.of(), false)));
            oursC1.add(Timings.time(() -> listInFreshJvm(vault, C1_ONLY, false)));
            oursOne.add(Timings.time(() -> listInFreshJvm(oneVault, List.of(), false)));
        }
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            double ms = Timings.time(() -> listInProcess(vault));
            if (i >= WARM_UP) {
                oursInProcess.add(ms);
            }
        }

        System.out.printf("%nlisting %d entries side by side with keepassxc-cli:%n", size);
        System.out.println("  KDBX, default KDF (the cheapest):  " + KeePassXc.keySettings(cheapest, PASSPHRASE));
        System.out.println("  KDBX, -t 100 (the minimum -t):    " + KeePassXc.keySettings(fastestTarget, PASSPHRASE));
        System.out.println("  KDBX, 1 entry, default KDF:       " + KeePassXc.keySettings(cheapestOne, PASSPHRASE));
        System.out.printf(
                "  vault: age scrypt work factor %d, %.1f MiB; KDBX %.1f MiB%n",
                WORK_FACTOR, Files.size(vault) / 1048576.0, Files.size(cheapest) / 1048576.0);
        for (Timings t : List.of(kpDefault, kpT100, kpOne, ours, oursC1, oursOne, oursInProcess)) {
            System.out.println("  " + t.row());
        }
        System.out.println(Timings.ratio("fresh JVM / keepassxc-cli (default KDF)", ours, kpDefault));
        System.out.println(Timings.ratio("fresh JVM / keepassxc-cli (-t 100)", ours, kpT100));
        System.out.println(Timings.ratio("fresh JVM, C1 only / keepassxc-cli (default KDF)", oursC1, kpDefault));
        System.out.println(Timings.ratio("in-process / keepassxc-cli (default KDF)", oursInProcess, kpDefault));
        System.out.println(Timings.ratio("in-process / keepassxc-cli (-t 100)", oursInProcess, kpT100));
        double kpListing = kpDefault.median() - kpOne.median();
        double oursListing = ours.median() - oursOne.median();
        double oursAfterKdf = oursInProcess.median() - scrypt.median();
        System.out.printf(
                Locale.ROOT,
                "  beyond start-up and key derivation (%d entries minus 1): keepassxc-cli %.1f ms,"
                        + " ours fresh JVM %.1f ms, ratio %.2f%n",
                size,
                kpListing,
                oursListing,
                oursListing / kpListing);
        System.out.printf(
                Locale.ROOT,
                "  ours in-process minus scrypt %.1f ms, ratio to keepassxc-cli's %.1f ms: %.2f%n",
                oursAfterKdf,
                kpListing,
                oursAfterKdf / kpListing);
    }

    private static void listInProcess(Path file) throws Exception {
        StringBuilder names = new StringBuilder();
        try (Vault vault = Vault.open(file, PASSPHRASE.toCharArray())) {
            for (Entry entry : VaultSearch.filter(vault.document().entries, "")) {
                names.append(entry.getName()).append('\n');
            }
        }
        OutputStream.nullOutputStream().write(names.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@link ListOnce} with {@code jvmOptions}; returns what it printed when {@code capture},
     * else discards it.
     */
    private static String listInFreshJvm(Path file, List<String> jvmOptions, boolean capture)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(
                List.of("-cp", System.getProperty("java.class.path"), ListOnce.class.getName(), file.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("P1VAULT_BENCH_PASSPHRASE", PASSPHRASE);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        if (!capture) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        String out = capture ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("listing in a fresh JVM failed");
        }
        return out;
    }

    private static void requireLines(String output, int expected, String what) {
        long lines = output.lines().count();
        if (lines != expected) {
            throw new IllegalStateException(what + " printed " + lines + " lines, expected " + expected + ": "
                    + output.lines().limit(3).toList());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

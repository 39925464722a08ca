package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.VaultJson;
import io.p1vault.storage.FileSnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares an unlock in the background: compiles the key derivation (a small scrypt run) and
 * loads the document reading (Jackson). The command line starts it with the process, while the
 * main thread loads the command; the desktop once its first dialog is painted, while the user
 * types. On two cores the real derivation then runs compiled code sooner, and the reading is
 * ready when the derivation ends instead of starting then.
 */
public final class UnlockWarmUp {
    /**
     * Copies of the sample entries the desktop reads: about a thousand entries, so that reading and
     * binding each field runs often enough to be compiled, in a fraction of the typing time.
     */
    static final int SAMPLE_COPIES = 200;

    /**
     * How often the desktop reads the sample. After one reading the first real reading of 10,000
     * entries still ran largely in code compiled with profiling or not yet compiled (about 170 ms
     * of CPU for the tree and 470 ms for binding the entries); after three, about 120 and 370. The
     * rounds after the first stop as soon as a vault is being opened.
     */
    static final int READING_ROUNDS = 3;

    /** Vaults being opened in this process now: the warm-up's further rounds would take a core from them. */
    private static final AtomicInteger OPENINGS = new AtomicInteger();

    /** The warm-up thread's name. */
    public static final String THREAD_NAME = "unlock-warm-up";

    /** The reservation of the first unlock's memory, from the warm-up until the first dialog closes. */
    private static final MemoryReservation FIRST_UNLOCK = new MemoryReservation();

    private UnlockWarmUp() {}

    /**
     * Starts the desktop's warm-up on a daemon thread, which never keeps the process alive, and
     * returns that thread. Besides the derivation it reads a document shaped like a real vault,
     * every field of every kind, as a vault's reading does, opens a few MiB of payload and hashes a
     * few MiB as a vault file is hashed. Then, unless a vault is being opened by then, it derives,
     * opens and hashes again (see {@link #againUnlessOpening}), reserves the derivation's memory (see
     * {@link #reserveMemoryUnlessOpening}) and reads the document again ({@link #READING_ROUNDS}
     * in all): the desktop has the typing time to spare, and opening a large vault otherwise runs
     * that code cold.
     */
    public static Thread start() {
        return start(FIRST_UNLOCK);
    }

    /** As {@link #start()}, reserving memory with {@code reservation}. */
    static Thread start(MemoryReservation reservation) {
        return start(true, reservation);
    }

    /**
     * As {@link #start()} for the command line, which has no typing time: only the document mapping
     * is prepared. Without {@code derivation} only the reading is prepared, for a process whose
     * real derivation already runs (it compiles itself as it goes, and a second one would only take
     * a core from it).
     */
    public static Thread start(boolean derivation) {
        return start(derivation, null);
    }

    /** The desktop's warm-up with {@code reservation}, the command line's without (null). */
    private static Thread start(boolean derivation, MemoryReservation reservation) {
        Thread warmUp = new Thread(
                () -> {
                    if (derivation) {
                        Scrypt.prepare();
                    }
                    VaultJson.prepare();
                    if (reservation != null) {
                        readVaultShapedDocument();
                        Age.preparePayload();
                        FileSnapshot.prepareHashing();
                        againUnlessOpening(Scrypt::prepare);
                        reserveMemoryUnlessOpening(reservation);
                        againUnlessOpening(Age::preparePayload);
                        againUnlessOpening(FileSnapshot::prepareHashing);
                        readAgainUnlessOpening();
                    }
                },
                THREAD_NAME);
        warmUp.setDaemon(true);
        // Below the threads that load the first window or run the command: it uses spare time.
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return warmUp;
    }

    /**
     * Runs a preparation a second time, unless a vault is being opened (it would take a core from
     * it). The first ones run while the window's start keeps the compilers busy, and HotSpot drops
     * a queued compilation of a method that has stopped running by the time its turn comes: the
     * inner functions of the derivation, of the payload's cipher and of its authenticator then
     * stayed in quickly compiled code, and the real unlock had them optimised on the other core
     * while it ran them (seen in the compilation log: the derivation's thread used about 545
     * instead of 500 ms of CPU; the 11 MiB payload took 46-74 ms instead of ~25). By the second
     * time the compilers are idle.
     */
    private static void againUnlessOpening(Runnable preparation) {
        if (!vaultOpening()) {
            preparation.run();
        }
    }

    /**
     * Reserves an unlock's memory with {@code reservation} unless a vault is being opened: that one
     * has allocated its own by then. Says whether it reserved.
     */
    static boolean reserveMemoryUnlessOpening(MemoryReservation reservation) {
        return !vaultOpening() && reservation.reserve();
    }

    /**
     * Drops the memory the warm-up reserved if no derivation took it, and reserves none after: call
     * when the first dialog has closed, whether a vault was opened or not. Never waits.
     */
    public static void releaseMemory() {
        FIRST_UNLOCK.end();
    }

    /**
     * The memory of a derivation at the default work factor (the one a vault is opened or created
     * with unless its owner chose another), allocated ahead while the passphrase is typed (see
     * {@link Scrypt#reserveMemory}), until {@link #end()}: memory reserved after that would never be
     * taken, and 256 MiB would stay allocated for nothing.
     */
    static final class MemoryReservation {
        private volatile boolean ended;

        /** Reserves unless ended; says whether it did. */
        boolean reserve() {
            if (ended) {
                return false;
            }
            if (!ScryptRecipient.reserveMemory(ScryptRecipient.DEFAULT_WORK_FACTOR)) {
                return false;
            }
            // end() may have run while this allocated, and found nothing to drop yet.
            if (ended) {
                Scrypt.releaseMemory();
                return false;
            }
            return true;
        }

        void end() {
            ended = true;
            Scrypt.releaseMemory();
        }
    }

    /**
     * Reads the sample again until it has been read {@link #READING_ROUNDS} times in all, stopping
     * when a vault is being opened; returns how many times it has been read.
     */
    static int readAgainUnlessOpening() {
        int rounds = 1;
        while (rounds < READING_ROUNDS && !vaultOpening()) {
            readVaultShapedDocument();
            rounds++;
        }
        return rounds;
    }

    /** Marks a vault as being opened until the returned handle is closed; {@link Vault#open} holds one. */
    static Opening opening() {
        OPENINGS.incrementAndGet();
        return OPENINGS::decrementAndGet;
    }

    /** Whether a vault is being opened in this process now. */
    static boolean vaultOpening() {
        return OPENINGS.get() > 0;
    }

    /** A vault's opening, ended by {@link #close()}. */
    @FunctionalInterface
    interface Opening extends AutoCloseable {
        @Override
        void close();
    }

    /** Reads {@link #SAMPLE_COPIES} copies of a sample of every entry kind with every field set. */
    static VaultDocuments.Loaded readVaultShapedDocument() {
        String sample = sampleEntries();
        StringJoiner json = new StringJoiner(
                ",",
                "{\"format\":\"p1vault\",\"version\":1,\"createdAt\":\"2025-01-01T00:00:00Z\","
                        + "\"modifiedAt\":\"2025-01-01T00:00:00Z\",\"entries\":[",
                "],\"history\":[{\"at\":\"2025-01-01T00:00:00Z\",\"action\":\"add\"}]}");
        for (int i = 0; i < SAMPLE_COPIES; i++) {
            json.add(sample);
        }
        try {
            return VaultDocuments.parse(Path.of("warm-up"), json.toString().getBytes(StandardCharsets.UTF_8));
        } catch (VaultException e) {
            throw new IllegalStateException("the warm-up's sample entries no longer read as a vault", e);
        }
    }

    /** The sample entries, without the brackets of the array that holds them. */
    private static String sampleEntries() {
        try (InputStream in = UnlockWarmUp.class.getResourceAsStream("warm-up-entries.json")) {
            if (in == null) {
                throw new IllegalStateException("warm-up-entries.json is missing from the application");
            }
            String array = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return array.substring(1, array.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

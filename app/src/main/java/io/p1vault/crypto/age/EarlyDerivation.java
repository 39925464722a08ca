package io.p1vault.crypto.age;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A passphrase file's key derivation started before anything asks for it. A command line knows
 * its vault and passphrase from its arguments at once, but needs a few tenths of a second to load
 * the code that opens a vault: on two cores the scrypt run goes on meanwhile. The unwrap that then
 * asks for the same derivation (same passphrase, salt and work factor) takes its result; any other
 * unwrap cancels it and derives its own, so a wrong guess costs time, never a wrong key.
 */
public final class EarlyDerivation {
    private static final AtomicReference<EarlyDerivation> STARTED = new AtomicReference<>();

    private final char[] passphrase;
    private final ScryptIdentity.Parameters parameters;
    private final CompletableFuture<byte[]> key = new CompletableFuture<>();
    private volatile boolean unwanted;

    private EarlyDerivation(char[] passphrase, ScryptIdentity.Parameters parameters) {
        this.passphrase = passphrase.clone();
        this.parameters = parameters;
    }

    /**
     * Starts deriving, on a daemon thread, the wrap key of the age file whose first bytes
     * {@code file} reads with {@code passphrase} (copied; the caller wipes its own). A file that is
     * not a passphrase-encrypted age file starts nothing: its unlock reports the problem as usual.
     * Says whether a derivation started.
     */
    public static boolean start(char[] passphrase, InputStream file) {
        ScryptIdentity.Parameters parameters;
        try {
            parameters = passphraseStanza(Header.read(file));
        } catch (IOException e) {
            return false;
        }
        if (parameters == null) {
            return false;
        }
        EarlyDerivation early = new EarlyDerivation(passphrase, parameters);
        EarlyDerivation before = STARTED.getAndSet(early);
        if (before != null) {
            before.discard();
        }
        Thread thread = new Thread(early::derive, "early-key-derivation");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private static ScryptIdentity.Parameters passphraseStanza(Header header) throws AgeHeaderException {
        for (Stanza stanza : header.stanzas()) {
            if (stanza.type().equals(ScryptRecipient.TYPE)) {
                return ScryptIdentity.Parameters.of(stanza);
            }
        }
        return null;
    }

    private void derive() {
        try {
            key.complete(ScryptRecipient.deriveWrapKey(
                    passphrase, parameters.salt(), parameters.workFactor(), fraction -> !unwanted));
        } catch (RuntimeException | OutOfMemoryError e) {
            key.completeExceptionally(e);
        }
    }

    /**
     * The wrap key derived early for {@code passphrase} and {@code parameters}, waiting for it if
     * needed, and the caller's to wipe; null if none was started for them (one started for other
     * inputs is then cancelled). Either way the early derivation is used up.
     */
    static byte[] claim(char[] passphrase, ScryptIdentity.Parameters parameters) {
        EarlyDerivation early = STARTED.getAndSet(null);
        if (early == null) {
            return null;
        }
        if (!Arrays.equals(early.passphrase, passphrase) || !early.parameters.sameAs(parameters)) {
            early.discard();
            return null;
        }
        try {
            return early.key.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        } finally {
            Arrays.fill(early.passphrase, '\0');
        }
    }

    /** Stops the derivation at its next progress report; what it holds is wiped once it has stopped. */
    private void discard() {
        unwanted = true;
        key.whenComplete((k, failure) -> {
            Arrays.fill(passphrase, '\0');
            if (k != null) {
                Arrays.fill(k, (byte) 0);
            }
        });
    }
}

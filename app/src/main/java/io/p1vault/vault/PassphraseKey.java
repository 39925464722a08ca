package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.Identity;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.crypto.age.ScryptRecipient;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A personal vault's key: a passphrase, through age's scrypt stanza (the only stanza in such a file). */
public final class PassphraseKey implements KeySource, NewFileKey {
    public static final int MIN_WORK_FACTOR = 10;
    private final char[] passphrase;
    private final int workFactor;
    private final Scrypt.Progress progress;
    private final ScryptIdentity identity;

    /** Keeps a copy of {@code passphrase} until {@link #close()}; {@code progress} may be null. */
    public PassphraseKey(char[] passphrase, int workFactor, Scrypt.Progress progress) {
        this.passphrase = passphrase.clone();
        this.workFactor = workFactor;
        this.progress = progress;
        this.identity = new ScryptIdentity(passphrase, progress);
    }

    /** For opening only: the work factor is read from the file, so the one given here is never used. */
    public static PassphraseKey toOpen(char[] passphrase, Scrypt.Progress progress) {
        return new PassphraseKey(passphrase, ScryptRecipient.DEFAULT_WORK_FACTOR, progress);
    }

    public static void checkWorkFactor(int workFactor) throws VaultException {
        if (workFactor < MIN_WORK_FACTOR || workFactor > ScryptIdentity.MAX_WORK_FACTOR) {
            throw new VaultException(
                    VaultException.Reason.INVALID_INPUT,
                    "The work factor must be between "
                            + MIN_WORK_FACTOR + " and " + ScryptIdentity.MAX_WORK_FACTOR + " (age's default is "
                            + ScryptRecipient.DEFAULT_WORK_FACTOR + ").");
        }
    }

    /** An empty passphrase protects nothing; refuse it wherever a new one is set. */
    static void checkNewPassphrase(char[] passphrase) throws VaultException {
        if (passphrase == null || passphrase.length == 0) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, "The passphrase is empty.");
        }
    }

    @Override
    public Identity identity() {
        return identity;
    }

    @Override
    public Envelope newEnvelope() {
        ScryptRecipient recipient = new ScryptRecipient(passphrase, workFactor, progress);
        try {
            return Envelope.create(List.of(recipient));
        } finally {
            recipient.destroy();
        }
    }

    @Override
    public VaultException noMatch(Path file, boolean passphraseFile) {
        if (passphraseFile) {
            return new VaultException(VaultException.Reason.WRONG_PASSPHRASE, "Wrong passphrase for " + file + ".");
        }
        return new VaultException(
                VaultException.Reason.NOT_A_VAULT,
                file + " is encrypted to a public key, not with a passphrase, so it is not a personal vault. If it is"
                        + " an export, import it into your vault; if it is a team vault, open it with --team.");
    }

    @Override
    public void close() {
        Arrays.fill(passphrase, '\0');
        identity.destroy();
    }
}

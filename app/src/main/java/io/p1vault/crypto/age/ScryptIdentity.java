package io.p1vault.crypto.age;

import io.p1vault.crypto.Scrypt;

import javax.security.auth.Destroyable;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Opens a passphrase-encrypted (scrypt) file. */
public final class ScryptIdentity implements Identity, Destroyable {
    /**
     * The largest work factor we run: 2^20 means 1 GiB of memory and a few seconds, four times
     * age's default. age itself accepts up to 22 (4 GiB), which a hostile or mistyped file could
     * use to exhaust a workstation's memory; every age tool encrypts at 18 unless told otherwise.
     */
    public static final int MAX_WORK_FACTOR = 20;

    private static final Pattern CANONICAL_DECIMAL = Pattern.compile("[1-9][0-9]{0,8}");

    private final char[] passphrase;
    private final Scrypt.Progress progress;

    /** Keeps a copy of {@code passphrase} until {@link #destroy()}; the caller wipes its own. */
    public ScryptIdentity(char[] passphrase) {
        this(passphrase, null);
    }

    /**
     * As {@link #ScryptIdentity(char[])}, reporting the key derivation's progress (may be null);
     * a report returning false cancels the derivation with a {@link java.util.concurrent.CancellationException}.
     */
    public ScryptIdentity(char[] passphrase, Scrypt.Progress progress) {
        this.passphrase = passphrase.clone();
        this.progress = progress;
    }

    @Override
    public FileKey unwrap(List<Stanza> stanzas) throws AgeException {
        for (Stanza stanza : stanzas) {
            if (!stanza.type().equals(ScryptRecipient.TYPE)) {
                continue;
            }
            Parameters parameters = Parameters.of(stanza);
            if (stanza.bodyLength() != WrappedKey.BODY_LENGTH) {
                throw new AgeHeaderException("the passphrase stanza's body has the wrong length");
            }
            byte[] wrapKey = EarlyDerivation.claim(passphrase, parameters);
            if (wrapKey == null) {
                wrapKey =
                        ScryptRecipient.deriveWrapKey(passphrase, parameters.salt(), parameters.workFactor(), progress);
            }
            try {
                return WrappedKey.open(wrapKey, stanza.body());
            } finally {
                Arrays.fill(wrapKey, (byte) 0);
            }
        }
        return null;
    }

    /** A passphrase stanza's salt and work factor, checked as age checks them and capped. */
    record Parameters(byte[] salt, int workFactor) {
        static Parameters of(Stanza stanza) throws AgeHeaderException {
            List<String> args = stanza.args();
            if (args.size() != 2) {
                throw new AgeHeaderException("the passphrase stanza has the wrong number of arguments");
            }
            byte[] salt = CanonicalBase64.decode(args.get(0));
            if (salt == null || salt.length != ScryptRecipient.SALT_LENGTH) {
                throw new AgeHeaderException("the passphrase stanza's salt is malformed");
            }
            if (!CANONICAL_DECIMAL.matcher(args.get(1)).matches()) {
                throw new AgeHeaderException("the passphrase stanza's work factor is malformed");
            }
            int workFactor = Integer.parseInt(args.get(1));
            if (workFactor > MAX_WORK_FACTOR) {
                throw new AgeHeaderException("the passphrase work factor " + workFactor
                        + " is above the supported maximum of " + MAX_WORK_FACTOR);
            }
            return new Parameters(salt, workFactor);
        }

        boolean sameAs(Parameters other) {
            return Arrays.equals(salt, other.salt) && workFactor == other.workFactor;
        }
    }

    @Override
    public boolean isPassphrase() {
        return true;
    }

    @Override
    public void destroy() {
        Arrays.fill(passphrase, '\0');
    }

    @Override
    public String toString() {
        return "ScryptIdentity[redacted]";
    }
}

package io.p1vault.crypto.age;

import javax.security.auth.Destroyable;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A header together with the file key it was made for. Encrypting through the same envelope
 * again (a vault save) reuses both and needs no key derivation, but draws a fresh payload nonce
 * every time, so no payload key is ever used twice.
 */
public final class Envelope implements Destroyable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Header header;
    private final FileKey fileKey;

    Envelope(Header header, FileKey fileKey) {
        this.header = header;
        this.fileKey = fileKey;
    }

    /** A new file key wrapped to each recipient. A passphrase recipient must be the only one. */
    public static Envelope create(List<? extends Recipient> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("at least one recipient is needed");
        }
        checkCombinable(recipients);
        FileKey fileKey = FileKey.generate();
        List<Stanza> stanzas = new ArrayList<>();
        for (Recipient r : recipients) {
            stanzas.addAll(r.wrap(fileKey));
        }
        return new Envelope(Header.create(stanzas, fileKey.bytes()), fileKey);
    }

    /**
     * Refuses what age refuses to put in one header: a passphrase with anything else, and
     * post-quantum recipients with classical ones (whose stanzas a quantum computer could open,
     * taking away what the post-quantum ones were chosen for). The message is for the user.
     */
    public static void checkCombinable(List<? extends Recipient> recipients) {
        if (recipients.size() > 1 && recipients.stream().anyMatch(Recipient::mustBeAlone)) {
            throw new IllegalArgumentException("a passphrase cannot be combined with other recipients");
        }
        if (recipients.stream().anyMatch(Recipient::isPostQuantum)
                && !recipients.stream().allMatch(Recipient::isPostQuantum)) {
            throw new IllegalArgumentException("post-quantum recipients (age1pq1…) cannot be combined with X25519 ones "
                    + "(age1…): a quantum computer could open the file through the X25519 ones");
        }
    }

    public Header header() {
        return header;
    }

    /** An independent copy, for a caller that outlives this envelope. */
    public Envelope copy() {
        return new Envelope(header, fileKey.copy());
    }

    /** A {@link FileKeyIdentity} that opens files written through this envelope. */
    public Identity identity() {
        return new FileKeyIdentity(fileKey);
    }

    /**
     * Starts an age file on {@code out}: writes the header and a fresh nonce and returns the
     * stream to write the plaintext to. Closing it writes the final chunk and closes {@code out}.
     */
    public AgeOutputStream encrypt(OutputStream out, boolean armor) throws IOException {
        ArmorOutputStream armored = armor ? new ArmorOutputStream(out) : null;
        OutputStream target = armored != null ? armored : out;
        header.writeTo(target);
        byte[] nonce = new byte[Payload.NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        target.write(nonce);
        return new AgeOutputStream(new PayloadOutputStream(target, Payload.key(fileKey, nonce)), armored, out);
    }

    @Override
    public void destroy() {
        fileKey.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return fileKey.isDestroyed();
    }

    @Override
    public String toString() {
        return "Envelope[" + header.stanzas().size() + " stanza(s), key redacted]";
    }
}

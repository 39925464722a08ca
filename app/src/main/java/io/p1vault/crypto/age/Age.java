package io.p1vault.crypto.age;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Opening age v1 files (https://age-encryption.org/v1); encrypting goes through {@link Envelope}. */
public final class Age {
    private Age() {}

    /**
     * Opens an age file, binary or armored (detected), with the first identity that matches.
     * Failures are typed: {@link AgeHeaderException}, {@link AgeNoMatchException},
     * {@link AgeHeaderMacException}, {@link AgeArmorException}; reading the returned stream can
     * fail with {@link AgePayloadException} after releasing only authenticated plaintext.
     */
    public static AgeInputStream decrypt(InputStream in, List<? extends Identity> identities) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        return open(
                isArmored(buffered) ? new BufferedInputStream(new ArmorInputStream(buffered)) : buffered, identities);
    }

    /** Opens an age file known to be binary ({@code armored == false}) or armored. */
    public static AgeInputStream decrypt(InputStream in, List<? extends Identity> identities, boolean armored)
            throws IOException {
        InputStream source = armored ? new BufferedInputStream(new ArmorInputStream(in)) : in;
        return open(source, identities);
    }

    private static AgeInputStream open(InputStream in, List<? extends Identity> identities) throws IOException {
        Header header = Header.read(in);
        List<Stanza> stanzas = header.stanzas();
        boolean passphraseFile = stanzas.stream().anyMatch(s -> s.type().equals(ScryptRecipient.TYPE));
        if (passphraseFile && stanzas.size() != 1) {
            throw new AgeHeaderException("a passphrase stanza must be the only one in a header");
        }
        FileKey fileKey = null;
        for (Identity identity : identities) {
            fileKey = identity.unwrap(stanzas);
            if (fileKey != null) {
                break;
            }
        }
        if (fileKey == null) {
            throw new AgeNoMatchException(passphraseFile);
        }
        if (!header.macMatches(fileKey.bytes())) {
            fileKey.destroy();
            throw new AgeHeaderMacException();
        }
        byte[] nonce = in.readNBytes(Payload.NONCE_LENGTH);
        if (nonce.length != Payload.NONCE_LENGTH) {
            fileKey.destroy();
            throw new AgeHeaderException("the file ends right after its header, without the payload nonce");
        }
        return new AgeInputStream(
                new PayloadInputStream(in, Payload.key(fileKey, nonce)), new Envelope(header, fileKey));
    }

    /**
     * Compiles the payload decryption before a large file is opened (sealing and opening a few
     * MiB of zeros under a throwaway key), for a caller with time to spare, e.g. while a
     * passphrase is typed.
     */
    public static void preparePayload() {
        Payload.prepare();
    }

    /** Reads only the header of a binary age file, e.g. to compare two files' stanzas. */
    public static Header readHeader(InputStream in) throws IOException {
        return Header.read(in);
    }

    /** Peeks past leading whitespace for the armor's BEGIN line, then rewinds. */
    static boolean isArmored(BufferedInputStream in) throws IOException {
        byte[] begin = Armor.BEGIN.getBytes(StandardCharsets.US_ASCII);
        in.mark(Armor.MAX_WHITESPACE + begin.length);
        try {
            byte[] head = in.readNBytes(Armor.MAX_WHITESPACE + begin.length);
            int start = 0;
            while (start < head.length && Character.isWhitespace(head[start])) {
                start++;
            }
            return head.length - start >= begin.length
                    && java.util.Arrays.equals(head, start, start + begin.length, begin, 0, begin.length);
        } finally {
            in.reset();
        }
    }
}

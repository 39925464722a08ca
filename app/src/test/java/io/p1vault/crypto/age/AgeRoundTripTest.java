package io.p1vault.crypto.age;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgeRoundTripTest {
    private static final int CHUNK = 64 * 1024;
    private final Random random = new Random(20261123);

    static byte[] encrypt(Envelope envelope, byte[] plain, boolean armor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AgeOutputStream age = envelope.encrypt(out, armor)) {
            // Odd write sizes exercise chunk boundaries that do not align with writes.
            for (int off = 0; off < plain.length; ) {
                int n = Math.min(plain.length - off, 1 + off % 70001);
                age.write(plain, off, n);
                off += n;
            }
        }
        return out.toByteArray();
    }

    static byte[] decrypt(byte[] file, Identity identity) throws IOException {
        try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(file), List.of(identity))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17, 5 * 1024 * 1024 + 3})
    void x25519RoundTripAtChunkBoundaries(int size) throws IOException {
        X25519Identity identity = X25519Identity.generate();
        byte[] plain = new byte[size];
        random.nextBytes(plain);
        for (boolean armor : new boolean[] {false, true}) {
            byte[] file = encrypt(Envelope.create(List.of(identity.recipient())), plain, armor);
            assertThat(decrypt(file, identity)).isEqualTo(plain);
            if (!armor) {
                int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
                int header = headerLength(file);
                assertThat(file.length).isEqualTo(header + 16 + size + 16 * chunks);
            }
        }
    }

    @Test
    void thePayloadWarmUpOpensExactlyTheZerosItSealed() {
        byte[] opened = Payload.prepare();

        assertThat(opened).hasSize(Payload.WARM_UP_BYTES).containsOnly(0);
    }

    @Test
    void randomSizesRoundTrip() throws IOException {
        X25519Identity identity = X25519Identity.generate();
        for (int i = 0; i < 20; i++) {
            byte[] plain = new byte[random.nextInt(4 * CHUNK)];
            random.nextBytes(plain);
            assertThat(decrypt(encrypt(Envelope.create(List.of(identity.recipient())), plain, i % 2 == 0), identity))
                    .isEqualTo(plain);
        }
    }

    @Test
    void multipleRecipientsEachOpenTheFile() throws IOException {
        X25519Identity a = X25519Identity.generate();
        X25519Identity b = X25519Identity.generate();
        byte[] plain = "for both".getBytes(StandardCharsets.UTF_8);
        byte[] file = encrypt(Envelope.create(List.of(a.recipient(), b.recipient())), plain, false);
        assertThat(decrypt(file, a)).isEqualTo(plain);
        assertThat(decrypt(file, b)).isEqualTo(plain);
        assertThatThrownBy(() -> decrypt(file, X25519Identity.generate()))
                .isInstanceOf(AgeNoMatchException.class)
                .hasMessageContaining("encrypted to someone else");
    }

    @Test
    void passphraseRoundTripAndWrongPassphrase() throws IOException {
        byte[] plain = "vault document".getBytes(StandardCharsets.UTF_8);
        byte[] file =
                encrypt(Envelope.create(List.of(new ScryptRecipient("correct horse".toCharArray(), 10))), plain, false);
        assertThat(new String(file, StandardCharsets.US_ASCII))
                .contains("-> scrypt ")
                .contains(" 10\n");
        assertThat(decrypt(file, new ScryptIdentity("correct horse".toCharArray())))
                .isEqualTo(plain);
        assertThatThrownBy(() -> decrypt(file, new ScryptIdentity("correct horsE".toCharArray())))
                .isInstanceOf(AgeNoMatchException.class)
                .hasMessage("Wrong passphrase: it does not open this file.")
                .satisfies(e ->
                        assertThat(((AgeNoMatchException) e).passphraseFile()).isTrue());
    }

    @Test
    void nonAsciiPassphraseIsUtf8() throws IOException {
        char[] pass = "pässwörd ✓ 𝄞".toCharArray();
        byte[] file = encrypt(Envelope.create(List.of(new ScryptRecipient(pass, 10))), new byte[] {1, 2, 3}, false);
        assertThat(decrypt(file, new ScryptIdentity(pass))).containsExactly(1, 2, 3);
    }

    @Test
    void passphraseCannotBeCombinedWithOtherRecipients() {
        assertThatThrownBy(() -> Envelope.create(List.of(
                        new ScryptRecipient("x".toCharArray(), 10),
                        X25519Identity.generate().recipient())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workFactorAboveTheBoundIsRefusedBeforeAnyDerivation() throws IOException {
        byte[] file = encrypt(Envelope.create(List.of(new ScryptRecipient("p".toCharArray(), 10))), new byte[0], false);
        String text = new String(file, StandardCharsets.ISO_8859_1).replaceFirst(" 10\n", " 21\n");
        byte[] hostile = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decrypt(hostile, new ScryptIdentity("p".toCharArray())))
                .isInstanceOf(AgeHeaderException.class)
                .hasMessageContaining("above the supported maximum of 20");
    }

    @Test
    void reusedEnvelopeWritesFreshNonceAndSameHeader() throws IOException {
        X25519Identity identity = X25519Identity.generate();
        Envelope envelope = Envelope.create(List.of(identity.recipient()));
        byte[] plain = new byte[1000];
        byte[] first = encrypt(envelope, plain, false);
        byte[] second = encrypt(envelope, plain, false);
        int header = headerLength(first);
        assertThat(headerLength(second)).isEqualTo(header);
        assertThat(java.util.Arrays.copyOf(second, header)).isEqualTo(java.util.Arrays.copyOf(first, header));
        assertThat(java.util.Arrays.copyOfRange(second, header, header + 16))
                .isNotEqualTo(java.util.Arrays.copyOfRange(first, header, header + 16));
        assertThat(decrypt(second, identity)).isEqualTo(plain);
        assertThat(decrypt(second, envelope.identity())).isEqualTo(plain);
    }

    @Test
    void openedFileCanBeRewrittenWithItsEnvelopeWithoutTheIdentity() throws IOException {
        byte[] file =
                encrypt(Envelope.create(List.of(new ScryptRecipient("pw".toCharArray(), 10))), new byte[] {7}, false);
        Envelope cached;
        try (AgeInputStream in =
                Age.decrypt(new ByteArrayInputStream(file), List.of(new ScryptIdentity("pw".toCharArray())))) {
            in.readAllBytes();
            cached = in.envelope();
        }
        byte[] rewritten = encrypt(cached, new byte[] {8, 9}, false);
        assertThat(decrypt(rewritten, new ScryptIdentity("pw".toCharArray()))).containsExactly(8, 9);
        cached.destroy();
        assertThat(cached.isDestroyed()).isTrue();
        assertThatThrownBy(() -> encrypt(cached, new byte[1], false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fileKeyIdentityDetectsAForeignHeader() throws IOException {
        Envelope mine = Envelope.create(List.of(X25519Identity.generate().recipient()));
        byte[] other = encrypt(Envelope.create(List.of(X25519Identity.generate().recipient())), new byte[10], false);
        assertThatThrownBy(() -> decrypt(other, mine.identity())).isInstanceOf(AgeHeaderMacException.class);
    }

    @Test
    void tamperedChunkReleasesExactlyTheAuthenticatedPrefix() throws IOException {
        X25519Identity identity = X25519Identity.generate();
        byte[] plain = new byte[3 * CHUNK];
        random.nextBytes(plain);
        byte[] file = encrypt(Envelope.create(List.of(identity.recipient())), plain, false);
        int secondChunk = headerLength(file) + 16 + CHUNK + 16;
        file[secondChunk + 5] ^= 1;
        ByteArrayOutputStream released = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
                    try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(file), List.of(identity))) {
                        byte[] buf = new byte[1000];
                        for (int n; (n = in.read(buf)) >= 0; ) {
                            released.write(buf, 0, n);
                        }
                    }
                })
                .isInstanceOf(AgePayloadException.class)
                .hasMessageContaining("chunk 1 failed authentication");
        assertThat(released.toByteArray()).isEqualTo(java.util.Arrays.copyOf(plain, CHUNK));
    }

    @Test
    void transferToAlsoStopsAtTheFirstUnauthenticatedChunk() throws IOException {
        X25519Identity identity = X25519Identity.generate();
        byte[] plain = new byte[5 * CHUNK + 3];
        random.nextBytes(plain);
        byte[] file = encrypt(Envelope.create(List.of(identity.recipient())), plain, false);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(file), List.of(identity))) {
            assertThat(in.transferTo(whole)).isEqualTo(plain.length);
        }
        assertThat(whole.toByteArray()).isEqualTo(plain);
        file[headerLength(file) + 16 + 3 * (CHUNK + 16) + 100] ^= 4;
        ByteArrayOutputStream released = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
                    try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(file), List.of(identity))) {
                        in.transferTo(released);
                    }
                })
                .isInstanceOf(AgePayloadException.class)
                .hasMessageContaining("chunk 3 failed");
        assertThat(released.toByteArray()).isEqualTo(java.util.Arrays.copyOf(plain, 3 * CHUNK));
    }

    /** How a sealed 4-chunk file is damaged, for the whole-payload reading's failures. */
    enum Damage {
        SECOND_AND_FOURTH_CHUNKS_TAMPERED,
        CUT_AT_A_CHUNK_BOUNDARY,
        CUT_INSIDE_THE_TAG_OF_THE_LAST_CHUNK,
        A_COPY_OF_THE_FINAL_CHUNK_APPENDED,
        NOTHING_AFTER_THE_NONCE
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Damage.class)
    void readingAllAtOnceFailsAsReadingChunkByChunk(Damage damage) throws IOException {
        X25519Identity identity = X25519Identity.generate();
        byte[] plain = new byte[3 * CHUNK + 500];
        random.nextBytes(plain);
        byte[] file = encrypt(Envelope.create(List.of(identity.recipient())), plain, false);
        int payload = headerLength(file) + 16;
        int sealedChunk = CHUNK + 16;
        byte[] damaged = switch (damage) {
            case SECOND_AND_FOURTH_CHUNKS_TAMPERED -> {
                byte[] copy = file.clone();
                copy[payload + sealedChunk + 9] ^= 1;
                copy[payload + 3 * sealedChunk + 9] ^= 1;
                yield copy;
            }
            case CUT_AT_A_CHUNK_BOUNDARY -> java.util.Arrays.copyOf(file, payload + 2 * sealedChunk);
            case CUT_INSIDE_THE_TAG_OF_THE_LAST_CHUNK -> java.util.Arrays.copyOf(file, file.length - 5);
            case A_COPY_OF_THE_FINAL_CHUNK_APPENDED -> {
                byte[] last = java.util.Arrays.copyOfRange(file, payload + 3 * sealedChunk, file.length);
                byte[] copy = java.util.Arrays.copyOf(file, file.length + last.length);
                System.arraycopy(last, 0, copy, file.length, last.length);
                yield copy;
            }
            case NOTHING_AFTER_THE_NONCE -> java.util.Arrays.copyOf(file, payload);
        };
        String chunkByChunk = failureReadingChunkByChunk(damaged, identity);

        assertThatThrownBy(() -> decrypt(damaged, identity))
                .isInstanceOf(AgePayloadException.class)
                .hasMessage(chunkByChunk);
    }

    private static String failureReadingChunkByChunk(byte[] file, Identity identity) throws IOException {
        try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(file), List.of(identity))) {
            byte[] buf = new byte[4096];
            while (in.read(buf) >= 0) {
                // Read to the end or the first failure.
            }
        } catch (AgePayloadException e) {
            return e.getMessage();
        }
        throw new AssertionError("the damaged file read to its end");
    }

    @Test
    void everyTruncationIsATypedFailure() throws IOException {
        X25519Identity identity = X25519Identity.generate();
        byte[] plain = new byte[CHUNK + 10];
        random.nextBytes(plain);
        byte[] file = encrypt(Envelope.create(List.of(identity.recipient())), plain, false);
        for (int cut = 0; cut < file.length; cut += (cut < 400 || cut > file.length - 400) ? 1 : 997) {
            byte[] truncated = java.util.Arrays.copyOf(file, cut);
            assertThatThrownBy(() -> decrypt(truncated, identity))
                    .as("cut at %d", cut)
                    .isInstanceOf(AgeException.class);
        }
    }

    @Test
    void messagesNeverContainKeyMaterial() throws IOException {
        X25519Identity identity = X25519Identity.generate();
        String secret = new String(identity.encode());
        byte[] file = encrypt(
                Envelope.create(List.of(identity.recipient())),
                "canary-plaintext".getBytes(StandardCharsets.UTF_8),
                false);
        file[file.length - 3] ^= 1;
        assertThatThrownBy(() -> decrypt(file, identity))
                .isInstanceOf(AgePayloadException.class)
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(secret).doesNotContain("canary"));
        assertThat(identity.toString()).doesNotContain(secret.substring(15)).startsWith("X25519Identity[age1");
    }

    static int headerLength(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int mac = text.indexOf("\n--- ");
        return text.indexOf('\n', mac + 1) + 1;
    }
}

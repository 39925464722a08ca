package io.p1vault.crypto.age;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEncodingTest {
    @Test
    void identityAndRecipientRoundTripThroughTheirStrings() {
        X25519Identity identity = X25519Identity.generate();
        char[] encoded = identity.encode();
        assertThat(new String(encoded))
                .startsWith("AGE-SECRET-KEY-1")
                .hasSize(74)
                .isUpperCase();
        X25519Identity parsed = X25519Identity.parse(encoded);
        assertThat(parsed.recipient()).isEqualTo(identity.recipient());
        String recipient = identity.recipient().toString();
        assertThat(recipient).startsWith("age1").hasSize(62).isLowerCase();
        assertThat(X25519Recipient.parse(recipient)).isEqualTo(identity.recipient());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        X25519Identity identity = X25519Identity.generate();
        assertThat(X25519Recipient.parse("  " + identity.recipient() + "\n")).isEqualTo(identity.recipient());
        assertThat(X25519Identity.parse((" " + new String(identity.encode()) + "\r\n").toCharArray())
                        .recipient())
                .isEqualTo(identity.recipient());
    }

    @Test
    void malformedStringsAreRefusedWithAUserMessage() {
        String good = X25519Identity.generate().recipient().toString();
        String flipped = good.substring(0, 10) + (good.charAt(10) == 'q' ? 'p' : 'q') + good.substring(11);
        String mixedCase = good.substring(0, 10) + good.substring(10).toUpperCase(Locale.ROOT);
        for (String bad : new String[] {
            "",
            "age1",
            flipped,
            mixedCase,
            good.substring(0, good.length() - 1),
            good.toUpperCase(Locale.ROOT),
            "AGE-SECRET-KEY-1" + good.substring(4)
        }) {
            assertThatThrownBy(() -> X25519Recipient.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an age public key");
        }
        String secret = new String(X25519Identity.generate().encode());
        assertThatThrownBy(() ->
                        X25519Identity.parse(secret.toLowerCase(Locale.ROOT).toCharArray()))
                .hasMessageContaining("not an age secret key");
        assertThatThrownBy(() -> X25519Identity.parse(good.toCharArray()))
                .hasMessageContaining("not an age secret key");
    }

    @Test
    void postQuantumIdentityAndRecipientRoundTripThroughTheirStrings() {
        HybridIdentity identity = HybridIdentity.generate();
        char[] encoded = identity.encode();
        assertThat(new String(encoded))
                .startsWith("AGE-SECRET-KEY-PQ-1")
                .hasSize(77)
                .isUpperCase();
        KeyPairIdentity parsed = KeyPairIdentity.parse(encoded);
        assertThat(parsed).isInstanceOf(HybridIdentity.class);
        assertThat(parsed.recipient()).isEqualTo(identity.recipient());
        // 1216 bytes of ML-KEM-768 + X25519 key: far beyond BIP 173's 90 characters, which age lifts.
        String recipient = identity.recipient().toString();
        assertThat(recipient).startsWith("age1pq1").hasSize(1959).isLowerCase();
        assertThat(Recipient.parse("\n" + recipient + " "))
                .isInstanceOf(HybridRecipient.class)
                .isEqualTo(identity.recipient());
        assertThat(identity.toString()).hasSizeLessThan(60).doesNotContain(new String(encoded).substring(19));
    }

    /** The one known answer for key derivation: SHAKE256 seed expansion, ML-KEM-768 and X25519 keys. */
    @Test
    void theSpecificationsExamplePostQuantumKeyDerivesItsRecipient() throws IOException {
        List<String> lines;
        try (InputStream in = KeyEncodingTest.class.getResourceAsStream("spec-hybrid-key.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .lines()
                    .filter(l -> !l.startsWith("#"))
                    .toList();
        }
        KeyPairIdentity identity = KeyPairIdentity.parse(lines.get(0).toCharArray());
        assertThat(identity.recipient().toString()).isEqualTo(lines.get(1));
        assertThat(new String(identity.encode())).isEqualTo(lines.get(0));
    }

    @Test
    void theGenericParsersTellTheTwoKindsApart() {
        X25519Identity classic = X25519Identity.generate();
        assertThat(KeyPairIdentity.parse(classic.encode())).isInstanceOf(X25519Identity.class);
        assertThat(Recipient.parse(classic.recipient().toString())).isInstanceOf(X25519Recipient.class);
        assertThat(KeyPairIdentity.generate(true)).isInstanceOf(HybridIdentity.class);
        assertThat(KeyPairIdentity.generate(false)).isInstanceOf(X25519Identity.class);
    }

    @Test
    void malformedPostQuantumStringsAreRefusedWithAUserMessage() {
        String good = HybridIdentity.generate().recipient().toString();
        String flipped = good.substring(0, 100) + (good.charAt(100) == 'q' ? 'p' : 'q') + good.substring(101);
        String wrongLength = new String(Bech32.encode("age1pq", new byte[1215], false));
        for (String bad :
                new String[] {"age1pq1", flipped, good.substring(0, good.length() - 1), good.toUpperCase(), wrongLength
                }) {
            assertThatThrownBy(() -> Recipient.parse(bad))
                    .as(bad.length() > 40 ? bad.substring(0, 40) : bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a post-quantum age public key");
        }
        String secret = new String(HybridIdentity.generate().encode());
        assertThatThrownBy(() -> KeyPairIdentity.parse(secret.toLowerCase().toCharArray()))
                .hasMessageContaining("not a post-quantum age secret key")
                .hasMessageNotContaining(secret.substring(19, 30));
        char[] longSeed = Bech32.encode("AGE-SECRET-KEY-PQ-", new byte[33], true);
        assertThatThrownBy(() -> KeyPairIdentity.parse(longSeed))
                .hasMessageContaining("not a post-quantum age secret key");
    }

    @Test
    void aPublicKeyWhoseMlKemPartIsOutOfRangeOrWhoseX25519PartHasLowOrderIsRefused() {
        byte[] key = HybridIdentity.generate().recipient().toString().getBytes();
        byte[] raw = Bech32.decode(new String(key).toCharArray()).data();
        byte[] badCoefficient = raw.clone();
        badCoefficient[0] = (byte) 0xff;
        badCoefficient[1] = (byte) 0xff; // a 12-bit coefficient of 4095, above q = 3329
        assertThatThrownBy(() -> Recipient.parse(new String(Bech32.encode("age1pq", badCoefficient, false))))
                .hasMessageContaining("malformed");
        byte[] lowOrder = raw.clone();
        java.util.Arrays.fill(lowOrder, HybridKem.MLKEM_PUBLIC_KEY_LENGTH, lowOrder.length, (byte) 0);
        lowOrder[HybridKem.MLKEM_PUBLIC_KEY_LENGTH] = 1; // u = 1, a point of order 4
        assertThatThrownBy(() -> Recipient.parse(new String(Bech32.encode("age1pq", lowOrder, false))))
                .hasMessageContaining("malformed");
    }
}

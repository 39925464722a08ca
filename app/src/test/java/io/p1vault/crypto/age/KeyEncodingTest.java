package io.p1vault.crypto.age;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEncodingTest {
    @Test
    void identityAndRecipientRoundTripThroughTheirStrings() {
        X25519Identity identity = X25519Identity.generate();
        char[] encoded = identity.encode();
        assertThat(new String(encoded)).startsWith("AGE-SECRET-KEY-1").hasSize(74).isUpperCase();
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
        assertThat(X25519Identity.parse((" " + new String(identity.encode()) + "\r\n").toCharArray()).recipient())
                .isEqualTo(identity.recipient());
    }

    @Test
    void malformedStringsAreRefusedWithAUserMessage() {
        String good = X25519Identity.generate().recipient().toString();
        String flipped = good.substring(0, 10) + (good.charAt(10) == 'q' ? 'p' : 'q') + good.substring(11);
        String mixedCase = good.substring(0, 10) + good.substring(10).toUpperCase(Locale.ROOT);
        for (String bad : new String[] {"", "age1", flipped, mixedCase, good.substring(0, good.length() - 1),
                good.toUpperCase(Locale.ROOT), "AGE-SECRET-KEY-1" + good.substring(4)}) {
            assertThatThrownBy(() -> X25519Recipient.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an age public key");
        }
        String secret = new String(X25519Identity.generate().encode());
        assertThatThrownBy(() -> X25519Identity.parse(secret.toLowerCase(Locale.ROOT).toCharArray()))
                .hasMessageContaining("not an age secret key");
        assertThatThrownBy(() -> X25519Identity.parse(good.toCharArray())).hasMessageContaining("not an age secret key");
    }

    @Test
    void postQuantumKeysAreRefusedByName() {
        // An ML-KEM-768 + X25519 public key is 1216 bytes; its Bech32 form starts "age1pq1".
        String recipient = new String(Bech32.encode("age1pq", new byte[1216], false));
        assertThatThrownBy(() -> X25519Recipient.parse(recipient)).hasMessage(PostQuantum.NOT_SUPPORTED);
        char[] identity = Bech32.encode("AGE-SECRET-KEY-PQ-", new byte[32], true);
        assertThatThrownBy(() -> X25519Identity.parse(identity)).hasMessage(PostQuantum.NOT_SUPPORTED);
    }
}

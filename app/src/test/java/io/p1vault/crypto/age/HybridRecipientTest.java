package io.p1vault.crypto.age;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.p1vault.crypto.age.AgeRoundTripTest.decrypt;
import static io.p1vault.crypto.age.AgeRoundTripTest.encrypt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Post-quantum (mlkem768x25519) stanzas written by us and read back; the test kit checks reading others'. */
class HybridRecipientTest {
    private static final byte[] PLAIN = "post-quantum canary-plaintext".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "armor {0}")
    @ValueSource(booleans = {false, true})
    void everyHybridRecipientOpensTheFileAndNoOtherKeyDoes(boolean armor) throws IOException {
        List<HybridIdentity> identities =
                List.of(HybridIdentity.generate(), HybridIdentity.generate(), HybridIdentity.generate());
        byte[] file = encrypt(
                Envelope.create(
                        identities.stream().map(HybridIdentity::recipient).toList()),
                PLAIN,
                armor);
        for (HybridIdentity identity : identities) {
            assertThat(decrypt(file, identity)).isEqualTo(PLAIN);
        }
        assertThatThrownBy(() -> decrypt(file, HybridIdentity.generate())).isInstanceOf(AgeNoMatchException.class);
        assertThatThrownBy(() -> decrypt(file, X25519Identity.generate())).isInstanceOf(AgeNoMatchException.class);
    }

    @Test
    void theStanzaIsAsTheSpecificationSays() {
        HybridRecipient recipient = HybridIdentity.generate().recipient();
        Envelope envelope = Envelope.create(List.of(recipient, recipient));
        List<Stanza> stanzas = envelope.header().stanzas();
        assertThat(stanzas).hasSize(2).allSatisfy(s -> {
            assertThat(s.type()).isEqualTo("mlkem768x25519");
            assertThat(s.args())
                    .singleElement()
                    .satisfies(enc -> assertThat(CanonicalBase64.decode(enc)).hasSize(1120));
            assertThat(s.body()).hasSize(32);
        });
        // A fresh encapsulation each time, even to the same key.
        assertThat(stanzas.get(0).args()).isNotEqualTo(stanzas.get(1).args());
        assertThat(stanzas.get(0).body()).isNotEqualTo(stanzas.get(1).body());
    }

    @Test
    void postQuantumAndX25519RecipientsCannotShareAFile() {
        List<Recipient> mixed = List.of(
                HybridIdentity.generate().recipient(), X25519Identity.generate().recipient());
        assertThatThrownBy(() -> Envelope.create(mixed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("post-quantum recipients (age1pq1…) cannot be combined with X25519 ones");
        assertThatThrownBy(() -> Envelope.create(List.of(
                        new ScryptRecipient("p".toCharArray(), 10),
                        HybridIdentity.generate().recipient())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("passphrase");
    }

    /**
     * age refuses the mix only when encrypting: a file another tool wrote with both kinds of
     * stanza opens with either identity, each ignoring the other's stanza.
     */
    @Test
    void aFileWithBothKindsOfStanzaOpensWithEitherIdentity() throws IOException {
        HybridIdentity pq = HybridIdentity.generate();
        X25519Identity classic = X25519Identity.generate();
        FileKey fileKey = FileKey.generate();
        List<Stanza> stanzas = new ArrayList<>(classic.recipient().wrap(fileKey));
        stanzas.addAll(pq.recipient().wrap(fileKey));
        byte[] file = encrypt(new Envelope(Header.create(stanzas, fileKey.bytes()), fileKey), PLAIN, false);
        assertThat(decrypt(file, pq)).isEqualTo(PLAIN);
        assertThat(decrypt(file, classic)).isEqualTo(PLAIN);
    }

    @Test
    void aStanzaForAnotherKeyIsSkippedAndTheNextOneTried() throws IOException {
        HybridIdentity mine = HybridIdentity.generate();
        byte[] file = encrypt(
                Envelope.create(List.of(HybridIdentity.generate().recipient(), mine.recipient())), PLAIN, false);
        assertThat(decrypt(file, mine)).isEqualTo(PLAIN);
    }

    @Test
    void destroyWipesTheKey() {
        HybridIdentity identity = HybridIdentity.generate();
        String secret = new String(identity.encode());
        identity.destroy();
        assertThat(identity.isDestroyed()).isTrue();
        assertThat(new String(identity.encode())).isNotEqualTo(secret);
    }

    @Test
    void messagesAndDescriptionsNeverContainKeyMaterial() throws IOException {
        HybridIdentity identity = HybridIdentity.generate();
        String secret = new String(identity.encode());
        String seedPart = secret.substring("AGE-SECRET-KEY-PQ-1".length());
        assertThat(identity.toString()).startsWith("HybridIdentity[age1pq1").doesNotContain(seedPart);
        byte[] file = encrypt(Envelope.create(List.of(identity.recipient())), PLAIN, false);
        String text = new String(file, StandardCharsets.ISO_8859_1);
        byte[] extraArgument = text.replaceFirst("-> mlkem768x25519 ", "-> mlkem768x25519 extra ")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decrypt(extraArgument, identity))
                .isInstanceOf(AgeHeaderException.class)
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(seedPart).doesNotContain("canary"));
        assertThatThrownBy(() -> KeyPairIdentity.parse((secret + "x").toCharArray()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(seedPart));
    }
}

package io.p1vault.crypto.age;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key derivation started before the unlock asks for it gives the unlock the very key it would
 * have derived itself, and only to an unlock of the same file with the same passphrase.
 */
class EarlyDerivationTest {
    private static final char[] PASSPHRASE = "correct horse".toCharArray();
    private static final byte[] PLAIN = "the vault document".getBytes(StandardCharsets.UTF_8);

    private static byte[] file(char[] passphrase) throws IOException {
        return AgeRoundTripTest.encrypt(Envelope.create(List.of(new ScryptRecipient(passphrase, 10))), PLAIN, false);
    }

    private static ScryptIdentity.Parameters parametersOf(byte[] file) throws IOException {
        Stanza stanza = Header.read(new ByteArrayInputStream(file)).stanzas().get(0);
        return ScryptIdentity.Parameters.of(stanza);
    }

    @Test
    void theUnlockOfTheSameFileAndPassphraseTakesTheEarlyKeyWhichIsTheKeyItWouldDerive() throws IOException {
        byte[] file = file(PASSPHRASE);
        ScryptIdentity.Parameters parameters = parametersOf(file);

        EarlyDerivation.start(PASSPHRASE, new ByteArrayInputStream(file));
        byte[] early = EarlyDerivation.claim(PASSPHRASE, parameters);

        assertThat(early)
                .isEqualTo(ScryptRecipient.deriveWrapKey(PASSPHRASE, parameters.salt(), parameters.workFactor(), null));
        assertThat(EarlyDerivation.claim(PASSPHRASE, parameters))
                .as("an early derivation serves one unlock")
                .isNull();
    }

    @Test
    void anUnlockStartedEarlyDecryptsTheFile() throws IOException {
        byte[] file = file(PASSPHRASE);

        EarlyDerivation.start(PASSPHRASE, new ByteArrayInputStream(file));

        assertThat(AgeRoundTripTest.decrypt(file, new ScryptIdentity(PASSPHRASE)))
                .isEqualTo(PLAIN);
    }

    @Test
    void aDerivationStartedWithAnotherPassphraseIsNotTakenAndTheUnlockStillSucceeds() throws IOException {
        byte[] file = file(PASSPHRASE);

        EarlyDerivation.start("a typo".toCharArray(), new ByteArrayInputStream(file));

        assertThat(EarlyDerivation.claim(PASSPHRASE, parametersOf(file))).isNull();
        EarlyDerivation.start("a typo".toCharArray(), new ByteArrayInputStream(file));
        assertThat(AgeRoundTripTest.decrypt(file, new ScryptIdentity(PASSPHRASE)))
                .isEqualTo(PLAIN);
    }

    @Test
    void aDerivationStartedForAnotherFileIsNotTaken() throws IOException {
        byte[] other = file(PASSPHRASE);
        byte[] file = file(PASSPHRASE);

        EarlyDerivation.start(PASSPHRASE, new ByteArrayInputStream(other));

        assertThat(EarlyDerivation.claim(PASSPHRASE, parametersOf(file))).isNull();
    }

    @Test
    void aFileThatIsNotAnAgeFileStartsNothing() throws IOException {
        byte[] file = file(PASSPHRASE);

        EarlyDerivation.start(
                PASSPHRASE, new ByteArrayInputStream("{\"not\": \"age\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(EarlyDerivation.claim(PASSPHRASE, parametersOf(file))).isNull();
    }
}

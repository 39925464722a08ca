package io.p1vault.crypto.age;

import io.p1vault.testing.NeedsExpect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Both directions against the reference {@code age} command. */
class AgeInteropTest {
    private static final String PASSPHRASE = "interop passphrase ✓";

    @TempDir
    Path dir;

    private final Random random = new Random(42);

    @BeforeAll
    static void tools() {
        AgeCommand.requireInstalled();
    }

    private Path randomFile(int size) throws IOException {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return Files.write(dir.resolve("plain-" + size), data);
    }

    private void encryptOurs(Envelope envelope, Path in, Path out, boolean armor) throws IOException {
        try (InputStream src = Files.newInputStream(in);
                OutputStream age = envelope.encrypt(Files.newOutputStream(out), armor)) {
            src.transferTo(age);
        }
    }

    private byte[] decryptOurs(Path file, Identity identity) throws IOException {
        try (AgeInputStream in = Age.decrypt(Files.newInputStream(file), List.of(identity))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void ageDecryptsWhatWeEncryptToItsKey(boolean armor) throws Exception {
        Path key = dir.resolve("key.txt");
        X25519Recipient recipient = X25519Recipient.parse(AgeCommand.keygen(key));
        Path plain = randomFile(3 * 65536 + 5);
        Path encrypted = dir.resolve("ours.age");
        encryptOurs(Envelope.create(List.of(recipient)), plain, encrypted, armor);
        byte[] decrypted = AgeCommand.run("age", "-d", "-i", key.toString(), encrypted.toString());
        assertThat(decrypted).isEqualTo(Files.readAllBytes(plain));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void weDecryptWhatAgeEncryptsToOurKey(boolean armor) throws Exception {
        X25519Identity identity = X25519Identity.generate();
        Path plain = randomFile(2 * 65536);
        Path encrypted = dir.resolve("theirs.age");
        AgeCommand.run(
                armor
                        ? new String[] {
                            "age",
                            "-a",
                            "-r",
                            identity.recipient().toString(),
                            "-o",
                            encrypted.toString(),
                            plain.toString()
                        }
                        : new String[] {
                            "age", "-r", identity.recipient().toString(), "-o", encrypted.toString(), plain.toString()
                        });
        assertThat(decryptOurs(encrypted, identity)).isEqualTo(Files.readAllBytes(plain));
    }

    @Test
    void ourIdentityStringsWorkInAgeAndTheirsInOurs() throws Exception {
        Path key = dir.resolve("key.txt");
        String publicKey = AgeCommand.keygen(key);
        String secretLine = Files.readAllLines(key).stream()
                .filter(l -> l.startsWith("AGE-SECRET-KEY-1"))
                .findFirst()
                .orElseThrow();
        X25519Identity parsed = X25519Identity.parse(secretLine.toCharArray());
        assertThat(parsed.recipient().toString()).isEqualTo(publicKey);

        X25519Identity ours = X25519Identity.generate();
        Path ourKey = Files.writeString(dir.resolve("ours.txt"), new String(ours.encode()) + "\n");
        assertThat(new String(AgeCommand.run("age-keygen", "-y", ourKey.toString()), StandardCharsets.US_ASCII).strip())
                .isEqualTo(ours.recipient().toString());
    }

    @NeedsExpect
    @Test
    void ageDecryptsOurPassphraseFile() throws Exception {
        Path plain = randomFile(70000);
        Path encrypted = dir.resolve("ours-pass.age");
        encryptOurs(
                Envelope.create(List.of(new ScryptRecipient(PASSPHRASE.toCharArray(), 12))), plain, encrypted, false);
        Path out = dir.resolve("out");
        AgeCommand.decryptWithPassphrase(encrypted, out, PASSPHRASE);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(plain));
    }

    @NeedsExpect
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void weDecryptAgesPassphraseFile(boolean armor) throws Exception {
        Path plain = randomFile(1000);
        Path encrypted = dir.resolve("theirs-pass.age");
        AgeCommand.encryptWithPassphrase(plain, encrypted, PASSPHRASE, armor);
        assertThat(decryptOurs(encrypted, new ScryptIdentity(PASSPHRASE.toCharArray())))
                .isEqualTo(Files.readAllBytes(plain));
    }
}

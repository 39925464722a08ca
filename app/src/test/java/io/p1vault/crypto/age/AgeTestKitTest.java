package io.p1vault.crypto.age;

import io.p1vault.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every vector of the C2SP age test kit, each as its own test. */
class AgeTestKitTest {
    private static final Path KIT = TestData.resolve("age-testkit");

    @TestFactory
    Stream<DynamicTest> vectors() throws IOException {
        return eachVector("", AgeTestKitTest::check);
    }

    @Test
    void kitIsComplete() throws IOException {
        try (Stream<Path> files = Files.list(KIT)) {
            assertThat(files.count()).isEqualTo(144);
        }
    }

    /**
     * Each vector again, its payload taken in one {@code readAllBytes}, which opens all chunks at
     * once: it must fail in the same class as the chunk-by-chunk reading, and release all or nothing.
     */
    @TestFactory
    Stream<DynamicTest> vectorsReadWhole() throws IOException {
        return eachVector(" read whole", v -> checkWhole(v, new ByteArrayInputStream(v.file)));
    }

    /**
     * Each vector again, read whole from a stream that lends its bytes (see {@link InMemoryInput}),
     * as a vault file is: the payload is then opened where it lies, inside a larger array, and must
     * come out as from a copy, or fail in the same class.
     */
    @TestFactory
    Stream<DynamicTest> vectorsReadWholeFromLentBytes() throws IOException {
        return eachVector(" read whole from lent bytes", v -> checkWhole(v, new LendingInput(v.file)));
    }

    /** One test per vector of the kit, named after its file and {@code suffix}. */
    private static Stream<DynamicTest> eachVector(String suffix, VectorCheck check) throws IOException {
        try (Stream<Path> files = Files.list(KIT)) {
            return files
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted()
                    .map(f -> DynamicTest.dynamicTest(
                            f.getFileName().toString() + suffix, () -> check.accept(Vector.load(f))))
                    .toList()
                    .stream();
        }
    }

    @FunctionalInterface
    private interface VectorCheck {
        void accept(Vector v) throws Exception;
    }

    /** The post-quantum hybrid (ML-KEM-768 + X25519) vectors run above like every other one. */
    @Test
    void kitHasTheNineteenHybridVectors() throws IOException {
        try (Stream<Path> files = Files.list(KIT)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("hybrid")))
                    .hasSize(19);
        }
    }

    private static void check(Vector v) throws Exception {
        Outcome outcome = decrypt(v, new ByteArrayInputStream(v.file), true);
        assertThat(outcome.expect).as("failure class").isEqualTo(v.expect);
        if (v.payloadSha256 != null) {
            assertThat(outcome.releasedSha256)
                    .as("SHA-256 of released plaintext")
                    .isEqualTo(v.payloadSha256);
        }
        if (v.expect.equals("success")) {
            // Armor detection must agree with what the vector declares.
            assertThat(decrypt(v, new ByteArrayInputStream(v.file), false).releasedSha256)
                    .isEqualTo(v.payloadSha256);
        }
    }

    private static void checkWhole(Vector v, InputStream file) throws Exception {
        Outcome outcome = decrypt(file, v.supportedIdentities(), v.armored, true);
        assertThat(outcome.expect).as("failure class").isEqualTo(v.expect);
        if (v.expect.equals("success") && v.payloadSha256 != null) {
            assertThat(outcome.releasedSha256).as("SHA-256 of the plaintext").isEqualTo(v.payloadSha256);
        }
    }

    private static Outcome decrypt(Vector v, InputStream in, boolean declaredArmor) throws NoSuchAlgorithmException {
        return declaredArmor
                ? decrypt(in, v.supportedIdentities(), v.armored, false)
                : decrypt(in, v.supportedIdentities(), null, false);
    }

    /** With {@code whole}, the payload is taken in one {@code readAllBytes}, else in small reads. */
    private static Outcome decrypt(InputStream in, List<Identity> identities, Boolean armored, boolean whole)
            throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String expect;
        try (AgeInputStream plain =
                armored != null ? Age.decrypt(in, identities, armored) : Age.decrypt(in, identities)) {
            if (whole) {
                sha.update(plain.readAllBytes());
            }
            byte[] buf = new byte[7919];
            for (int n; (n = plain.read(buf)) >= 0; ) {
                sha.update(buf, 0, n);
            }
            expect = "success";
        } catch (AgeHeaderException e) {
            expect = "header failure";
        } catch (AgeNoMatchException e) {
            expect = "no match";
        } catch (AgeHeaderMacException e) {
            expect = "HMAC failure";
        } catch (AgePayloadException e) {
            expect = "payload failure";
        } catch (AgeArmorException e) {
            expect = "armor failure";
        } catch (IOException e) {
            throw new AssertionError("untyped failure: " + e, e);
        }
        return new Outcome(expect, HexFormat.of().formatHex(sha.digest()));
    }

    private record Outcome(String expect, String releasedSha256) {}

    private record Vector(
            String expect,
            String payloadSha256,
            List<String> identityStrings,
            List<String> passphrases,
            boolean armored,
            byte[] file) {

        static Vector load(Path path) throws IOException {
            byte[] all = Files.readAllBytes(path);
            int bodyStart = indexOf(all, "\n\n".getBytes(StandardCharsets.US_ASCII)) + 2;
            String expect = null;
            String payload = null;
            boolean compressed = false;
            boolean armored = false;
            List<String> identities = new ArrayList<>();
            List<String> passphrases = new ArrayList<>();
            for (String line : new String(all, 0, bodyStart - 2, StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                String key = line.substring(0, colon);
                String value = line.substring(colon + 2);
                switch (key) {
                    case "expect" -> expect = value;
                    case "payload" -> payload = value;
                    case "identity" -> identities.add(value);
                    case "passphrase" -> passphrases.add(value);
                    case "armored" -> armored = value.equals("yes");
                    case "compressed" -> compressed = value.equals("zlib");
                    default -> {}
                }
            }
            byte[] body = java.util.Arrays.copyOfRange(all, bodyStart, all.length);
            if (compressed) {
                try (InputStream z = new InflaterInputStream(new ByteArrayInputStream(body))) {
                    body = z.readAllBytes();
                }
            }
            return new Vector(expect, payload, identities, passphrases, armored, body);
        }

        /** The vector's identities: X25519 and post-quantum keys, and passphrases. */
        List<Identity> supportedIdentities() {
            List<Identity> ids = new ArrayList<>();
            identityStrings.forEach(s -> ids.add(KeyPairIdentity.parse(s.toCharArray())));
            passphrases.forEach(p -> ids.add(new ScryptIdentity(p.toCharArray())));
            return ids;
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            throw new IllegalArgumentException("no blank line after the vector header");
        }
    }
}

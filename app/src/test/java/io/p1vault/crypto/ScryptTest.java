package io.p1vault.crypto;

import io.p1vault.testing.WarmUps;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScryptTest {
    @BeforeEach
    void noWarmUpReserves() throws InterruptedException {
        WarmUps.awaitNoneThenRelease();
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    // RFC 7914 section 12.
    @Test
    void rfc7914Vector1() {
        assertThat(Scrypt.derive(new byte[0], new byte[0], 4, 1, 1, 64))
                .isEqualTo(hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"));
    }

    @Test
    void rfc7914Vector2() {
        assertThat(Scrypt.derive("password".getBytes(US_ASCII), "NaCl".getBytes(US_ASCII), 10, 8, 16, 64))
                .isEqualTo(hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
    }

    @Test
    void rfc7914Vector3() {
        assertThat(Scrypt.derive("pleaseletmein".getBytes(US_ASCII), "SodiumChloride".getBytes(US_ASCII), 14, 8, 1, 64))
                .isEqualTo(hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                        + "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"));
    }

    // 1 GiB of V: surefire's -Xmx2g leaves room for it.
    @Test
    void rfc7914Vector4() {
        assertThat(Scrypt.derive("pleaseletmein".getBytes(US_ASCII), "SodiumChloride".getBytes(US_ASCII), 20, 8, 1, 64))
                .isEqualTo(hex("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa47"
                        + "8e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a41a4"));
    }

    @Test
    void matchesBouncyCastleOnRandomInputs() {
        Random random = new Random(20261123);
        for (int trial = 0; trial < 40; trial++) {
            // Passwords beyond 64 bytes exercise HMAC's hashed-key path.
            byte[] password = new byte[random.nextInt(150)];
            byte[] salt = new byte[random.nextInt(40)];
            random.nextBytes(password);
            random.nextBytes(salt);
            int logN = 1 + random.nextInt(10);
            int r = 1 + random.nextInt(9);
            int p = 1 + random.nextInt(3);
            int dkLen = 1 + random.nextInt(100);
            assertThat(Scrypt.derive(password, salt, logN, r, p, dkLen))
                    .as("logN=%d r=%d p=%d dkLen=%d", logN, r, p, dkLen)
                    .isEqualTo(SCrypt.generate(password, salt, 1 << logN, r, p, dkLen));
        }
    }

    @Test
    void matchesBouncyCastleAtAgeWorkFactor() {
        byte[] password = "correct horse battery staple".getBytes(US_ASCII);
        byte[] salt = "age-encryption.org/v1/scrypt0123456789ABCDEF".getBytes(US_ASCII);
        assertThat(Scrypt.derive(password, salt, 18, 8, 1, 32))
                .isEqualTo(SCrypt.generate(password, salt, 1 << 18, 8, 1, 32));
    }

    // 32 MiB of V in five chunks, filled by the helper thread, reused by the second ROMix.
    @Test
    void matchesBouncyCastleWhenVSpansSeveralChunksAndPIsTwo() {
        byte[] password = "pw".getBytes(US_ASCII);
        byte[] salt = "salt".getBytes(US_ASCII);
        assertThat(Scrypt.derive(password, salt, 15, 8, 2, 48))
                .isEqualTo(SCrypt.generate(password, salt, 1 << 15, 8, 2, 48));
        // r = 3 gives blocks of a size that is no power of two.
        assertThat(Scrypt.derive(password, salt, 16, 3, 1, 32))
                .isEqualTo(SCrypt.generate(password, salt, 1 << 16, 3, 1, 32));
    }

    /** The warm-up must run the real derivation (the code an unlock then finds compiled), not a shortcut. */
    @Test
    void warmUpRunsTheRealDerivation() {
        assertThat(Scrypt.warmUpKey()).isEqualTo(SCrypt.generate(new byte[1], new byte[16], 1 << 12, 8, 1, 32));
        assertThatCode(Scrypt::prepare).doesNotThrowAnyException();
    }

    @Test
    void reportsProgressAbout64TimesEndingAtOne() {
        List<Double> reports = new ArrayList<>();
        byte[] key = Scrypt.derive(new byte[] {1}, new byte[] {2}, 12, 8, 2, 32, f -> reports.add(f));

        assertThat(reports).hasSize(Scrypt.PROGRESS_STEPS).isSorted().last().isEqualTo(1.0);
        assertThat(reports.get(0)).isBetween(1.0 / 64, 1.0 / 64 + 0.001);
        assertThat(key).isEqualTo(SCrypt.generate(new byte[] {1}, new byte[] {2}, 1 << 12, 8, 2, 32));
    }

    @Test
    void reportsAtMostOncePerStepWhenWorkIsTiny() {
        List<Double> reports = new ArrayList<>();
        Scrypt.derive(new byte[0], new byte[0], 1, 1, 1, 16, f -> reports.add(f));

        assertThat(reports).containsExactly(0.25, 0.5, 0.75, 1.0);
    }

    @Test
    void cancelThrowsAndStopsWork() {
        List<Double> reports = new ArrayList<>();
        assertThatThrownBy(() -> Scrypt.derive(new byte[] {1}, new byte[] {2}, 12, 8, 1, 32, f -> {
                    reports.add(f);
                    return reports.size() < 3;
                }))
                .isInstanceOf(CancellationException.class);
        assertThat(reports).hasSize(3);
    }

    @Test
    void cancelStopsTheMemoryHelperThread() throws InterruptedException {
        assertThatThrownBy(() -> Scrypt.derive(new byte[] {1}, new byte[] {2}, 18, 8, 1, 32, f -> false))
                .isInstanceOf(CancellationException.class);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("scrypt-memory")) {
                t.join(5000);
                assertThat(t.isAlive()).isFalse();
            }
        }
    }

    /**
     * Each chunk with its array header fits in 8 MiB, so that chunks fill G1's regions exactly;
     * the chunks hold V's N blocks with as few chunks as that allows, all but the last alike.
     */
    @ParameterizedTest(name = "logN {0}, r {1}")
    @CsvSource({"1, 1", "10, 8", "12, 8", "14, 8", "18, 8", "20, 8", "16, 3", "17, 1", "14, 2048", "12, 16384"})
    void chunksAndTheirHeadersFitInEightMiB(int logN, int r) {
        int blockInts = 32 * r;
        ScryptMemory.Layout layout = ScryptMemory.Layout.of(logN, blockInts);
        int n = 1 << logN;
        int most = Math.max(1, ((8 << 20) - 64) / (4 * blockInts));

        int total = 0;
        for (int k = 0; k < layout.count(); k++) {
            assertThat(layout.blocks(k)).isPositive();
            assertThat(layout.chunkInts(k)).isEqualTo(layout.blocks(k) * blockInts);
            if (blockInts * 4 <= (8 << 20) - 64) {
                assertThat(4L * layout.chunkInts(k)).isLessThanOrEqualTo((8 << 20) - 64);
            }
            if (k < layout.count() - 1) {
                assertThat(layout.blocks(k)).isEqualTo(layout.blocksPerChunk());
            }
            total += layout.blocks(k);
        }
        assertThat(total).isEqualTo(n);
        assertThat(layout.count()).isEqualTo((n + most - 1) / most);
    }

    @Test
    void ageWorkFactorTakes33ChunksOfUnder8MiB() {
        ScryptMemory.Layout layout = ScryptMemory.Layout.of(18, 256);
        assertThat(layout.count()).isEqualTo(33);
        assertThat(layout.blocksPerChunk()).isEqualTo(7944);
        assertThat(layout.blocks(32)).isEqualTo(7936);
    }

    @Test
    void memoryCloseWipesEveryChunkHandedOut() {
        ScryptMemory memory = new ScryptMemory(14, 256);
        assertThat(memory.chunks.length).isEqualTo(3);
        assertCloseWipes(memory, memory.chunk(0), memory.chunk(1));
    }

    private static void assertCloseWipes(ScryptMemory memory, int[] first, int[] second) {
        Arrays.fill(first, 7);
        Arrays.fill(second, 9);

        memory.close();

        assertThat(first).containsOnly(0);
        assertThat(second).containsOnly(0);
    }

    @Test
    void aDerivationTakesTheMemoryReservedForItsParametersAndWipesIt() {
        assertThat(Scrypt.reserveMemory(14, 8)).isTrue();
        int[][] reserved = ScryptMemory.RESERVED.get();
        assertThat(reserved).hasNumberOfRows(3);
        assertThat(reserved[0]).hasSize(5462 * 256);
        assertThat(reserved[2]).hasSize(5460 * 256);

        ScryptMemory memory = new ScryptMemory(14, 256);
        assertThat(Scrypt.releaseMemory()).as("taken, not left behind").isFalse();
        int[] first = memory.chunk(0);
        int[] second = memory.chunk(1);
        assertThat(first).isSameAs(reserved[0]);
        assertThat(second).isSameAs(reserved[1]);
        assertCloseWipes(memory, first, second);
    }

    /** The same logN takes the reservation; another drops it rather than keep it for later. */
    @ParameterizedTest(name = "reserved for logN 15, derived at logN {0}")
    @ValueSource(ints = {15, 14})
    void aDerivationAfterAReservationGivesTheSameKeyAndLeavesNoneBehind(int logN) {
        byte[] password = "pass".getBytes(StandardCharsets.UTF_8);
        byte[] salt = "salt".getBytes(StandardCharsets.UTF_8);
        Scrypt.reserveMemory(15, 8);

        assertThat(Scrypt.derive(password, salt, logN, 8, 1, 32))
                .isEqualTo(SCrypt.generate(password, salt, 1 << logN, 8, 1, 32));
        assertThat(Scrypt.releaseMemory()).isFalse();
    }

    @Test
    void releaseDropsAReservationNoDerivationTook() {
        assertThat(Scrypt.reserveMemory(14, 8)).isTrue();

        assertThat(Scrypt.releaseMemory()).isTrue();
        assertThat(Scrypt.releaseMemory()).isFalse();
        assertThat(ScryptMemory.RESERVED.get()).isNull();
    }

    @Test
    void rejectsBadParameters() {
        byte[] b = new byte[1];
        assertThatThrownBy(() -> Scrypt.derive(b, b, 0, 8, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 31, 8, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 16, 1, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 4, 0, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 4, 8, 0, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 4, 8, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(null, b, 4, 8, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 10, 1 << 24, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scrypt.derive(b, b, 10, 1 << 20, 1 << 4, 32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

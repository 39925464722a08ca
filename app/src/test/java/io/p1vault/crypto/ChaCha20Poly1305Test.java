package io.p1vault.crypto;

import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChaCha20Poly1305Test {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("[\\s:]", ""));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** SunJCE as the reference; it verifies before releasing plaintext too. */
    private static byte[] jdk(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] in)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
        c.updateAAD(aad);
        return c.doFinal(in);
    }

    // RFC 8439 section 2.8.2.
    private static final byte[] KEY_282 = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    private static final byte[] NONCE_282 = hex("070000004041424344454647");
    private static final byte[] AAD_282 = hex("50515253c0c1c2c3c4c5c6c7");
    private static final byte[] PLAIN_282 =
            ("Ladies and Gentlemen of the class of '99: If I could offer you only one tip "
                            + "for the future, sunscreen would be it.")
                    .getBytes(US_ASCII);
    private static final byte[] SEALED_282 = hex("""
            d3 1a 8d 34 64 8e 60 db 7b 86 af bc 53 ef 7e c2
            a4 ad ed 51 29 6e 08 fe a9 e2 b5 a7 36 ee 62 d6
            3d be a4 5e 8c a9 67 12 82 fa fb 69 da 92 72 8b
            1a 71 de 0a 9e 06 0b 29 05 d6 a5 b6 7e cd 3b 36
            92 dd bd 7f 2d 77 8b 8c 98 03 ae e3 28 09 1b 58
            fa b3 24 e4 fa d6 75 94 55 85 80 8b 48 31 d7 bc
            3f f4 de f0 8e 4b 7a 9d e5 76 d2 65 86 ce c6 4b
            61 16
            1a e1 0b 59 4f 09 e2 6a 7e 90 2e cb d0 60 06 91""");

    @Test
    void rfc8439Section282Seal() {
        byte[] out = new byte[PLAIN_282.length + 16];
        int n = ChaCha20Poly1305.seal(KEY_282, NONCE_282, AAD_282, PLAIN_282, 0, PLAIN_282.length, out, 0);
        assertThat(n).isEqualTo(out.length);
        assertThat(out).isEqualTo(SEALED_282);
    }

    @Test
    void rfc8439Section282Open() throws AEADBadTagException {
        byte[] out = new byte[PLAIN_282.length];
        int n = ChaCha20Poly1305.open(KEY_282, NONCE_282, AAD_282, SEALED_282, 0, SEALED_282.length, out, 0);
        assertThat(n).isEqualTo(PLAIN_282.length);
        assertThat(out).isEqualTo(PLAIN_282);
    }

    // RFC 8439 appendix A.5.
    @Test
    void rfc8439AppendixA5Open() throws AEADBadTagException {
        byte[] key = hex("1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0");
        byte[] nonce = hex("000000000102030405060708");
        byte[] aad = hex("f33388860000000000004e91");
        byte[] sealed = hex("""
                64 a0 86 15 75 86 1a f4 60 f0 62 c7 9b e6 43 bd
                5e 80 5c fd 34 5c f3 89 f1 08 67 0a c7 6c 8c b2
                4c 6c fc 18 75 5d 43 ee a0 9e e9 4e 38 2d 26 b0
                bd b7 b7 3c 32 1b 01 00 d4 f0 3b 7f 35 58 94 cf
                33 2f 83 0e 71 0b 97 ce 98 c8 a8 4a bd 0b 94 81
                14 ad 17 6e 00 8d 33 bd 60 f9 82 b1 ff 37 c8 55
                97 97 a0 6e f4 f0 ef 61 c1 86 32 4e 2b 35 06 38
                36 06 90 7b 6a 7c 02 b0 f9 f6 15 7b 53 c8 67 e4
                b9 16 6c 76 7b 80 4d 46 a5 9b 52 16 cd e7 a4 e9
                90 40 c5 a4 04 33 22 5e e2 82 a1 b0 a0 6c 52 3e
                af 45 34 d7 f8 3f a1 15 5b 00 47 71 8c bc 54 6a
                0d 07 2b 04 b3 56 4e ea 1b 42 22 73 f5 48 27 1a
                0b b2 31 60 53 fa 76 99 19 55 eb d6 31 59 43 4e
                ce bb 4e 46 6d ae 5a 10 73 a6 72 76 27 09 7a 10
                49 e6 17 d9 1d 36 10 94 fa 68 f0 ff 77 98 71 30
                30 5b ea ba 2e da 04 df 99 7b 71 4d 6c 6f 2c 29
                a6 ad 5c b4 02 2b 02 70 9b
                ee ad 9d 67 89 0c bb 22 39 23 36 fe a1 85 1f 38""");
        String expected = "Internet-Drafts are draft documents valid for a maximum of six months and may be "
                + "updated, replaced, or obsoleted by other documents at any time. It is inappropriate to use "
                + "Internet-Drafts as reference material or to cite them other than as /\u201cwork in progress."
                + "/\u201d";
        byte[] out = new byte[sealed.length - 16];
        int n = ChaCha20Poly1305.open(key, nonce, aad, sealed, 0, sealed.length, out, 0);
        assertThat(n).isEqualTo(out.length);
        assertThat(new String(out, UTF_8)).isEqualTo(expected);
    }

    private static byte[] mac(byte[] key, byte[] m) {
        byte[] tag = new byte[16];
        io.p1vault.crypto.Poly1305.mac(key, m, 0, m.length, tag, 0);
        return tag;
    }

    // RFC 8439 section 2.5.2.
    @Test
    void poly1305Section252() {
        byte[] key = hex("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b");
        assertThat(mac(key, "Cryptographic Forum Research Group".getBytes(US_ASCII)))
                .isEqualTo(hex("a8061dc1305136c6c22b8baf0c0127a9"));
    }

    // RFC 8439 appendix A.3: the vectors that exercise the final reduction mod 2^130 - 5.
    @Test
    void poly1305AppendixA3EdgeCases() {
        byte[] zero16 = new byte[16];
        byte[] r2 = hex("02000000000000000000000000000000");
        byte[] r1 = hex("01000000000000000000000000000000");
        byte[] ff16 = hex("ffffffffffffffffffffffffffffffff");
        assertThat(mac(new byte[32], new byte[64])).as("#1").isEqualTo(zero16);
        assertThat(mac(concat(r2, zero16), ff16)).as("#5").isEqualTo(hex("03000000000000000000000000000000"));
        assertThat(mac(concat(r2, ff16), r2)).as("#6").isEqualTo(hex("03000000000000000000000000000000"));
        assertThat(mac(
                        concat(r1, zero16),
                        hex("ffffffffffffffffffffffffffffffff"
                                + "f0ffffffffffffffffffffffffffffff11000000000000000000000000000000")))
                .as("#7")
                .isEqualTo(hex("05000000000000000000000000000000"));
        assertThat(mac(
                        concat(r1, zero16),
                        hex("ffffffffffffffffffffffffffffffff"
                                + "fbfefefefefefefefefefefefefefefe01010101010101010101010101010101")))
                .as("#8")
                .isEqualTo(zero16);
        assertThat(mac(concat(r2, zero16), hex("fdffffffffffffffffffffffffffffff")))
                .as("#9")
                .isEqualTo(hex("faffffffffffffffffffffffffffffff"));
        byte[] key10 = concat(hex("01000000000000000400000000000000"), zero16);
        byte[] m10 = hex("e33594d7505e43b900000000000000003394d7505e4379cd0100000000000000"
                + "0000000000000000000000000000000001000000000000000000000000000000");
        assertThat(mac(key10, m10)).as("#10").isEqualTo(hex("14000000000000005500000000000000"));
        assertThat(mac(key10, Arrays.copyOf(m10, 48))).as("#11").isEqualTo(hex("13000000000000000000000000000000"));
    }

    @Test
    void poly1305MatchesBouncyCastleOverRandomLengths() {
        Random random = new Random(1305);
        for (int trial = 0; trial < 500; trial++) {
            byte[] key = new byte[32];
            byte[] m = new byte[random.nextInt(trial < 400 ? 100 : 5000)];
            random.nextBytes(key);
            random.nextBytes(m);
            if (trial % 7 == 0) {
                // Messages of all ones push h close to 2^130 - 5.
                Arrays.fill(m, (byte) 0xff);
            }
            Poly1305 bc = new Poly1305();
            bc.init(new KeyParameter(key));
            bc.update(m, 0, m.length);
            byte[] expected = new byte[16];
            bc.doFinal(expected, 0);
            assertThat(mac(key, m)).as("length %d", m.length).isEqualTo(expected);
        }
    }

    @Test
    void roundTripsAndMatchesJdkOverRandomLengths() throws GeneralSecurityException {
        Random random = new Random(8439);
        for (int trial = 0; trial < 300; trial++) {
            // Small lengths often, to hit every tail of the 64-byte blocks and 16-byte MAC blocks.
            int len = trial < 200 ? random.nextInt(300) : random.nextInt(200_001);
            byte[] key = new byte[32];
            byte[] nonce = new byte[12];
            byte[] plain = new byte[len];
            random.nextBytes(key);
            random.nextBytes(nonce);
            random.nextBytes(plain);
            int inOff = random.nextInt(20);
            int outOff = random.nextInt(20);
            byte[] in = new byte[inOff + len + 7];
            System.arraycopy(plain, 0, in, inOff, len);
            byte[] sealed = new byte[outOff + len + 16 + 5];

            int n = ChaCha20Poly1305.seal(key, nonce, in, inOff, len, sealed, outOff);

            assertThat(n).isEqualTo(len + 16);
            byte[] ours = Arrays.copyOfRange(sealed, outOff, outOff + n);
            assertThat(ours).as("len %d", len).isEqualTo(jdk(Cipher.ENCRYPT_MODE, key, nonce, new byte[0], plain));
            byte[] opened = new byte[len + 3];
            assertThat(ChaCha20Poly1305.open(key, nonce, sealed, outOff, n, opened, 3))
                    .isEqualTo(len);
            assertThat(Arrays.copyOfRange(opened, 3, 3 + len)).isEqualTo(plain);
        }
    }

    @Test
    void matchesJdkWithAssociatedData() throws GeneralSecurityException {
        Random random = new Random(99);
        for (int trial = 0; trial < 100; trial++) {
            byte[] key = new byte[32];
            byte[] nonce = new byte[12];
            byte[] aad = new byte[random.nextInt(100)];
            byte[] plain = new byte[random.nextInt(500)];
            random.nextBytes(key);
            random.nextBytes(nonce);
            random.nextBytes(aad);
            random.nextBytes(plain);
            byte[] sealed = new byte[plain.length + 16];
            ChaCha20Poly1305.seal(key, nonce, aad, plain, 0, plain.length, sealed, 0);
            assertThat(sealed).isEqualTo(jdk(Cipher.ENCRYPT_MODE, key, nonce, aad, plain));
        }
    }

    @Test
    void worksInPlace() throws AEADBadTagException {
        Random random = new Random(5);
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        random.nextBytes(key);
        random.nextBytes(nonce);
        for (int len : new int[] {0, 1, 63, 64, 65, 1000, 65536}) {
            byte[] plain = new byte[len];
            random.nextBytes(plain);
            byte[] buf = new byte[8 + len + 16];
            System.arraycopy(plain, 0, buf, 8, len);
            byte[] expected = new byte[len + 16];
            ChaCha20Poly1305.seal(key, nonce, plain, 0, len, expected, 0);

            ChaCha20Poly1305.seal(key, nonce, buf, 8, len, buf, 8);
            assertThat(Arrays.copyOfRange(buf, 8, 8 + len + 16)).isEqualTo(expected);
            assertThat(ChaCha20Poly1305.open(key, nonce, buf, 8, len + 16, buf, 8))
                    .isEqualTo(len);
            assertThat(Arrays.copyOfRange(buf, 8, 8 + len)).isEqualTo(plain);
        }
    }

    @Test
    void rejectsEveryTamperedBitWithoutWritingPlaintext() {
        Random random = new Random(6);
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        byte[] plain = new byte[100];
        random.nextBytes(key);
        random.nextBytes(nonce);
        random.nextBytes(plain);
        byte[] sealed = new byte[116];
        ChaCha20Poly1305.seal(key, nonce, plain, 0, 100, sealed, 0);
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] tampered = sealed.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            byte[] out = new byte[100];
            Arrays.fill(out, (byte) 0x5a);
            assertThatThrownBy(() -> ChaCha20Poly1305.open(key, nonce, tampered, 0, 116, out, 0))
                    .isInstanceOf(AEADBadTagException.class);
            assertThat(out).as("bit %d", bit).containsOnly((byte) 0x5a);
        }
    }

    @Test
    void rejectsTamperingInPlaceWithoutTouchingTheCiphertext() {
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        byte[] buf = new byte[65536 + 16];
        ChaCha20Poly1305.seal(key, nonce, buf, 0, 65536, buf, 0);
        buf[65536 + 3] ^= 1;
        byte[] before = buf.clone();
        assertThatThrownBy(() -> ChaCha20Poly1305.open(key, nonce, buf, 0, buf.length, buf, 0))
                .isInstanceOf(AEADBadTagException.class);
        assertThat(buf).isEqualTo(before);
    }

    @Test
    void rejectsWrongKeyNonceAndTruncation() {
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        byte[] sealed = new byte[50 + 16];
        ChaCha20Poly1305.seal(key, nonce, new byte[50], 0, 50, sealed, 0);
        byte[] otherKey = key.clone();
        otherKey[31] = 1;
        byte[] otherNonce = nonce.clone();
        otherNonce[11] = 1;
        byte[] out = new byte[50];
        assertThatThrownBy(() -> ChaCha20Poly1305.open(otherKey, nonce, sealed, 0, 66, out, 0))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> ChaCha20Poly1305.open(key, otherNonce, sealed, 0, 66, out, 0))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> ChaCha20Poly1305.open(key, nonce, sealed, 0, 65, out, 0))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> ChaCha20Poly1305.open(key, nonce, sealed, 0, 15, out, 0))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void rejectsBadArguments() {
        byte[] buf = new byte[100];
        assertThatThrownBy(() -> ChaCha20Poly1305.seal(new byte[31], new byte[12], buf, 0, 10, buf, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChaCha20Poly1305.seal(new byte[32], new byte[8], buf, 0, 10, buf, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChaCha20Poly1305.seal(new byte[32], new byte[12], buf, 0, 90, new byte[100], 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
        // Overlapping at a different offset would read bytes it has already overwritten.
        assertThatThrownBy(() -> ChaCha20Poly1305.seal(new byte[32], new byte[12], buf, 0, 50, buf, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

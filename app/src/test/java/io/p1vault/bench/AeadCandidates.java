package io.p1vault.bench;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.ChaCha7539Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The RFC 8439 AEAD implementations that were measured against each other for one STREAM chunk.
 * Only the winner lives in src/main; the others stay here so the comparison can be rerun.
 */
final class AeadCandidates {

    private AeadCandidates() {}

    /** The implementation in src/main. */
    static final class Ours implements Candidate {
        @Override
        public String name() {
            return "ours";
        }

        @Override
        public int seal(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff) {
            return io.p1vault.crypto.ChaCha20Poly1305.seal(key, nonce, in, inOff, len, out, outOff);
        }

        @Override
        public int open(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws AEADBadTagException {
            return io.p1vault.crypto.ChaCha20Poly1305.open(key, nonce, in, inOff, len, out, outOff);
        }
    }

    interface Candidate {
        String name();

        int seal(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws GeneralSecurityException;

        int open(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws GeneralSecurityException;
    }

    /**
     * SunJCE: buffers the ciphertext and releases nothing before the tag has verified. Two
     * instances because SunJCE refuses to init one with the key and nonce it last used.
     */
    static final class Jdk implements Candidate {
        private final Cipher sealer;
        private final Cipher opener;

        Jdk() throws GeneralSecurityException {
            sealer = Cipher.getInstance("ChaCha20-Poly1305");
            opener = Cipher.getInstance("ChaCha20-Poly1305");
        }

        @Override
        public String name() {
            return "jdk";
        }

        @Override
        public int seal(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws GeneralSecurityException {
            sealer.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
            return sealer.doFinal(in, inOff, len, out, outOff);
        }

        @Override
        public int open(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws GeneralSecurityException {
            opener.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
            return opener.doFinal(in, inOff, len, out, outOff);
        }
    }

    /** BouncyCastle's stream cipher and MAC composed by hand, MAC verified before decrypting. */
    static final class BcComposed implements Candidate {
        private final ChaCha7539Engine engine = new ChaCha7539Engine();
        private final Poly1305 mac = new Poly1305();
        private final byte[] block0 = new byte[64];
        private final byte[] tag = new byte[16];
        private final byte[] lengths = new byte[16];

        @Override
        public String name() {
            return "bc-engine+poly1305";
        }

        private void start(boolean encrypt, byte[] key, byte[] nonce) {
            engine.init(encrypt, new ParametersWithIV(new KeyParameter(key), nonce));
            Arrays.fill(block0, (byte) 0);
            engine.processBytes(block0, 0, 64, block0, 0);
            mac.init(new KeyParameter(block0, 0, 32));
        }

        private void macCiphertext(byte[] ct, int off, int len) {
            mac.update(ct, off, len);
            int pad = (16 - (len & 15)) & 15;
            mac.update(new byte[16], 0, pad);
            long l = len;
            for (int i = 0; i < 8; i++) {
                lengths[i] = 0;
                lengths[8 + i] = (byte) (l >>> (8 * i));
            }
            mac.update(lengths, 0, 16);
            mac.doFinal(tag, 0);
        }

        @Override
        public int seal(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff) {
            start(true, key, nonce);
            engine.processBytes(in, inOff, len, out, outOff);
            macCiphertext(out, outOff, len);
            System.arraycopy(tag, 0, out, outOff + len, 16);
            return len + 16;
        }

        @Override
        public int open(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws AEADBadTagException {
            int ctLen = len - 16;
            start(false, key, nonce);
            macCiphertext(in, inOff, ctLen);
            if (!MessageDigest.isEqual(Arrays.copyOfRange(in, inOff + ctLen, inOff + len), tag)) {
                throw new AEADBadTagException("tag mismatch");
            }
            engine.processBytes(in, inOff, ctLen, out, outOff);
            return ctLen;
        }
    }

    /** BouncyCastle's AEAD class (hands out plaintext before the tag is checked). */
    static final class BcAead implements Candidate {
        private final ChaCha20Poly1305 aead = new ChaCha20Poly1305();

        @Override
        public String name() {
            return "bc-aead";
        }

        @Override
        public int seal(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws GeneralSecurityException {
            aead.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
            int n = aead.processBytes(in, inOff, len, out, outOff);
            try {
                return n + aead.doFinal(out, outOff + n);
            } catch (InvalidCipherTextException e) {
                throw new GeneralSecurityException(e);
            }
        }

        @Override
        public int open(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
                throws GeneralSecurityException {
            aead.init(false, new AEADParameters(new KeyParameter(key), 128, nonce));
            int n = aead.processBytes(in, inOff, len, out, outOff);
            try {
                return n + aead.doFinal(out, outOff + n);
            } catch (InvalidCipherTextException e) {
                throw new AEADBadTagException(e.getMessage());
            }
        }
    }
}

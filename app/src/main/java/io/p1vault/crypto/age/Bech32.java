package io.p1vault.crypto.age;

import java.util.Arrays;

/**
 * Bech32 (BIP 173 checksum) as age uses it for {@code age1…} recipients and
 * {@code AGE-SECRET-KEY-1…} identities: no length limit, and a string is either all lower or all
 * upper case. Works on {@code char[]} so secret keys need not pass through a {@code String}.
 */
final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    /** A decoded string: its human-readable part as written, and the data bytes. */
    record Decoded(String hrp, byte[] data) {}

    private Bech32() {}

    static char[] encode(String hrp, byte[] data, boolean upperCase) {
        String lowerHrp = hrp.toLowerCase(java.util.Locale.ROOT);
        byte[] values = convertBits(data, 8, 5, true);
        byte[] checksum = checksum(lowerHrp, values);
        char[] out = new char[hrp.length() + 1 + values.length + checksum.length];
        int pos = 0;
        for (int i = 0; i < hrp.length(); i++) {
            out[pos++] = hrp.charAt(i);
        }
        out[pos++] = '1';
        for (byte v : values) {
            out[pos++] = CHARSET.charAt(v);
        }
        for (byte v : checksum) {
            out[pos++] = CHARSET.charAt(v);
        }
        Arrays.fill(values, (byte) 0);
        if (upperCase) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Character.toUpperCase(out[i]);
            }
        }
        return out;
    }

    /**
     * Decodes {@code s} without its surrounding whitespace (as pasted or read from a line), or
     * returns null; the trimmed copy is wiped, the caller wipes {@code s} and the decoded data.
     */
    static Decoded decodeTrimmed(char[] s) {
        int start = 0;
        int end = s.length;
        while (start < end && Character.isWhitespace(s[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(s[end - 1])) {
            end--;
        }
        char[] trimmed = Arrays.copyOfRange(s, start, end);
        try {
            return decode(trimmed);
        } finally {
            Arrays.fill(trimmed, '\0');
        }
    }

    /** Whether {@code s}, after leading whitespace, starts with {@code prefix} in either case. */
    static boolean hasPrefix(char[] s, String prefix) {
        int start = 0;
        while (start < s.length && Character.isWhitespace(s[start])) {
            start++;
        }
        if (s.length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(s[start + i]) != Character.toLowerCase(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Decodes, or returns null when {@code s} is not valid Bech32. */
    static Decoded decode(char[] s) {
        boolean hasLower = false;
        boolean hasUpper = false;
        for (char c : s) {
            hasLower |= c >= 'a' && c <= 'z';
            hasUpper |= c >= 'A' && c <= 'Z';
        }
        int separator = -1;
        for (int i = s.length - 1; i >= 0; i--) {
            if (s[i] == '1') {
                separator = i;
                break;
            }
        }
        if ((hasLower && hasUpper) || separator < 1 || separator + 7 > s.length) {
            return null;
        }
        String hrp = new String(s, 0, separator);
        for (int i = 0; i < hrp.length(); i++) {
            if (hrp.charAt(i) < 33 || hrp.charAt(i) > 126) {
                return null;
            }
        }
        byte[] values = new byte[s.length - separator - 1];
        try {
            for (int i = 0; i < values.length; i++) {
                int v = CHARSET.indexOf(Character.toLowerCase(s[separator + 1 + i]));
                if (v < 0) {
                    return null;
                }
                values[i] = (byte) v;
            }
            if (polymod(hrp.toLowerCase(java.util.Locale.ROOT), values) != 1) {
                return null;
            }
            byte[] data = convertBits(Arrays.copyOf(values, values.length - 6), 5, 8, false);
            return data == null ? null : new Decoded(hrp, data);
        } finally {
            Arrays.fill(values, (byte) 0);
        }
    }

    private static byte[] checksum(String hrp, byte[] values) {
        byte[] padded = Arrays.copyOf(values, values.length + 6);
        int mod = polymod(hrp, padded) ^ 1;
        Arrays.fill(padded, (byte) 0);
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (byte) ((mod >>> (5 * (5 - i))) & 31);
        }
        return out;
    }

    private static int polymod(String hrp, byte[] values) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk, hrp.charAt(i) & 31);
        }
        for (byte v : values) {
            chk = step(chk, v);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }

    /**
     * Regroups bits into a fixed-size array (no growable buffer, so no unwipeable copies of a
     * secret key); without padding, leftover bits must be fewer than {@code from} and zero.
     */
    private static byte[] convertBits(byte[] in, int from, int to, boolean pad) {
        int totalBits = in.length * from;
        byte[] out = new byte[pad ? (totalBits + to - 1) / to : totalBits / to];
        int acc = 0;
        int bits = 0;
        int pos = 0;
        int maxv = (1 << to) - 1;
        for (byte b : in) {
            int value = b & 0xff;
            if ((value >>> from) != 0) {
                Arrays.fill(out, (byte) 0);
                return null;
            }
            acc = ((acc << from) | value) & 0xffff;
            bits += from;
            while (bits >= to) {
                bits -= to;
                out[pos++] = (byte) ((acc >>> bits) & maxv);
            }
        }
        if (pad) {
            if (bits > 0) {
                out[pos] = (byte) ((acc << (to - bits)) & maxv);
            }
        } else if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
            Arrays.fill(out, (byte) 0);
            return null;
        }
        return out;
    }
}

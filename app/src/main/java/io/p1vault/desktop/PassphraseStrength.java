package io.p1vault.desktop;

import java.util.HashSet;
import java.util.Set;

/**
 * A rough estimate of how hard a passphrase is to guess, for the indicator beside a new
 * passphrase. It counts the character classes used and discounts repeats and runs; it cannot
 * know about dictionary words, so it errs on the generous side only for long passphrases, where
 * length dominates anyway. Works on the {@code char[]} without copying it into a String.
 */
public final class PassphraseStrength {
    public enum Level { EMPTY, WEAK, FAIR, GOOD, STRONG }

    /** The level and the estimated bits of entropy behind it. */
    public record Estimate(Level level, int bits) {
    }

    private PassphraseStrength() {
    }

    public static Estimate estimate(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            return new Estimate(Level.EMPTY, 0);
        }
        int pool = 0;
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        for (char c : passphrase) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 128) {
                symbol = true;
            } else {
                other = true;
            }
        }
        pool += lower ? 26 : 0;
        pool += upper ? 26 : 0;
        pool += digit ? 10 : 0;
        pool += symbol ? 33 : 0;
        pool += other ? 100 : 0;
        double bitsPerChar = Math.log(pool) / Math.log(2);
        double bits = 0;
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < passphrase.length; i++) {
            char c = passphrase[i];
            boolean repeat = !seen.add(c);
            boolean run = i > 0 && Math.abs(c - passphrase[i - 1]) <= 1;
            // A repeated character or the next one of a run ("aaaa", "1234", "abcd") adds little.
            bits += run ? 1 : repeat ? bitsPerChar / 2 : bitsPerChar;
        }
        int total = (int) Math.round(bits);
        return new Estimate(level(total), total);
    }

    private static Level level(int bits) {
        if (bits < 40) {
            return Level.WEAK;
        }
        if (bits < 60) {
            return Level.FAIR;
        }
        return bits < 80 ? Level.GOOD : Level.STRONG;
    }
}

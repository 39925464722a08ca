package io.p1vault.desktop;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.nio.CharBuffer;

/**
 * How hard a passphrase is to guess, for the meter beside a new passphrase: zxcvbn's estimate of
 * the guesses an attacker needs (common passwords, names and English words, keyboard patterns,
 * dates, repeats, sequences, l33t substitutions), as bits. The levels are set for an offline attack
 * on a stolen vault file; zxcvbn's own 0–4 score calls 10<sup>10</sup> guesses (33 bits) "very
 * unguessable", which suits a rate-limited login, not a file.
 *
 * <p>Slow work: the first estimate in a process loads zxcvbn's dictionaries (about a second, not
 * spent at start-up, as most runs never set a passphrase), and one estimate takes tens of
 * milliseconds, so it never runs on the event thread. Only the first {@value #MEASURED} characters are measured, as zxcvbn's cost
 * grows quickly with length (seconds at 400).
 *
 * <p>The passphrase reaches zxcvbn as a read-only {@link CharBuffer} over the caller's array, never
 * as a String made here (the caller wipes its array); zxcvbn's own copies are wiped by {@link Strength#wipe()}, except the short
 * substrings its dictionary look-ups turn into Strings, which live until collected.
 */
public final class PassphraseStrength {
    public enum Level {
        EMPTY,
        WEAK,
        FAIR,
        GOOD,
        STRONG
    }

    /** The level and the estimated bits of entropy (log2 of the guesses) behind it. */
    public record Estimate(Level level, int bits) {}

    static final int MEASURED = 100;
    private static final double BITS_PER_DIGIT = Math.log(10) / Math.log(2);

    private PassphraseStrength() {}

    public static Estimate estimate(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            return new Estimate(Level.EMPTY, 0);
        }
        // Read-only: Strength.wipe() blanks a writable buffer, which would be the caller's array.
        CharBuffer measured = CharBuffer.wrap(passphrase, 0, Math.min(passphrase.length, MEASURED))
                .asReadOnlyBuffer();
        Strength strength = Engine.ZXCVBN.measure(measured);
        try {
            int bits = (int) Math.round(strength.getGuessesLog10() * BITS_PER_DIGIT);
            return new Estimate(level(bits), bits);
        } finally {
            strength.wipe();
        }
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

    /** Loaded on first use: building zxcvbn reads its dictionaries. */
    private static final class Engine {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}

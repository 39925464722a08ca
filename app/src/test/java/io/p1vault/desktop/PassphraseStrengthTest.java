package io.p1vault.desktop;

import io.p1vault.desktop.PassphraseStrength.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PassphraseStrengthTest {
    /** Long enough and varied enough for a character-class count, but in every attacker's word list. */
    @ParameterizedTest(name = "\"{0}\" is weak")
    @ValueSource(
            strings = {
                "password",
                "Password1",
                "iloveyou",
                "sunshine",
                "monkey123",
                "dragon2024",
                "qwertyuiopasdfgh",
                "Tr0ub4dor&3",
                "baseball!",
                "michael1985",
                "aaaaaaaaaaaaaaaaaaaa",
                "abcdefghijklmnopqrst"
            })
    void dictionaryWordsNamesPatternsAndRunsAreWeak(String passphrase) {
        assertThat(PassphraseStrength.estimate(passphrase.toCharArray()).level())
                .isEqualTo(Level.WEAK);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "correct horse battery staple, GOOD",
        "correct horse battery staple piano mountain, STRONG",
        "7wN$kd9!Lp2@xZq8#vR4mT6&hQ3, STRONG"
    })
    void unrelatedWordsAndRandomCharactersScoreByTheirGuesses(String passphrase, Level expected) {
        assertThat(PassphraseStrength.estimate(passphrase.toCharArray()).level())
                .isEqualTo(expected);
    }

    @Test
    void emptyIsEmptyAndTheCallersArrayIsLeftAsItWas() {
        assertThat(PassphraseStrength.estimate(new char[0])).isEqualTo(new PassphraseStrength.Estimate(Level.EMPTY, 0));
        char[] passphrase = "correct horse battery staple".toCharArray();
        PassphraseStrength.estimate(passphrase);
        assertThat(passphrase).isEqualTo("correct horse battery staple".toCharArray());
    }

    /** zxcvbn's cost grows fast with length; beyond the measured part a passphrase cannot get weaker. */
    @Test
    void measuresOnlyTheFirstHundredCharacters() {
        char[] repeated = new char[400];
        Arrays.fill(repeated, 'a');
        assertThat(PassphraseStrength.estimate(repeated))
                .isEqualTo(PassphraseStrength.estimate(Arrays.copyOf(repeated, 100)));
    }
}

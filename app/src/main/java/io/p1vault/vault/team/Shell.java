package io.p1vault.vault.team;

import java.util.regex.Pattern;

/** Quotes a word for a POSIX shell, so a command shown for copying means what it says. */
final class Shell {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:@%+=,-]+");

    private Shell() {}

    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

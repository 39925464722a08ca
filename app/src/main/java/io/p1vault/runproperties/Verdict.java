package io.p1vault.runproperties;

/**
 * What p1vault thinks of a setting's value.
 *
 * @param level   OK, WARNING (accepted, but the user should know) or ERROR (refused)
 * @param message why, or a note such as "not set"; {@code null} for a plain OK
 */
public record Verdict(Level level, String message) {

    public enum Level {
        OK,
        WARNING,
        ERROR
    }

    static Verdict ok() {
        return new Verdict(Level.OK, null);
    }

    static Verdict ok(String note) {
        return new Verdict(Level.OK, note);
    }

    static Verdict warning(String message) {
        return new Verdict(Level.WARNING, message);
    }

    static Verdict error(String message) {
        return new Verdict(Level.ERROR, message);
    }
}

package io.p1vault.ui.base;

import io.p1vault.UserFacing;
import io.p1vault.storage.IoErrors;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A failure as the error dialog shows it: what failed, why, and what the user can do. Messages
 * of {@link UserFacing} exceptions already say why and what to do; anything else gets a generic
 * advice line. The exception, when there is one, is kept for the dialog's details and the log.
 */
public record Failure(String what, String why, String advice, Throwable cause) {
    public Failure(String what, String why, String advice) {
        this(what, why, advice, null);
    }

    /** {@code what} is a sentence such as "The vault could not be saved." */
    public static Failure of(String what, Throwable cause) {
        if (cause instanceof UserFacing) {
            return new Failure(what, cause.getMessage(), null, cause);
        }
        if (cause instanceof IOException io) {
            return new Failure(what, IoErrors.reason(io), Messages.text("error.advice.io"), cause);
        }
        return new Failure(
                what,
                Messages.format("error.unexpected", cause.getClass().getSimpleName()),
                Messages.text("error.advice.unexpected"),
                cause);
    }

    /** The exception's class, message and stack trace with its causes; empty without an exception. */
    public String trace() {
        if (cause == null) {
            return "";
        }
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** What the dialog says, as plain text for a ticket. */
    public String summary() {
        return what + "\n" + why + (advice == null ? "" : "\n" + advice);
    }
}

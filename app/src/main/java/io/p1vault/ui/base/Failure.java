package io.p1vault.ui.base;

import io.p1vault.UserFacing;
import io.p1vault.storage.IoErrors;

import java.io.IOException;

/**
 * A failure as the error dialog shows it: what failed, why, and what the user can do. Messages
 * of {@link UserFacing} exceptions already say why and what to do; anything else gets a generic
 * advice line instead of a stack trace.
 */
public record Failure(String what, String why, String advice) {
    /** {@code what} is a sentence such as "The vault could not be saved." */
    public static Failure of(String what, Throwable cause) {
        if (cause instanceof UserFacing) {
            return new Failure(what, cause.getMessage(), null);
        }
        if (cause instanceof IOException io) {
            return new Failure(what, IoErrors.reason(io), Messages.text("error.advice.io"));
        }
        return new Failure(what, Messages.format("error.unexpected", cause.getClass().getSimpleName()),
                Messages.text("error.advice.unexpected"));
    }
}

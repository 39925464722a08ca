package io.p1vault.crypto.age;

import io.p1vault.UserFacing;

import java.io.IOException;

/**
 * Why an age file could not be read or written. The subclasses match the failure classes of the
 * age test suite so callers can react to each; every message is one line meant for a user and
 * never contains key material or plaintext.
 */
public abstract class AgeException extends IOException implements UserFacing {
    protected AgeException(String message) {
        super(message);
    }

    protected AgeException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.p1vault.model;

import io.p1vault.UserFacing;

/** Input for an entry that cannot be accepted; the message says why, without the secret. */
public final class InvalidEntryException extends Exception implements UserFacing {
    private final String field;

    public InvalidEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the problem is about, for showing it next to that field. */
    public String field() {
        return field;
    }
}

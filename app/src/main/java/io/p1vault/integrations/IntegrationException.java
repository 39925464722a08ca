package io.p1vault.integrations;

import io.p1vault.UserFacing;

/** An entry cannot be used for the asked integration; the message says why and what would do. */
public final class IntegrationException extends Exception implements UserFacing {
    public IntegrationException(String message) {
        super(message);
    }
}

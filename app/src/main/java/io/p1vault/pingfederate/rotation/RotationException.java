package io.p1vault.pingfederate.rotation;

import io.p1vault.UserFacing;

/** A rotation cannot start or resume (five credentials, no plan to resume, a credential without gateway). */
public final class RotationException extends Exception implements UserFacing {
    public RotationException(String message) {
        super(message);
    }
}

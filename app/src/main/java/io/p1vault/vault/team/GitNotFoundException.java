package io.p1vault.vault.team;

import io.p1vault.UserFacing;

import java.io.IOException;

/** The system git could not be started: team sync and the drivers need it on the PATH. */
final class GitNotFoundException extends IOException implements UserFacing {
    GitNotFoundException(IOException cause) {
        super(
                "git could not be started (" + cause.getMessage() + "): install git and make sure it is on the PATH;"
                        + " team sync uses the system git.",
                cause);
    }
}

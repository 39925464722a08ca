package io.p1vault.cli;

import io.p1vault.UserFacing;

/** A command cannot go on for a reason of the command line's own (input it could not read, a missing choice). */
final class CliException extends Exception implements UserFacing {
    CliException(String message) {
        super(message);
    }
}

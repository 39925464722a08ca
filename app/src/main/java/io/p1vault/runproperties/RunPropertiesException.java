package io.p1vault.runproperties;

import io.p1vault.UserFacing;

import java.io.IOException;

/** run.properties cannot be read, understood or changed as asked; the file was not changed. */
public class RunPropertiesException extends IOException implements UserFacing {
    public RunPropertiesException(String message) {
        super(message);
    }

    public RunPropertiesException(String message, Throwable cause) {
        super(message, cause);
    }
}

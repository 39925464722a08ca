package io.p1vault.storage;

import io.p1vault.UserFacing;

import java.io.IOException;

/**
 * A save was refused because the file on disk is no longer the version the caller read:
 * another program (or another p1vault) changed, created or removed it meanwhile.
 */
public final class FileChangedOnDiskException extends IOException implements UserFacing {
    public FileChangedOnDiskException(String message) {
        super(message);
    }
}

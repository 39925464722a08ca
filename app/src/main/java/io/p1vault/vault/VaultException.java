package io.p1vault.vault;

import io.p1vault.UserFacing;

import java.nio.file.Path;
import java.util.Optional;

/** A vault could not be opened, created or changed; the message says why and what to do. */
public final class VaultException extends Exception implements UserFacing {
    /** What went wrong, so front ends can react (keep a dialog open, offer a backup…). */
    public enum Reason {
        NOT_FOUND,
        ALREADY_EXISTS,
        NOT_A_VAULT,
        WRONG_PASSPHRASE,
        PASSPHRASE_NEEDED,
        DAMAGED,
        LOCKED,
        READ_ONLY,
        INVALID_INPUT,
        CONFLICT,
        /** A team vault's members are not the ones the user accepted: saving would encrypt to others. */
        MEMBERS_NOT_ACCEPTED
    }

    private final Reason reason;
    private final transient Path usableBackup;

    public VaultException(Reason reason, String message) {
        this(reason, message, null);
    }

    public VaultException(Reason reason, String message, Path usableBackup) {
        super(message);
        this.reason = reason;
        this.usableBackup = usableBackup;
    }

    public Reason reason() {
        return reason;
    }

    /** A backup that opens with the passphrase given, when the vault itself does not. */
    public Optional<Path> usableBackup() {
        return Optional.ofNullable(usableBackup);
    }
}

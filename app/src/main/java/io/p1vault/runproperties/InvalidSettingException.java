package io.p1vault.runproperties;

/** A value p1vault refuses to write (for example a port of 0 or an unknown region). */
public final class InvalidSettingException extends RunPropertiesException {
    public InvalidSettingException(String message) {
        super(message);
    }
}

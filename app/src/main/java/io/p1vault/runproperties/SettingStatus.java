package io.p1vault.runproperties;

/**
 * A known setting as the file has it.
 *
 * @param setting which one
 * @param value   the effective value, or {@code null} when the key is absent
 * @param line    1-based line of the effective value, or 0 when absent
 * @param verdict the check of the value (OK with note "absent" when the key is missing)
 */
public record SettingStatus(KnownSetting setting, String value, int line, Verdict verdict) {

    /** For front ends: absent, ok, warning or invalid. */
    public enum Status {
        ABSENT,
        OK,
        WARNING,
        INVALID
    }

    public Status status() {
        if (value == null) {
            return Status.ABSENT;
        }
        return switch (verdict.level()) {
            case OK -> Status.OK;
            case WARNING -> Status.WARNING;
            case ERROR -> Status.INVALID;
        };
    }
}

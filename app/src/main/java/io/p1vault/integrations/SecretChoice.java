package io.p1vault.integrations;

import io.p1vault.model.Secret;

/**
 * Whether a document carries the real secret or a placeholder that says what goes there, so a
 * copy can be shared or committed and the secret filled in where the system runs.
 */
public enum SecretChoice {
    INCLUDE,
    PLACEHOLDER;

    /**
     * The value to put in a Jackson tree with {@code putPOJO}: the secret itself (written by its
     * own serializer straight from its {@code char[]}) or {@code placeholder}.
     */
    Object value(Secret secret, String placeholder) {
        return this == INCLUDE ? secret : placeholder;
    }
}

package io.p1vault.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import javax.security.auth.Destroyable;
import java.io.IOException;
import java.util.Arrays;

/**
 * A secret value (credential, client secret, password, private key) kept as {@code char[]} so it
 * can be wiped, written to JSON without becoming a {@code String}, and never printed by
 * {@link #toString()}.
 */
@JsonSerialize(using = Secret.Writer.class)
@JsonDeserialize(using = Secret.Reader.class)
public final class Secret implements Destroyable {
    private final char[] value;
    private boolean destroyed;

    private Secret(char[] value) {
        this.value = value;
        SecretsMade.add(this);
    }

    /** Copies {@code value}; the caller wipes its own array. */
    public static Secret of(char[] value) {
        return new Secret(value.clone());
    }

    /** A copy of the secret value; the caller wipes it after use. */
    public char[] reveal() {
        if (destroyed) {
            throw new IllegalStateException("secret was wiped");
        }
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** Compares in time independent of where the values differ. */
    public boolean sameAs(Secret other) {
        if (other == null || other.value.length != value.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < value.length; i++) {
            diff |= value[i] ^ other.value[i];
        }
        return diff == 0;
    }

    /** A copy; refused once wiped, where it would silently hold zeros. */
    public Secret copy() {
        if (destroyed) {
            throw new IllegalStateException("secret was wiped");
        }
        return of(value);
    }

    @Override
    public void destroy() {
        Arrays.fill(value, '\0');
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Equal values, compared as {@link #sameAs}: a merge compares the trees that hold secrets. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && sameAs(other);
    }

    /** The length only: a hash of the value would tell something of it. */
    @Override
    public int hashCode() {
        return value.length;
    }

    @Override
    public String toString() {
        return "[secret]";
    }

    static final class Writer extends JsonSerializer<Secret> {
        @Override
        public void serialize(Secret secret, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(secret.value, 0, secret.value.length);
        }
    }

    /**
     * Puts a copy of the secret into a JSON tree (as a POJO node) instead of a string, which could
     * not be wiped; for {@link VaultJson#tree}, and refused by a generator that writes text.
     */
    @JsonSerialize(using = HeldInTree.Writer.class)
    abstract static class HeldInTree {
        static final class Writer extends JsonSerializer<Secret> {
            @Override
            public void serialize(Secret secret, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeEmbeddedObject(secret.copy());
            }
        }
    }

    /** Reads a JSON string, or a secret held in a tree ({@link HeldInTree}), as a new secret. */
    static final class Reader extends JsonDeserializer<Secret> {
        @Override
        public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_EMBEDDED_OBJECT && p.getEmbeddedObject() instanceof Secret held) {
                return held.copy();
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Secret) ctxt.handleUnexpectedToken(Secret.class, p);
            }
            char[] buffer = p.getTextCharacters();
            int offset = p.getTextOffset();
            return new Secret(Arrays.copyOfRange(buffer, offset, offset + p.getTextLength()));
        }
    }
}

package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * One vault entry, of one of the {@link EntryKind kinds}; unknown kinds load as
 * {@link UnknownEntry}.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "kind",
        visible = true,
        defaultImpl = UnknownEntry.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = GatewayCredentialEntry.class, name = "pingone-gateway-credential"),
    @JsonSubTypes.Type(value = PingOneApplicationEntry.class, name = "pingone-application"),
    @JsonSubTypes.Type(value = PingFederateServerEntry.class, name = "pingfederate-server"),
    @JsonSubTypes.Type(value = AgeIdentityEntry.class, name = "age-identity"),
    @JsonSubTypes.Type(value = ClientCredentialsEntry.class, name = "client-credentials")
})
@JsonPropertyOrder({"id", "kind", "name", "notes", "createdAt", "modifiedAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class Entry extends Extensible {
    private UUID id;
    private String kind;
    private String name;
    private String notes;
    private Instant createdAt;
    private Instant modifiedAt;

    protected Entry() {}

    protected Entry(String kind, String name) {
        Instant now = Instant.now();
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.name = name;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    /** The document's kind string; for entries of a known kind see {@link #knownKind()}. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @JsonIgnore
    public abstract EntryKind knownKind();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(Instant modifiedAt) {
        this.modifiedAt = modifiedAt;
    }

    /** The entry's secret, or null for an entry of a kind this version does not know. */
    @JsonIgnore
    public abstract Secret secret();

    /** Wipes the secret held by this entry. */
    public void wipe() {
        Secret s = secret();
        if (s != null) {
            s.destroy();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + kind + " " + name + " " + id + "]";
    }
}

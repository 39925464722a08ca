package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The plaintext of a vault file: one JSON document. */
@JsonPropertyOrder({
    "format",
    "version",
    "createdAt",
    "modifiedAt",
    "members",
    "acceptedTeamMembers",
    "entries",
    "history"
})
public final class VaultDocument extends Extensible {
    public static final String FORMAT = "p1vault";
    /** The document version this program writes; a larger one is from a newer p1vault. */
    public static final int VERSION = 1;

    public String format = FORMAT;
    public int version = VERSION;
    public Instant createdAt;
    public Instant modifiedAt;
    /** A team vault's members, whose recipients the file is encrypted to; empty (and not written) in a personal vault. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<TeamMember> members = new ArrayList<>();

    /**
     * In a personal vault: per team vault (keyed by its document's {@code createdAt}), the members
     * (recipient to name) this user last accepted, the only ones their saves may encrypt to. No secret.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, Map<String, String>> acceptedTeamMembers = new TreeMap<>();

    public List<Entry> entries = new ArrayList<>();
    public List<HistoryRecord> history = new ArrayList<>();

    /** Wipes the secrets of every entry: the document is no longer needed. */
    public void wipe() {
        entries.forEach(Entry::wipe);
    }

    public static VaultDocument empty() {
        VaultDocument doc = new VaultDocument();
        doc.createdAt = Instant.now();
        doc.modifiedAt = doc.createdAt;
        return doc;
    }
}

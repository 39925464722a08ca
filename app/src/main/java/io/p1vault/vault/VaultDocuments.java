package io.p1vault.vault;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.model.SecretsMade;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.model.rules.DocumentLimits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reading and writing the vault's JSON document, with the version rules. */
public final class VaultDocuments {
    private VaultDocuments() {}

    /** A parsed document; read-only (with the reason) when a newer p1vault wrote it. */
    public record Loaded(VaultDocument document, String readOnlyReason) {}

    /** Reads a vault file's (or an export's) document; a refused one's secrets, read before the refusal, are wiped. */
    public static Loaded parse(Path file, byte[] json) throws VaultException {
        try (SecretsMade secrets = SecretsMade.onThisThread()) {
            try {
                return read(file, json, secrets);
            } catch (VaultException | RuntimeException e) {
                secrets.wipeFrom(0);
                throw e;
            }
        }
    }

    private static Loaded read(Path file, byte[] json, SecretsMade secrets) throws VaultException {
        FileEntries.Scan scan;
        try {
            // One streaming pass binds the entries as it reads them, checking duplicate keys and
            // the limits on the way, without a tree of the whole document.
            scan = FileEntries.scan(json, secrets);
        } catch (IOException e) {
            throw unreadable(file, versionOf(json), DocumentProblems.describe(e));
        }
        if (scan.rest() == null) {
            throw notAVault(file, null);
        }
        return load(file, scan.rest(), scan.entries());
    }

    /**
     * A document from its JSON tree, read by the same rules as a vault file (a merge builds its
     * result as a tree): entries that cannot be bound are kept as read, a newer version is read-only.
     */
    public static Loaded parse(Path file, JsonNode root) throws VaultException {
        if (!(root instanceof ObjectNode top)) {
            throw notAVault(file, null);
        }
        ObjectNode rest = top.objectNode().setAll(top);
        JsonNode entries = rest.remove("entries");
        return load(file, rest, entries == null ? null : new TreeEntries(entries));
    }

    private static Loaded load(Path file, ObjectNode rest, EntrySource entries) throws VaultException {
        JsonNode versionNode = rest.get("version");
        int version = versionNode != null && versionNode.canConvertToInt() ? versionNode.intValue() : -1;
        if (entries != null && entries.size() < 0) {
            throw unreadable(file, version, DocumentProblems.wrongForm("entries"));
        }
        if (entries != null && entries.size() > DocumentLimits.MAX_ENTRIES) {
            throw new VaultException(
                    VaultException.Reason.NOT_A_VAULT,
                    file + " holds " + entries.size() + " entries; p1vault reads at most " + DocumentLimits.MAX_ENTRIES
                            + ".");
        }
        VaultDocument doc;
        try {
            doc = VaultJson.mapper().treeToValue(rest, VaultDocument.class);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(
                    file, version, e instanceof IOException io ? DocumentProblems.describe(io) : "it cannot be read");
        }
        if (!VaultDocument.FORMAT.equals(doc.format)
                || doc.history == null
                || doc.history.contains(null)
                || doc.members == null
                || doc.members.contains(null)) {
            throw notAVault(file, null);
        }
        doc.entries = entries == null ? new ArrayList<>() : entries(file, version, entries);
        if (doc.version > VaultDocument.VERSION) {
            return new Loaded(
                    doc,
                    "This vault was written by a newer p1vault (document version " + doc.version
                            + "); it is open read-only. Update p1vault to change it.");
        }
        return new Loaded(doc, null);
    }

    /**
     * The entries in their order. A tree's are bound on every core (each entry binds on its own);
     * a file's were bound as it was read, which costs less than a tree and a parallel binding.
     */
    private static List<Entry> entries(Path file, int version, EntrySource entries) throws VaultException {
        int notAnObject = entries.firstNonObject();
        if (notAnObject >= 0) {
            throw unreadable(file, version, DocumentProblems.wrongForm("entries[" + notAnObject + "]"));
        }
        try {
            return IntStream.range(0, entries.size())
                    .parallel()
                    .mapToObj(i -> entry(i, entries))
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (UncheckedIOException e) {
            throw unreadable(file, version, DocumentProblems.describe(e.getCause()));
        }
    }

    /**
     * One entry, on its own: an entry whose fields have the wrong type is kept exactly as read and
     * marked, so the rest of the vault still opens and nothing is lost. What the JSON reader itself
     * refuses (a limit, broken text) is refused again when the entry is read as it is, and makes
     * the whole document unreadable, as it would in one pass.
     */
    private static Entry entry(int index, EntrySource entries) {
        try {
            try {
                return entries.entry(index);
            } catch (IOException | IllegalArgumentException e) {
                String within = e instanceof JsonMappingException m ? DocumentProblems.path(m) : "";
                return UnknownEntry.unreadable(
                        entries.asRead(index),
                        "entries[" + index + "]" + (within.isEmpty() ? "" : "." + within),
                        "cannot be read (a value of the wrong type or form); the entry is kept exactly as read"
                                + " and cannot be changed or imported");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VaultException unreadable(Path file, int version, String why) {
        if (version > VaultDocument.VERSION) {
            return newerVersion(file, version, "cannot be read by this version");
        }
        return notAVault(file, why);
    }

    private static VaultException notAVault(Path file, String why) {
        return new VaultException(
                VaultException.Reason.NOT_A_VAULT,
                file + " opens with this passphrase but does not hold a p1vault document"
                        + (why == null ? "." : ": " + why + "."));
    }

    private static VaultException newerVersion(Path file, int version, String what) {
        return new VaultException(
                VaultException.Reason.READ_ONLY,
                "The vault " + file
                        + " was written by a newer p1vault (document version " + version + ") and " + what
                        + "; update p1vault. The file was left untouched.");
    }

    /** The top-level "version" without building strings of anything else (secrets included). */
    private static int versionOf(byte[] json) {
        try (JsonParser p = VaultJson.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
                    return p.getIntValue();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static void write(VaultDocument doc, OutputStream out) throws IOException {
        VaultJson.write(doc, out);
    }
}

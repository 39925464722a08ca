package io.p1vault.vault;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.model.rules.DocumentLimits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Reading and writing the vault's JSON document, with the version rules. */
final class VaultDocuments {
    private VaultDocuments() {}

    /** A parsed document; read-only (with the reason) when a newer p1vault wrote it. */
    record Loaded(VaultDocument document, String readOnlyReason) {}

    static Loaded parse(Path file, byte[] json) throws VaultException {
        VaultDocument doc;
        try {
            doc = VaultJson.mapper().readValue(json, VaultDocument.class);
        } catch (IOException e) {
            int version = versionOf(json);
            if (version > VaultDocument.VERSION) {
                throw newerVersion(file, version, "cannot be read by this version");
            }
            throw new VaultException(
                    VaultException.Reason.NOT_A_VAULT,
                    file + " opens with this passphrase but does not hold a p1vault document: "
                            + DocumentProblems.describe(e) + ".");
        }
        if (!VaultDocument.FORMAT.equals(doc.format)
                || doc.entries == null
                || doc.history == null
                || doc.entries.contains(null)
                || doc.history.contains(null)) {
            throw new VaultException(
                    VaultException.Reason.NOT_A_VAULT,
                    file + " opens with this passphrase but does not hold a p1vault document.");
        }
        if (doc.entries.size() > DocumentLimits.MAX_ENTRIES) {
            throw new VaultException(
                    VaultException.Reason.NOT_A_VAULT,
                    file + " holds " + doc.entries.size() + " entries; p1vault reads at most "
                            + DocumentLimits.MAX_ENTRIES + ".");
        }
        if (doc.version > VaultDocument.VERSION) {
            return new Loaded(
                    doc,
                    "This vault was written by a newer p1vault (document version " + doc.version
                            + "); it is open read-only. Update p1vault to change it.");
        }
        return new Loaded(doc, null);
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

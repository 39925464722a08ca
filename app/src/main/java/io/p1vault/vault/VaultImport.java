package io.p1vault.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.p1vault.crypto.Scrypt;
import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeException;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.AgeNoMatchException;
import io.p1vault.crypto.age.Identity;
import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.Secret;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.Violation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Brings the entries of an export into a vault: decrypt (with the vault's own identities first,
 * else a passphrase), preview, then apply with a conflict policy and save once. An import never
 * deletes an entry and only replaces one when the policy says so.
 */
public final class VaultImport {
    /**
     * Compares entries without turning secrets into strings: secrets are compared on their own. A
     * mix-in, because {@link Secret}'s own {@code @JsonSerialize} would win over a serializer
     * registered in a module and put every secret value into the comparison tree.
     */
    private static final ObjectMapper COMPARING =
            VaultJson.mapper().copy().addMixIn(Secret.class, SecretPlaceholder.class);

    private static final List<String> NOT_COMPARED = List.of("id", "createdAt", "modifiedAt");
    /** Far above any real export (thousands of entries are a few MiB), so a hostile one cannot exhaust memory. */
    static final int MAX_PLAINTEXT_BYTES = 64 * 1024 * 1024;

    private VaultImport() {}

    @JsonSerialize(using = SecretPlaceholder.Writer.class)
    private abstract static class SecretPlaceholder {
        static final class Writer extends StdSerializer<Secret> {
            Writer() {
                super(Secret.class);
            }

            @Override
            public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString("[secret]");
            }
        }
    }

    /**
     * Decrypts an export and previews it against the vault. For a passphrase-protected export and
     * no {@code passphrase}, fails with {@link VaultException.Reason#PASSPHRASE_NEEDED} so the
     * caller can ask for one.
     */
    public static ImportPreview preview(Vault vault, Path file, char[] passphrase) throws VaultException, IOException {
        return preview(vault, file, passphrase, null);
    }

    /** As {@link #preview(Vault, Path, char[])}, reporting (and cancellable through) the passphrase's key derivation. */
    public static ImportPreview preview(Vault vault, Path file, char[] passphrase, Scrypt.Progress progress)
            throws VaultException, IOException {
        try {
            return preview(vault, new Source(file.toString(), () -> Files.newInputStream(file)), passphrase, progress);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new VaultException(VaultException.Reason.NOT_FOUND, "There is no file " + file + ".");
        }
    }

    /**
     * As {@link #preview(Vault, Path, char[], Scrypt.Progress)} for an export pasted as text
     * (armored or not): decrypted from memory, never written to a file.
     */
    public static ImportPreview preview(Vault vault, byte[] pasted, char[] passphrase, Scrypt.Progress progress)
            throws VaultException, IOException {
        return preview(
                vault, new Source("the pasted text", () -> new ByteArrayInputStream(pasted)), passphrase, progress);
    }

    /** Where an export comes from: how to read it, and how messages name it. */
    private record Source(String name, Opener opener) {
        String sentenceStart() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private static ImportPreview preview(Vault vault, Source source, char[] passphrase, Scrypt.Progress progress)
            throws VaultException, IOException {
        return preview(vault, decrypt(vault, source, passphrase, progress), source.sentenceStart());
    }

    /**
     * Each entry of a decrypted export as new, identical, conflicting or refused (breaking the entry
     * rules); the whole export is refused, its entries wiped, when it could take over the vault
     * (see {@link ImportGuard}).
     */
    static ImportPreview preview(Vault vault, VaultDocument incoming, String source) throws VaultException {
        try {
            ImportGuard.check(incoming, source, vault.document().entries);
        } catch (VaultException e) {
            incoming.wipe();
            throw e;
        }
        List<ImportPreview.Item> items = new ArrayList<>();
        for (Entry e : incoming.entries) {
            List<Violation> problems = EntryRules.check(e);
            items.add(
                    problems.isEmpty()
                            ? classify(vault.document().entries, e)
                            : ImportPreview.Item.refused(e, problems));
        }
        return new ImportPreview(List.copyOf(items));
    }

    private static VaultDocument decrypt(Vault vault, Source source, char[] passphrase, Scrypt.Progress progress)
            throws VaultException, IOException {
        List<Identity> identities = new ArrayList<>();
        for (Entry e : vault.document().entries) {
            if (e instanceof AgeIdentityEntry id && id.getSecretKey() != null) {
                char[] key = id.getSecretKey().reveal();
                try {
                    identities.add(KeyPairIdentity.parse(key));
                } catch (IllegalArgumentException ignored) {
                    // A damaged identity entry cannot open anything; the others may.
                } finally {
                    Arrays.fill(key, '\0');
                }
            }
        }
        if (passphrase != null) {
            identities.add(new ScryptIdentity(passphrase, progress));
        }
        byte[] plain = null;
        try (InputStream raw = source.opener().open();
                AgeInputStream in = Age.decrypt(raw, identities)) {
            plain = in.readNBytes(MAX_PLAINTEXT_BYTES + 1);
            if (plain.length > MAX_PLAINTEXT_BYTES) {
                throw new VaultException(
                        VaultException.Reason.INVALID_INPUT,
                        source.sentenceStart() + " holds more than "
                                + MAX_PLAINTEXT_BYTES / (1024 * 1024)
                                + " MiB of data, far more than any p1vault export;"
                                + " it was not imported.");
            }
            VaultDocuments.Loaded loaded = VaultDocuments.parse(Path.of(source.name()), plain);
            return loaded.document();
        } catch (AgeNoMatchException e) {
            if (e.passphraseFile() && passphrase == null) {
                throw new VaultException(
                        VaultException.Reason.PASSPHRASE_NEEDED,
                        source.sentenceStart() + " is protected by a passphrase; give it to import.");
            }
            throw new VaultException(
                    VaultException.Reason.WRONG_PASSPHRASE,
                    e.passphraseFile()
                            ? "Wrong passphrase for " + source.name() + "."
                            : source.sentenceStart()
                                    + " was encrypted to a key this vault does not hold. Ask the sender to export it to one of your recipients (p1vault keygen).");
        } catch (AgeException e) {
            throw new VaultException(
                    VaultException.Reason.DAMAGED, source.sentenceStart() + " cannot be imported: " + e.getMessage());
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
            identities.forEach(i -> {
                if (i instanceof javax.security.auth.Destroyable d) {
                    try {
                        d.destroy();
                    } catch (javax.security.auth.DestroyFailedException ignored) {
                        // Our identities wipe themselves and never refuse.
                    }
                }
            });
        }
    }

    private static ImportPreview.Item classify(List<Entry> existing, Entry incoming) {
        Optional<Entry> sameId = existing.stream()
                .filter(e ->
                        Objects.equals(e.getId(), incoming.getId()) && Objects.equals(e.getKind(), incoming.getKind()))
                .findFirst();
        if (sameId.isPresent()) {
            List<String> diff = differences(sameId.get(), incoming);
            return new ImportPreview.Item(
                    incoming,
                    diff.isEmpty() ? ImportPreview.Status.IDENTICAL : ImportPreview.Status.CONFLICT_ID,
                    sameId.get(),
                    diff);
        }
        Optional<Entry> sameName = existing.stream()
                .filter(e -> Objects.equals(e.getKind(), incoming.getKind())
                        && Objects.equals(e.getName(), incoming.getName()))
                .findFirst();
        return sameName.map(e -> new ImportPreview.Item(
                        incoming, ImportPreview.Status.CONFLICT_NAME, e, differences(e, incoming)))
                .orElseGet(() -> new ImportPreview.Item(incoming, ImportPreview.Status.NEW, null, List.of()));
    }

    /** Names of the fields that differ; "secret" when the secrets differ (their values never appear). */
    static List<String> differences(Entry a, Entry b) {
        JsonNode ta = COMPARING.valueToTree(a);
        JsonNode tb = COMPARING.valueToTree(b);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = ta.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!NOT_COMPARED.contains(f) && !ta.get(f).equals(tb.get(f))) {
                fields.add(f);
            }
        }
        for (Iterator<String> it = tb.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!NOT_COMPARED.contains(f) && !ta.has(f)) {
                fields.add(f);
            }
        }
        Secret sa = a.secret();
        Secret sb = b.secret();
        if (sa != null && sb != null ? !sa.sameAs(sb) : sa != sb) {
            fields.add("secret");
        }
        return List.copyOf(fields);
    }

    /** What an applied import did. */
    public record Result(int added, int replaced, int keptBoth, int skipped, int identical, int refused) {}

    /**
     * Applies the preview with the same {@code policy} for every conflict (the command line's
     * --on-conflict). A blanket policy never picks an age identity: those are skipped.
     */
    public static Result apply(Vault vault, ImportPreview preview, ConflictPolicy policy)
            throws VaultException, IOException {
        return apply(vault, preview, item -> item.needsExplicitChoice() ? ConflictPolicy.SKIP : policy);
    }

    /**
     * Applies the preview, resolving each conflicting item as {@code choice} says, and saves the
     * vault once. On any failure the vault in memory and on disk is as it was. Incoming entries
     * left out (identical, skipped) have their secrets wiped.
     *
     * @throws VaultException (INVALID_INPUT) before changing anything if a conflict has no choice
     */
    public static Result apply(Vault vault, ImportPreview preview, Function<ImportPreview.Item, ConflictPolicy> choice)
            throws VaultException, IOException {
        for (ImportPreview.Item item : preview.items()) {
            if (item.conflicts() && !item.needsExplicitChoice() && choice.apply(item) == null) {
                throw new VaultException(
                        VaultException.Reason.INVALID_INPUT,
                        "Choose what to do with " + item.incoming().getKind() + " \""
                                + item.incoming().getName() + "\", which conflicts with the vault.");
            }
        }
        VaultEditor editor = new VaultEditor(vault);
        List<Entry> before = new ArrayList<>(vault.document().entries);
        int historyBefore = vault.document().history.size();
        int[] counts = new int[ConflictPolicy.values().length];
        int added = 0;
        int identical = 0;
        int refused = 0;
        List<Entry> replacedEntries = new ArrayList<>();
        List<Entry> leftOut = new ArrayList<>();
        List<Runnable> undoRenames = new ArrayList<>();
        try {
            for (ImportPreview.Item item : preview.items()) {
                Entry in = item.incoming();
                if (item.needsExplicitChoice() && item.status() != ImportPreview.Status.IDENTICAL) {
                    // Only taken in when the user named it: see ImportPreview.Item#needsExplicitChoice.
                    ConflictPolicy policy = choice.apply(item);
                    if (policy == null || policy == ConflictPolicy.SKIP) {
                        counts[ConflictPolicy.SKIP.ordinal()]++;
                        leftOut.add(in);
                        continue;
                    }
                }
                switch (item.status()) {
                    case REFUSED -> {
                        refused++;
                        leftOut.add(in);
                    }
                    case IDENTICAL -> {
                        identical++;
                        leftOut.add(in);
                    }
                    case NEW -> {
                        editor.addImported(in, "new " + in.getKind() + " \"" + in.getName() + "\"");
                        added++;
                    }
                    case CONFLICT_ID, CONFLICT_NAME -> {
                        ConflictPolicy policy = choice.apply(item);
                        counts[policy.ordinal()]++;
                        switch (policy) {
                            case SKIP -> leftOut.add(in);
                            case REPLACE -> {
                                editor.replaceImported(
                                        item.existing(),
                                        in,
                                        "replaced " + in.getKind() + " \""
                                                + item.existing().getName() + "\" ("
                                                + String.join(", ", item.differences()) + ")");
                                replacedEntries.add(item.existing());
                            }
                            case KEEP_BOTH -> {
                                UUID id = in.getId();
                                String name = in.getName();
                                undoRenames.add(() -> {
                                    in.setId(id);
                                    in.setName(name);
                                });
                                if (item.status() == ImportPreview.Status.CONFLICT_ID) {
                                    in.setId(UUID.randomUUID());
                                }
                                in.setName(freeName(editor, in));
                                editor.addImported(in, "kept both: " + in.getKind() + " \"" + in.getName() + "\"");
                            }
                        }
                    }
                }
            }
            if (vault.document().history.size() > historyBefore) {
                vault.save();
            }
        } catch (VaultException | IOException | RuntimeException e) {
            vault.document().entries.clear();
            vault.document().entries.addAll(before);
            vault.document()
                    .history
                    .subList(historyBefore, vault.document().history.size())
                    .clear();
            // The preview stays as it was shown, so the user can try again.
            undoRenames.forEach(Runnable::run);
            throw e;
        }
        replacedEntries.forEach(Entry::wipe);
        leftOut.forEach(Entry::wipe);
        return new Result(
                added,
                counts[ConflictPolicy.REPLACE.ordinal()],
                counts[ConflictPolicy.KEEP_BOTH.ordinal()],
                counts[ConflictPolicy.SKIP.ordinal()],
                identical,
                refused);
    }

    /** Wipes the secrets of a preview that will not be applied (the user cancelled). */
    public static void discard(ImportPreview preview) {
        preview.items().forEach(item -> item.incoming().wipe());
    }

    private static String freeName(VaultEditor editor, Entry entry) {
        return FreeNames.free(
                entry.getName(),
                "imported",
                name -> editor.find(entry.knownKind(), name).isPresent());
    }
}

package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.Recipient;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.Entry;
import io.p1vault.model.VaultDocument;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes chosen entries to an age file for someone else: encrypted to their public keys
 * ({@code age1…}, or post-quantum {@code age1pq1…}) or to a passphrase. The plaintext is a vault
 * document of its own, so a passphrase export can even be opened as a vault.
 */
public final class VaultExport {
    private static final String SECRET_KEY_PREFIX = "AGE-SECRET-KEY-";
    /** How much of a refused recipient a message repeats: enough to recognise it, not a whole pasted block. */
    private static final int ECHOED = 24;

    private static final WriteOptions NEW_FILE = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY);

    private VaultExport() {}

    /**
     * What "export everything" means: every entry but the vault's own age identities, whose
     * private keys leave the vault only when named explicitly.
     */
    public static List<Entry> defaultSelection(List<Entry> entries) {
        return entries.stream()
                // By the kind's name, so an identity that could not be read (kept as read) stays too.
                .filter(e -> !io.p1vault.model.EntryKind.AGE_IDENTITY.id().equals(e.getKind()))
                .toList();
    }

    /**
     * Parses {@code age1…} and post-quantum {@code age1pq1…} strings, naming the one that is not
     * valid, and refuses a mix of the two kinds as age does.
     */
    public static List<Recipient> recipients(List<String> encoded) throws VaultException {
        List<Recipient> out = new ArrayList<>();
        for (String s : encoded) {
            try {
                out.add(Recipient.parse(s));
            } catch (IllegalArgumentException e) {
                // A secret key pasted where the public key belongs must not be echoed into a terminal or a log.
                if (s.strip().regionMatches(true, 0, SECRET_KEY_PREFIX, 0, SECRET_KEY_PREFIX.length())) {
                    throw new VaultException(
                            VaultException.Reason.INVALID_INPUT,
                            "A recipient given is an age secret "
                                    + "key (AGE-SECRET-KEY-…), not a public key (age1…): keep it to yourself and give its public key.");
                }
                throw new VaultException(
                        VaultException.Reason.INVALID_INPUT, "\"" + echo(s) + "\" is " + e.getMessage() + ".");
            }
        }
        try {
            Envelope.checkCombinable(out);
        } catch (IllegalArgumentException e) {
            throw new VaultException(
                    VaultException.Reason.INVALID_INPUT,
                    capitalized(e.getMessage())
                            + ". Export to the post-quantum ones alone, or to the X25519 ones alone.");
        }
        return out;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String echo(String refused) {
        String s = refused.strip();
        return s.length() <= ECHOED ? s : s.substring(0, ECHOED) + "…";
    }

    public static ScryptRecipient passphrase(char[] passphrase, int workFactor) throws VaultException {
        return passphrase(passphrase, workFactor, null);
    }

    /** As {@link #passphrase(char[], int)}; the export's key derivation reports to {@code progress}, which can cancel it. */
    public static ScryptRecipient passphrase(char[] passphrase, int workFactor, Scrypt.Progress progress)
            throws VaultException {
        PassphraseKey.checkWorkFactor(workFactor);
        PassphraseKey.checkNewPassphrase(passphrase);
        return new ScryptRecipient(passphrase, workFactor, progress);
    }

    /** Fails as {@link #export} would for an existing file, so a front end can say so before asking for a passphrase. */
    public static void checkCanWrite(Path out) throws VaultException {
        if (Files.exists(out)) {
            throw new VaultException(
                    VaultException.Reason.ALREADY_EXISTS, out + " already exists; choose a new file name.");
        }
    }

    /** Writes {@code entries} to the new file {@code out}, recording the export in the vault's history. */
    public static void export(Vault vault, List<Entry> entries, List<Recipient> recipients, boolean armor, Path out)
            throws VaultException, IOException {
        if (entries.isEmpty()) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, "There is nothing to export.");
        }
        checkCanWrite(out);
        VaultDocument doc = VaultDocument.empty();
        doc.entries.addAll(entries);
        Envelope envelope = Envelope.create(recipients);
        try {
            new EncryptedDocumentWriter()
                    .write(out, null, NEW_FILE, envelope, doc, armor, OutputStream.nullOutputStream());
        } finally {
            envelope.destroy();
        }
        if (!vault.isReadOnly()) {
            vault.recordChange(
                    "export",
                    null,
                    entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies") + " to " + out.getFileName());
        }
    }
}

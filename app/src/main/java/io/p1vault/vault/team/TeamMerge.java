package io.p1vault.vault.team;

import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeException;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.AgeNoMatchException;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.Recipient;
import io.p1vault.model.VaultDocument;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;
import io.p1vault.vault.EncryptedDocumentWriter;
import io.p1vault.vault.KeySource;
import io.p1vault.vault.VaultDocuments;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.merge.DocumentMerge;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.MergeOutcome;
import io.p1vault.vault.merge.Resolution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Merging three versions of a team vault file (what git's merge driver and {@code team sync} do):
 * each is decrypted with the member's identity, merged per entry and field by {@link DocumentMerge},
 * and the result written as a team vault file to the merged members. A conflict nobody resolved
 * keeps mine, so the file written is always a whole, valid team vault.
 */
public final class TeamMerge {
    /** Most of the 64 MiB a team vault's plaintext may have; beyond is refused, not read. */
    static final int MAX_PLAINTEXT = 64 * 1024 * 1024;

    private static final WriteOptions WRITE = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.KEEP_EXISTING);

    private TeamMerge() {}

    /** The merged document and the conflicts left to the user ({@code choice} returned empty for them). */
    public record Result(VaultDocument merged, List<MergeConflict> unresolved, List<MergeConflict> resolved) {}

    /**
     * Merges {@code base}, {@code mine} and {@code theirs}; {@code choice} settles each conflict or
     * returns empty to leave it (mine is kept, and it is reported as unresolved).
     */
    public static Result merge(
            VaultDocument base,
            VaultDocument mine,
            VaultDocument theirs,
            Function<MergeConflict, Optional<Resolution>> choice) {
        MergeOutcome outcome = DocumentMerge.merge(base, mine, theirs);
        List<MergeConflict> unresolved = outcome.conflicts().stream()
                .filter(c -> choice.apply(c).isEmpty())
                .toList();
        List<MergeConflict> resolved = outcome.conflicts().stream()
                .filter(c -> !unresolved.contains(c))
                .toList();
        try {
            VaultDocument merged = outcome.resolve(c -> unresolved.contains(c)
                    ? Resolution.KEEP_MINE
                    : choice.apply(c).orElseThrow());
            return new Result(merged, unresolved, resolved);
        } finally {
            outcome.discard();
        }
    }

    /** Decrypts a team vault file's bytes with {@code key}; {@code label} names it in messages. */
    static VaultDocument read(Path label, byte[] bytes, KeySource key) throws VaultException, IOException {
        byte[] plain = null;
        try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(bytes), List.of(key.identity()))) {
            plain = in.readNBytes(MAX_PLAINTEXT + 1);
            in.envelope().destroy();
            if (plain.length > MAX_PLAINTEXT) {
                throw new VaultException(VaultException.Reason.NOT_A_VAULT, label + " is too large for a team vault.");
            }
            return VaultDocuments.parse(label, plain).document();
        } catch (AgeNoMatchException e) {
            throw key.noMatch(label, e.passphraseFile());
        } catch (AgeException e) {
            throw new VaultException(
                    VaultException.Reason.DAMAGED, label + " is not a readable team vault (" + e.getMessage() + ").");
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /**
     * Writes {@code document} over {@code target} as a team vault encrypted with a new file key to
     * its members (checked first, so a merge cannot produce a file nobody may open), and the plain
     * members file beside it when {@code withMembersFile}.
     */
    static void write(Path target, VaultDocument document, boolean withMembersFile) throws VaultException, IOException {
        List<Recipient> recipients = TeamMembers.check(document.members);
        Envelope envelope = Envelope.create(recipients);
        try {
            new EncryptedDocumentWriter()
                    .write(
                            target,
                            Files.exists(target) ? FileSnapshot.of(target) : null,
                            WRITE,
                            envelope,
                            document,
                            false,
                            OutputStream.nullOutputStream());
        } finally {
            envelope.destroy();
        }
        if (withMembersFile) {
            MembersFile.write(target, document.members);
        }
    }
}

package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.SecretsMade;
import io.p1vault.model.VaultDocument;

import java.util.Objects;

/**
 * The three-way merge of vault documents, per entry (by id) and per field, on the JSON tree so that
 * every field takes part, those of newer versions included.
 *
 * <ul>
 *   <li>{@code entries} are matched by {@code id}, {@code members} by {@code recipient}; a record
 *       changed on one side only takes that change, one changed on both is merged per field.
 *   <li>In a record, a field changed on one side takes that change; changed on both to different
 *       values it is a {@link MergeConflict} and the merged document keeps mine until resolved. A
 *       credential's decoded {@code claims} go with the credential. The lists of records inside an
 *       entry ({@code deployments} by server, connection and time; {@code certificatePins} by
 *       endpoint and fingerprints) are merged per record, so a push recorded on each side keeps
 *       both; only the same record changed differently makes the whole list conflict.
 *   <li>An entry changed on one side and removed on the other is kept (a conflict); removed on one
 *       side and unchanged on the other, it goes.
 *   <li>{@code history} is the union of both, oldest first; {@code modifiedAt} (of the document and of
 *       an entry) the later of both; any other field of the document follows the same three-way rule.
 *   <li>An entry kept as read (one that could not be bound, or of a newer kind) is a tree like any
 *       other: unchanged on both sides, it is written back as it was read.
 * </ul>
 *
 * The merged document is read by the same rules as a vault file. None of the documents given is changed;
 * the trees hold copies of their secrets, which {@link MergeOutcome#discard()} wipes.
 */
public final class DocumentMerge {
    private DocumentMerge() {}

    public static MergeOutcome merge(VaultDocument base, VaultDocument mine, VaultDocument theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Merger merger = new Merger();
        try (SecretsMade copies = SecretsMade.onThisThread()) {
            ObjectNode tree = merger.document(Trees.tree(base), Trees.tree(mine), Trees.tree(theirs));
            return new MergeOutcome(tree, merger.pending(), copies.made());
        }
    }
}

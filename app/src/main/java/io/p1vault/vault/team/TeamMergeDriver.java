package io.p1vault.vault.team;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.model.Entry;
import io.p1vault.model.SecretsMade;
import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.merge.MergeConflict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service behind git's merge and diff drivers for a team vault, run by git in a clone: the
 * identity is the one named in the clone's config, opened from the personal vault there.
 */
public final class TeamMergeDriver implements AutoCloseable {
    private final MemberKey key;

    private TeamMergeDriver(MemberKey key) {
        this.key = key;
    }

    /** Where this clone's config says the member's identity is (set by {@code team sync}). */
    public record Location(Path personalVault, String identity) {}

    public static Location locate(Path clone) throws IOException, VaultException {
        GitRunner git = new GitRunner(clone, Map.of());
        GitRunner.Result vault = git.tryRun("config", "--local", "p1vault.vault");
        GitRunner.Result identity = git.tryRun("config", "--local", "p1vault.identity");
        if (vault.exit() != 0 || identity.exit() != 0) {
            throw new VaultException(
                    VaultException.Reason.NOT_FOUND,
                    "This clone's git config does not say which identity opens the team vault; run p1vault team"
                            + " sync once here.");
        }
        return new Location(Path.of(vault.text().strip()), identity.text().strip());
    }

    public static TeamMergeDriver of(Vault personal, String identityName) throws VaultException {
        return new TeamMergeDriver(TeamVault.memberKey(personal, identityName));
    }

    /** What a driver merge left: conflicts nobody could settle without asking (then {@code mine} is untouched). */
    public record Merged(List<MergeConflict> unresolved) {}

    /** git's %O %A %B: merges into {@code mine} unless a conflict needs a person's choice. */
    public Merged merge(Path base, Path mine, Path theirs) throws VaultException, IOException {
        List<VaultDocument> read = new ArrayList<>();
        try {
            VaultDocument ours = read(mine, read);
            VaultDocument other = read(theirs, read);
            VaultDocument ancestor = Files.size(base) == 0 ? VaultDocument.empty() : read(base, read);
            TeamMerge.Result result = TeamMerge.merge(ancestor, ours, other, c -> Optional.empty());
            read.add(result.merged());
            if (!result.unresolved().isEmpty()) {
                return new Merged(result.unresolved());
            }
            String me = key.ownRecipient().toString();
            if (result.merged().members.stream().noneMatch(m -> m.recipient.equals(me))) {
                throw new VaultException(
                        VaultException.Reason.INVALID_INPUT,
                        "The other side removed you from the team; your side was left as it is.");
            }
            TeamMerge.write(mine, result.merged(), false);
            return new Merged(List.of());
        } finally {
            read.forEach(VaultDocument::wipe);
        }
    }

    /** A text outline of a team vault for git's textconv: members, entries and field names, never values. */
    public List<String> outline(Path file) throws VaultException, IOException {
        VaultDocument doc = TeamMerge.read(file, Files.readAllBytes(file), key);
        try {
            List<String> lines = new ArrayList<>();
            for (TeamMember m : doc.members) {
                lines.add("member " + VisibleText.of(m.name) + " " + VisibleText.of(m.recipient));
            }
            doc.entries.stream()
                    .sorted(Comparator.comparing(Entry::getKind).thenComparing(Entry::getName))
                    .forEach(e -> lines.add(e.getKind() + " \"" + VisibleText.of(e.getName()) + "\" modified "
                            + e.getModifiedAt() + ": " + String.join(", ", fieldNames(e))));
            return lines;
        } finally {
            doc.wipe();
        }
    }

    /** The entry's field names, from a tree whose copies of the secrets are wiped at once. */
    private static List<String> fieldNames(Entry e) {
        return SecretsMade.wipedAfter(() -> {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = VaultJson.<JsonNode>tree(e).fieldNames(); it.hasNext(); ) {
                names.add(VisibleText.of(it.next()));
            }
            return names;
        });
    }

    /** Reads {@code file}, adding its document to those to wipe. */
    private VaultDocument read(Path file, List<VaultDocument> read) throws VaultException, IOException {
        VaultDocument document = TeamMerge.read(file, Files.readAllBytes(file), key);
        read.add(document);
        return document;
    }

    @Override
    public void close() {
        key.close();
    }
}

package io.p1vault.vault.team;

import io.p1vault.model.VaultDocument;
import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.merge.DocumentDiff;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code team sync}: commits the team vault's local changes (the message names entries and fields,
 * never values), fetches, merges per entry with the member's identity, and pushes, through the
 * system git. The merge runs here, where the identity is already unlocked: git is told to keep our
 * side of the team file ({@code merge.p1vault.driver=true} for this one command) and the file is
 * then replaced by the three-way merge, so the identity never leaves this process. The configured
 * driver ({@code p1vault team merge-driver}) serves merges the user runs with git directly.
 */
public final class TeamSync {
    static final int PUSH_ATTEMPTS = 3;
    private static final WriteOptions ATTRIBUTES = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.KEEP_EXISTING);

    private final GitRunner git;
    private final Path repository;
    private final String teamPath;
    private final String membersPath;
    private final TeamVault.Opened team;
    private final MemberKey key;
    /** What the merge, which this member writes and so encrypts to its members, must pass. */
    private final Vault.SaveCondition mergedMembers;

    private TeamSync(
            GitRunner git, Path repository, TeamVault.Opened team, MemberKey key, Vault.SaveCondition mergedMembers) {
        this.git = git;
        this.mergedMembers = mergedMembers;
        this.repository = repository;
        this.team = team;
        this.key = key;
        this.teamPath = relative(repository, team.vault().path());
        this.membersPath = relative(repository, MembersFile.beside(team.vault().path()));
    }

    private static final String UNACCEPTED_HINT =
            "Your changes were not merged; check the members, accept them, then sync again.";

    /** What a sync did, for the user; entry names only. */
    public record Report(List<String> committed, int merges, List<MergeConflict> resolved, boolean pushed) {}

    /**
     * Syncs the team vault at {@code teamFile}; {@code choice} settles each conflict (empty: abort
     * the merge and leave everything as it was before it, which the caller then says). A merge that
     * would encrypt this member's changes to members they have not accepted is not made.
     */
    public static Report sync(
            Path teamFile, Vault personal, String identityName, Function<MergeConflict, Optional<Resolution>> choice)
            throws VaultException, IOException {
        return sync(teamFile, personal, identityName, choice, UNACCEPTED_HINT);
    }

    /**
     * As {@link #sync(Path, Vault, String, Function)}; {@code howToAccept} ends the refusal of a merge
     * whose members were not accepted, in the front end's words, or is null when the caller accepts
     * the merged members itself (the user said so before the sync).
     */
    public static Report sync(
            Path teamFile,
            Vault personal,
            String identityName,
            Function<MergeConflict, Optional<Resolution>> choice,
            String howToAccept)
            throws VaultException, IOException {
        TeamVault.Opened team = TeamVault.open(teamFile, personal, identityName);
        Vault.SaveCondition mergedMembers = howToAccept == null
                ? document -> {}
                : TrustedMembers.guard(personal, team.vault().document(), howToAccept);
        try (Vault held = team.vault();
                MemberKey key = TeamVault.memberKey(personal, identityName)) {
            Path folder = held.path().getParent();
            Path repository = Path.of(new GitRunner(folder, Map.of())
                            .run("rev-parse", "--show-toplevel")
                            .text()
                            .strip())
                    .toRealPath();
            TeamSync sync = new TeamSync(new GitRunner(repository, Map.of()), repository, team, key, mergedMembers);
            sync.configure(personal.path(), identityName);
            return sync.run(choice);
        }
    }

    private Report run(Function<MergeConflict, Optional<Resolution>> choice) throws VaultException, IOException {
        List<String> committed = commitLocal();
        if (git.tryRun("remote").text().isBlank()) {
            return new Report(committed, 0, List.of(), false);
        }
        int merges = 0;
        List<MergeConflict> resolved = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            git.run("fetch", "--quiet", "origin");
            String upstream = upstream();
            if (upstream != null && mergeUpstream(upstream, choice, resolved)) {
                merges++;
            }
            GitRunner.Result push = upstream == null
                    ? git.tryRun("push", "--quiet", "-u", "origin", "HEAD")
                    : git.tryRun("push", "--quiet");
            if (push.exit() == 0) {
                return new Report(committed, merges, resolved, true);
            }
            if (attempt == PUSH_ATTEMPTS) {
                throw new GitFailedException(repository, "push (" + PUSH_ATTEMPTS + " tries)", push.exit(), push.err());
            }
        }
    }

    /** Makes the repository use p1vault for the team file: attributes committed, drivers in the local config. */
    private void configure(Path personalVault, String identityName) throws IOException {
        // -delta: an encrypted file never deltas against its other versions, and trying costs
        // minutes of packing on every fetch and push once a team vault is a few megabytes.
        String line = "/" + teamPath + " merge=p1vault diff=p1vault -delta";
        Path attributes = repository.resolve(".gitattributes");
        String existing = Files.isRegularFile(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
        if (!existing.lines().toList().contains(line)) {
            byte[] bytes = (existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + line + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            new AtomicFileWriter()
                    .write(
                            attributes,
                            Files.exists(attributes) ? FileSnapshot.of(attributes) : null,
                            ATTRIBUTES,
                            out -> out.write(bytes),
                            written -> {});
        }
        git.run("config", "merge.p1vault.name", "p1vault: per-entry merge of a team vault");
        git.run("config", "merge.p1vault.driver", "p1vault team merge-driver %O %A %B");
        git.run("config", "diff.p1vault.textconv", "p1vault team diff-driver");
        // Where the drivers find the identity: local to this clone, never committed, no secret.
        git.run("config", "p1vault.vault", personalVault.toAbsolutePath().toString());
        git.run("config", "p1vault.identity", identityName);
    }

    private List<String> commitLocal() throws VaultException, IOException {
        String status = git.run("status", "--porcelain", "--", teamPath, membersPath, ".gitattributes")
                .text();
        if (status.isBlank()) {
            return List.of();
        }
        Optional<VaultDocument> before = committed("HEAD");
        List<String> changes;
        try {
            changes = before.isPresent()
                    ? DocumentDiff.summary(before.get(), team.vault().document())
                    : List.of("created the team vault");
        } finally {
            before.ifPresent(VaultDocument::wipe);
        }
        git.run("add", "--", teamPath, membersPath, ".gitattributes");
        git.run("commit", "--quiet", "-m", message("p1vault: team vault changed", changes));
        return changes;
    }

    /** Merges the upstream when it has commits we lack; true when a merge was made. */
    private boolean mergeUpstream(
            String upstream, Function<MergeConflict, Optional<Resolution>> choice, List<MergeConflict> resolvedOut)
            throws VaultException, IOException {
        if (git.tryRun("merge-base", "--is-ancestor", upstream, "HEAD").exit() == 0) {
            return false;
        }
        if (git.tryRun("merge-base", "--is-ancestor", "HEAD", upstream).exit() == 0) {
            git.run("merge", "--quiet", "--ff-only", upstream);
            return false;
        }
        String base = git.run("merge-base", "HEAD", upstream).text().strip();
        List<VaultDocument> read = new ArrayList<>();
        try {
            VaultDocument mine = toWipe(read, committed("HEAD").orElseThrow());
            VaultDocument theirs = toWipe(
                    read,
                    committed(upstream)
                            .orElseThrow(() -> new VaultException(
                                    VaultException.Reason.NOT_FOUND,
                                    "The other side removed the team vault " + teamPath + ".")));
            VaultDocument ancestor = toWipe(read, committed(base).orElseGet(VaultDocument::empty));
            TeamMerge.Result result = TeamMerge.merge(ancestor, mine, theirs, choice);
            toWipe(read, result.merged());
            if (!result.unresolved().isEmpty()) {
                throw new VaultException(
                        VaultException.Reason.CONFLICT,
                        "Both sides changed the same field; nothing was merged: "
                                + String.join(
                                        "; ",
                                        result.unresolved().stream()
                                                .map(MergeConflict::describe)
                                                .toList()));
            }
            if (result.merged().members.stream().noneMatch(m -> m.recipient.equals(team.self().recipient))) {
                throw new VaultException(
                        VaultException.Reason.INVALID_INPUT,
                        "The other side removed you from the team; the merge was not made.");
            }
            // A fast-forward only takes their file; this merge re-encrypts my changes to its members.
            mergedMembers.check(result.merged());
            git.tryRun("-c", "merge.p1vault.driver=true", "merge", "--quiet", "--no-ff", "--no-commit", upstream);
            TeamMerge.write(team.vault().path(), result.merged(), true);
            git.run("add", "--", teamPath, membersPath);
            String unmerged =
                    git.run("diff", "--name-only", "--diff-filter=U").text().strip();
            if (!unmerged.isEmpty()) {
                git.tryRun("merge", "--abort");
                throw new IOException(
                        "other files than the team vault conflict; merge them with git first: " + unmerged);
            }
            resolvedOut.addAll(result.resolved());
            git.run(
                    "commit",
                    "--quiet",
                    "-m",
                    message(
                            "p1vault: merged the team vault with " + upstream,
                            DocumentDiff.summary(mine, result.merged())));
            return true;
        } finally {
            // What was decrypted and merged has been written to the file; nothing of it is kept.
            read.forEach(VaultDocument::wipe);
        }
    }

    /** Adds {@code document} to the documents to wipe, and returns it. */
    private static VaultDocument toWipe(List<VaultDocument> read, VaultDocument document) {
        read.add(document);
        return document;
    }

    private Optional<VaultDocument> committed(String revision) throws VaultException, IOException {
        GitRunner.Result show = git.tryRun("show", revision + ":" + teamPath);
        if (show.exit() != 0) {
            return Optional.empty();
        }
        return Optional.of(TeamMerge.read(Path.of(teamPath + " at " + revision), show.out(), key));
    }

    private String upstream() throws IOException {
        GitRunner.Result r = git.tryRun("rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}");
        return r.exit() == 0 ? r.text().strip() : null;
    }

    static String message(String subject, List<String> changes) {
        StringBuilder m = new StringBuilder(subject).append("\n\n");
        changes.stream().limit(200).forEach(c -> m.append("- ").append(c).append('\n'));
        if (changes.size() > 200) {
            m.append("- and ").append(changes.size() - 200).append(" more\n");
        }
        return m.toString();
    }

    private static String relative(Path repository, Path file) {
        try {
            return repository.relativize(file.toRealPath()).toString().replace('\\', '/');
        } catch (IOException e) {
            return repository
                    .relativize(file.toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/');
        }
    }
}

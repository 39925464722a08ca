package io.p1vault.ui.team;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import io.p1vault.vault.team.TeamSync;
import io.p1vault.vault.team.TeamVault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Team › Sync: the desktop's {@code p1vault team sync}. The team vault is handed over by the
 * session and closed (the sync rewrites its file), synced with git in the background, then opened
 * again and shown. Conflicts are not asked about from the background thread: a run that meets
 * conflicts without answers leaves the merge unmade, the conflicts dialog asks on the event thread,
 * and the sync runs again with the answers (the local commit is already made, so it only fetches
 * and merges). A conflict that appears only in the rerun (someone pushed meanwhile) is asked about
 * the same way. No Swing.
 */
public final class TeamSyncPresenter {
    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final TeamOpener opener;

    public TeamSyncPresenter(VaultSession session, Tasks tasks, Dialogs dialogs, TeamOpener opener) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.opener = opener;
    }

    /** Syncs the open, saved team vault; does nothing when there is none or work runs. */
    public void sync() {
        TeamVault.Opened team = session.team.get();
        Vault personal = session.personal();
        if (team == null || personal == null || !session.canSyncTeam.get()) {
            return;
        }
        String identity = identityOf(personal, team);
        if (identity == null) {
            dialogs.error(new Failure(Messages.text("sync.failed"), Messages.text("sync.noIdentity"), null));
            return;
        }
        Path file = team.vault().path();
        session.handOverTeam();
        run(new Run(personal, file, identity, team, false), Map.of());
    }

    /**
     * One sync's fixed parts; {@code handedOver} is the team vault to close first (the first run
     * only); {@code acceptMembers}: the user accepted the merged members (asked after a refusal).
     */
    private record Run(Vault personal, Path file, String identity, TeamVault.Opened handedOver, boolean acceptMembers) {
        Run again() {
            return new Run(personal, file, identity, null, acceptMembers);
        }

        Run accepting() {
            return new Run(personal, file, identity, null, true);
        }
    }

    private void run(Run sync, Map<MergeConflict, Resolution> answers) {
        Runnable release = session.hold();
        session.activity.set(Messages.text("sync.running"));
        List<MergeConflict> unanswered = Collections.synchronizedList(new ArrayList<>());
        tasks.run(
                progress -> {
                    if (sync.handedOver() != null) {
                        sync.handedOver().vault().close();
                    }
                    TeamSync.Report report = TeamSync.sync(
                            sync.file(),
                            sync.personal(),
                            sync.identity(),
                            c -> {
                                Optional<Resolution> answer = Optional.ofNullable(answers.get(c));
                                if (answer.isEmpty()) {
                                    unanswered.add(c);
                                }
                                return answer;
                            },
                            sync.acceptMembers() ? null : Messages.text("sync.membersNotAccepted"));
                    if (sync.acceptMembers()) {
                        acceptMerged(sync);
                    }
                    return report;
                },
                Tasks.callbacks(
                        report -> {
                            stopped(release);
                            reopen(sync);
                            dialogs.info(Messages.text("sync.title"), summary(report));
                        },
                        failure -> {
                            stopped(release);
                            if (!unanswered.isEmpty() && isConflict(failure)) {
                                askAndRerun(sync, answers, List.copyOf(unanswered));
                            } else if (is(failure, VaultException.Reason.MEMBERS_NOT_ACCEPTED)) {
                                askToAcceptAndRerun(sync, answers, failure.getMessage());
                            } else {
                                reopen(sync);
                                dialogs.error(Failure.of(Messages.text("sync.failed"), failure));
                            }
                        }));
    }

    private void stopped(Runnable release) {
        release.run();
        session.activity.set(null);
    }

    /** The team vault opens again (its file may be new); nothing opens when the personal vault was locked meanwhile. */
    private void reopen(Run sync) {
        opener.open(
                sync.file(),
                sync.identity(),
                () -> {},
                failure -> dialogs.error(Failure.of(Messages.format("team.reopenFailed", sync.file()), failure)));
    }

    /** The team vault stays closed while the user chooses, so the rerun finds its file free. */
    private void askAndRerun(Run sync, Map<MergeConflict, Resolution> answers, List<MergeConflict> asked) {
        if (session.personal() != sync.personal()) {
            return;
        }
        dialogs.resolveConflicts(sync.file().getFileName().toString(), asked)
                .ifPresentOrElse(
                        chosen -> {
                            Map<MergeConflict, Resolution> all = new HashMap<>(answers);
                            all.putAll(chosen);
                            run(sync.again(), Map.copyOf(all));
                        },
                        () -> {
                            reopen(sync);
                            dialogs.info(Messages.text("sync.title"), Messages.text("sync.notMerged"));
                        });
    }

    /**
     * The other side changed the members: merging would encrypt this user's changes to them, so the
     * user sees who changed and accepts (remembered in the personal vault) or nothing is merged.
     */
    private void askToAcceptAndRerun(Run sync, Map<MergeConflict, Resolution> answers, String refusal) {
        if (session.personal() != sync.personal()) {
            return;
        }
        if (dialogs.confirm(
                Messages.text("sync.membersTitle"),
                refusal + "\n\n" + Messages.text("sync.membersQuestion"),
                Messages.text("sync.membersAccept"))) {
            run(sync.accepting(), answers);
        } else {
            reopen(sync);
            dialogs.info(Messages.text("sync.title"), Messages.text("sync.notMerged"));
        }
    }

    /** Records the merged team vault's members as accepted and saves the personal vault (background). */
    private static void acceptMerged(Run sync) throws Exception {
        String howToAccept = MemberAcceptance.howToAccept();
        TeamVault.Opened merged = TeamVault.open(sync.file(), sync.personal(), sync.identity(), howToAccept);
        try (Vault held = merged.vault()) {
            if (!TeamVault.acceptMembers(merged, sync.personal(), howToAccept).none()) {
                sync.personal().save();
            }
        }
    }

    private static boolean isConflict(Throwable failure) {
        return is(failure, VaultException.Reason.CONFLICT);
    }

    private static boolean is(Throwable failure, VaultException.Reason reason) {
        return failure instanceof VaultException e && e.reason() == reason;
    }

    private static String summary(TeamSync.Report report) {
        List<String> lines = new ArrayList<>();
        report.committed().forEach(c -> lines.add(Messages.format("sync.committed", c)));
        report.resolved().forEach(c -> lines.add(Messages.format("sync.settled", c.describe())));
        lines.add(Messages.text(report.merges() == 0 ? "sync.nothingToMerge" : "sync.merged"));
        lines.add(Messages.text(report.pushed() ? "sync.pushed" : "sync.noRemote"));
        return String.join("\n", lines);
    }

    /** The name of the personal vault's identity that opened the team vault, or null when it is gone. */
    private static String identityOf(Vault personal, TeamVault.Opened team) {
        return new VaultEditor(personal)
                .entries().stream()
                        .filter(e -> e.knownKind() == EntryKind.AGE_IDENTITY)
                        .map(AgeIdentityEntry.class::cast)
                        .filter(e -> team.self().recipient.equals(e.getRecipient()))
                        .map(AgeIdentityEntry::getName)
                        .findFirst()
                        .orElse(null);
    }
}

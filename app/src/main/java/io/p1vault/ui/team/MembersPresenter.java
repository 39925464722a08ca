package io.p1vault.ui.team;

import io.p1vault.model.TeamMember;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.team.MembersFile;
import io.p1vault.vault.team.RotationPlan;
import io.p1vault.vault.team.TeamVault;

import java.util.List;
import java.util.function.Consumer;

/**
 * The open team vault's members, from inside the encrypted file (the list that counts), with a
 * warning when the plain {@code members} file beside it differs; adds a member and removes one.
 * Both re-key and save at once in the background; a removal hands its rotation plan on. The set
 * the user makes is the one they accept; a set they have not accepted is said, with Accept. No Swing.
 */
public final class MembersPresenter {
    /** One member as the list shows it; {@code you} marks the member whose identity opened the vault. */
    public record Row(String name, String recipient, String addedBy, String addedAt, boolean you) {}

    public final Property<List<Row>> rows = new Property<>(List.of());
    /** Set when the plain members file is missing or lists other members; null when it agrees. */
    public final Property<String> plainFileWarning = new Property<>(null);
    /** Why the team vault's saves are refused: its members are not the accepted ones; null when they are. */
    public final Property<String> unaccepted = new Property<>(null);
    /** Why the last add or remove was refused or failed; null after one succeeded. */
    public final Property<String> message = new Property<>(null);

    public final Property<Boolean> busy = new Property<>(false);
    /** True once a member was added: the add fields are cleared. */
    public final Property<Integer> added = new Property<>(0);

    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final Consumer<RotationPlan> removed;

    /** {@code removed} receives the rotation plan of each removal. */
    public MembersPresenter(VaultSession session, Tasks tasks, Dialogs dialogs, Consumer<RotationPlan> removed) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.removed = removed;
        refresh();
    }

    /** Re-reads the list from the team vault and compares the plain file in the background. */
    public void refresh() {
        TeamVault.Opened team = session.team.get();
        if (team == null) {
            rows.set(List.of());
            return;
        }
        TrustedMembers.Difference difference = MemberAcceptance.unaccepted(session);
        unaccepted.set(
                difference.none()
                        ? null
                        : difference.neverAccepted()
                                ? Messages.text("members.neverAccepted")
                                : Messages.format("members.changed", difference.describe()));
        List<TeamMember> members = List.copyOf(team.vault().document().members);
        rows.set(members.stream()
                .map(m -> new Row(
                        m.name,
                        m.recipient,
                        m.addedBy == null ? "" : m.addedBy,
                        EntryDetails.when(m.addedAt),
                        m.recipient.strip().equals(team.self().recipient)))
                .toList());
        tasks.run(
                progress -> MembersFile.compare(team.vault().path(), members),
                Tasks.callbacks(
                        agreement -> plainFileWarning.set(
                                switch (agreement) {
                                    case SAME -> null;
                                    case MISSING -> Messages.text("members.plainMissing");
                                    case DIFFERENT -> Messages.text("members.plainDiffers");
                                }),
                        failure -> plainFileWarning.set(Failure.of(Messages.text("members.plainUnreadable"), failure)
                                .why())));
    }

    /** Adds a member with a pasted {@code age1…} recipient; a refused name or recipient is said inline. */
    public void add(String name, String recipient) {
        change(
                team -> {
                    TeamVault.addMember(team, name, recipient);
                    return null;
                },
                ignored -> added.set(added.get() + 1),
                "members.addFailed");
    }

    /** Removes {@code row}'s member once the user confirms; yourself the service refuses, and that is said inline. */
    public void remove(Row row) {
        if (!dialogs.confirm(
                Messages.text("members.removeTitle"),
                Messages.format("members.removeMessage", row.name()),
                Messages.text("members.removeOk"))) {
            return;
        }
        change(team -> TeamVault.removeMember(team, row.name()), removed, "members.removeFailed");
    }

    /** Accepts the members listed; the personal vault is saved in the background. */
    public void accept() {
        TeamVault.Opened team = session.team.get();
        if (busy.get() || team == null) {
            return;
        }
        busy.set(true);
        MemberAcceptance.accept(session, dialogs, team, this::accepted, this::accepted);
    }

    private void accepted() {
        busy.set(false);
        refresh();
    }

    private interface Change<T> {
        T apply(TeamVault.Opened team) throws Exception;
    }

    private <T> void change(Change<T> work, Consumer<T> done, String failedKey) {
        TeamVault.Opened team = session.team.get();
        if (busy.get() || team == null || session.busy.get()) {
            return;
        }
        busy.set(true);
        message.set(null);
        Runnable release = session.hold();
        tasks.run(
                progress -> work.apply(team),
                Tasks.callbacks(
                        result -> {
                            release.run();
                            busy.set(false);
                            if (session.team.get() != team) {
                                return; // locked or closed meanwhile: nothing of it is shown any more
                            }
                            session.changed();
                            refresh();
                            // The set this user just made is the one they accept.
                            accept();
                            done.accept(result);
                        },
                        failure -> {
                            release.run();
                            busy.set(false);
                            message.set(Failure.of(Messages.text(failedKey), failure)
                                    .why());
                        }));
    }
}

package io.p1vault.ui.team;

import io.p1vault.ui.actions.EntryCommands;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.team.RotationPlan;

import java.awt.Window;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Team menu's screens: open or create a team vault beside the personal one, switch between
 * them, the members, sync with git, and the rotation plan. The plan is read from the open team
 * vault's history each time it is shown ({@link RotationPlan#outstanding}), so it outlives a lock
 * and a restart, and a secret replaced since the removal drops out of it.
 */
public final class TeamScreens {
    private final Supplier<Window> owner;
    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final EntryCommands entries;
    private final TeamOpener opener;

    public TeamScreens(
            Supplier<Window> owner,
            VaultSession session,
            Tasks tasks,
            Dialogs dialogs,
            EntryCommands entries,
            TeamOpener.Memory memory) {
        this.owner = owner;
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.entries = entries;
        this.opener = new TeamOpener(
                session, tasks, dialogs, memory, trust -> new MemberTrustDialog(owner.get(), trust).setVisible(true));
    }

    public void openTeamVault() {
        showForm(TeamFormPresenter.Mode.OPEN);
    }

    public void createTeamVault() {
        showForm(TeamFormPresenter.Mode.CREATE);
    }

    /** Settles the open team vault's unsaved changes first: the form's vault replaces it. */
    private void showForm(TeamFormPresenter.Mode mode) {
        session.settleTeamUnsaved(() -> {
            Path folder = session.personal().path().toAbsolutePath().getParent();
            TeamFormPresenter form = new TeamFormPresenter(mode, session, dialogs, opener, folder);
            new TeamFormDialog(owner.get(), form).setVisible(true);
        });
    }

    /** After the personal vault was unlocked: the team vault that was open beside it, in the background. */
    public void reopen(Path teamFile, String identity) {
        opener.reopen(teamFile, identity);
    }

    public void closeTeamVault() {
        opener.close();
    }

    /** Shows the other vault: the team one if the personal one shows, and back. */
    public void switchVault() {
        session.show(!session.teamShown.get());
    }

    public void showMembers() {
        if (session.team.get() == null) {
            return;
        }
        MembersPresenter members = new MembersPresenter(session, tasks, dialogs, this::showPlan);
        new MembersDialog(owner.get(), members).setVisible(true);
    }

    public void syncTeamVault() {
        new TeamSyncPresenter(session, tasks, dialogs, opener).sync();
    }

    /** The plan still outstanding in the open team vault; says so when it records no removal. */
    public void showRotationPlan() {
        if (session.team.get() == null) {
            return;
        }
        RemovalPlanPresenter.outstanding(session, entries)
                .ifPresentOrElse(
                        plan -> new RemovalPlanDialog(owner.get(), plan).setVisible(true),
                        () -> dialogs.info(Messages.text("plan.noneTitle"), Messages.text("plan.none")));
    }

    private void showPlan(RotationPlan plan) {
        new RemovalPlanDialog(owner.get(), new RemovalPlanPresenter(plan, session.team.get(), session, entries))
                .setVisible(true);
    }
}

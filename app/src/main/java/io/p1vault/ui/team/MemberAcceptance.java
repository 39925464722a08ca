package io.p1vault.ui.team;

import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.team.TeamVault;

import java.util.List;

/**
 * The desktop's side of {@link TrustedMembers}: whether the open team vault's members are the ones
 * the user accepted, and accepting them (recorded in the personal vault, which is saved in the
 * background through the session). No Swing.
 */
final class MemberAcceptance {
    private MemberAcceptance() {}

    /** What ends a refused save, in the desktop's words. */
    static String howToAccept() {
        return Messages.text("team.howToAccept");
    }

    /** How the open team vault's members differ from the accepted ones; none when no team vault is open. */
    static TrustedMembers.Difference unaccepted(VaultSession session) {
        TeamVault.Opened team = session.team.get();
        Vault personal = session.personal();
        if (team == null || personal == null) {
            return new TrustedMembers.Difference(List.of(), List.of(), false);
        }
        return TrustedMembers.check(personal, team.vault().document());
    }

    /**
     * Accepts {@code team}'s current members and saves the personal vault; {@code done} runs once it is
     * saved, {@code failed} when nothing was accepted or the save failed (the failure was shown).
     */
    static void accept(VaultSession session, Dialogs dialogs, TeamVault.Opened team, Runnable done, Runnable failed) {
        Vault personal = session.personal();
        if (personal == null || session.team.get() != team || session.busy.get()) {
            failed.run();
            return;
        }
        try {
            TeamVault.acceptMembers(team, personal, howToAccept());
        } catch (VaultException e) {
            dialogs.error(Failure.of(Messages.text("members.acceptFailed"), e));
            failed.run();
            return;
        }
        session.saveVault(personal, done, failed);
    }
}

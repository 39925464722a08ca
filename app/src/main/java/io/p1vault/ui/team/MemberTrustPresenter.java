package io.p1vault.ui.team;

import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.team.TeamVault;

import java.util.List;
import java.util.stream.Stream;

/**
 * The question asked when a team vault opens whose members are not the ones the user accepted:
 * who was added and removed, by name and recipient (both from the team file, so shown as visible
 * text only). Accepting records them and saves the personal vault; "Not now" leaves the team
 * vault open for reading, its saves refused. No Swing.
 */
public final class MemberTrustPresenter {
    /** One changed member: {@code change} says added or removed. */
    public record Row(String change, String name, String recipient) {}

    public final String intro;
    public final List<Row> rows;
    public final Property<Boolean> busy = new Property<>(false);
    /** True once the question is answered: the dialog closes. */
    public final Property<Boolean> done = new Property<>(false);

    private final VaultSession session;
    private final Dialogs dialogs;
    private final TeamVault.Opened team;

    MemberTrustPresenter(
            VaultSession session, Dialogs dialogs, TeamVault.Opened team, TrustedMembers.Difference difference) {
        this.session = session;
        this.dialogs = dialogs;
        this.team = team;
        this.intro = Messages.format(
                difference.neverAccepted() ? "trust.neverAccepted" : "trust.changed",
                team.vault().path().getFileName().toString());
        String added = Messages.text(difference.neverAccepted() ? "trust.member" : "trust.added");
        this.rows = Stream.concat(
                        difference.added().stream().map(m -> row(added, m)),
                        difference.removed().stream().map(m -> row(Messages.text("trust.removed"), m)))
                .toList();
    }

    private static Row row(String change, TrustedMembers.Member member) {
        return new Row(
                change,
                VisibleText.shortened(member.name(), EntryRules.MAX_NAME),
                VisibleText.shortened(member.recipient(), 100));
    }

    /** Accepts the members shown; the question closes once the personal vault is saved. */
    public void accept() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        MemberAcceptance.accept(
                session,
                dialogs,
                team,
                () -> {
                    busy.set(false);
                    done.set(true);
                },
                () -> busy.set(false));
    }

    /** Leaves the members unaccepted: the team vault stays open, its saves refused. */
    public void notNow() {
        done.set(true);
    }
}

package io.p1vault.ui.team;

import io.p1vault.model.EntryKind;
import io.p1vault.ui.actions.EntryCommands;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.team.RotationPlan;
import io.p1vault.vault.team.TeamVault;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A removal's rotation plan as the desktop shows it: every secret the removed member could read,
 * oldest first, where each credential is deployed and what replaces it. A gateway credential's row
 * rotates it on the team vault (the existing rotation); other rows say what to do. No Swing.
 */
public final class RemovalPlanPresenter {
    /** One secret to replace; {@code rotatable} rows get a Rotate button, the others show {@code replacement}. */
    public record Row(
            UUID entryId,
            String kind,
            String name,
            String created,
            String deployedTo,
            String replacement,
            boolean rotatable) {}

    public final String removedMember;
    public final List<Row> rows;
    /** Why a Rotate could not start (the team vault was closed, the entry is gone); null otherwise. */
    public final Property<String> message = new Property<>(null);

    private final VaultSession session;
    private final TeamVault.Opened team;
    private final EntryCommands entries;

    /** {@code team} is the team vault the member was removed from: Rotate works only while it is open. */
    public RemovalPlanPresenter(RotationPlan plan, TeamVault.Opened team, VaultSession session, EntryCommands entries) {
        this.removedMember = plan.removedMember();
        this.team = team;
        this.session = session;
        this.entries = entries;
        this.rows = plan.steps().stream().map(RemovalPlanPresenter::row).toList();
    }

    private static Row row(RotationPlan.Step step) {
        return new Row(
                step.entryId(),
                Messages.text(
                        step.kind() == null
                                ? "kind.unknown"
                                : "kind." + step.kind().id() + ".one"),
                step.name(),
                EntryDetails.when(step.createdAt()),
                step.deployedTo().isEmpty() ? Messages.text("plan.notDeployed") : String.join("\n", step.deployedTo()),
                step.command(),
                step.kind() == EntryKind.GATEWAY_CREDENTIAL);
    }

    /**
     * The plan still outstanding in the open team vault, read from its history (so the same after a
     * lock or a restart); empty when no team vault is open or it records no removal.
     */
    public static Optional<RemovalPlanPresenter> outstanding(VaultSession session, EntryCommands entries) {
        TeamVault.Opened team = session.team.get();
        return team == null
                ? Optional.empty()
                : RotationPlan.outstanding(team.vault().document())
                        .map(plan -> new RemovalPlanPresenter(plan, team, session, entries));
    }

    /** Shows the team vault and opens the rotation of {@code row}'s credential there. */
    public void rotate(Row row) {
        if (!row.rotatable()) {
            return;
        }
        if (session.team.get() != team) {
            message.set(Messages.text("plan.teamClosed"));
            return;
        }
        if (team.vault().document().entries.stream()
                .noneMatch(e -> row.entryId().equals(e.getId()))) {
            message.set(Messages.format("plan.entryGone", row.name()));
            return;
        }
        message.set(null);
        session.show(true);
        entries.rotateCredential(row.entryId());
    }
}

package io.p1vault.ui.team;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The form that opens a team vault, or creates one: the team file, which of the personal vault's
 * age identities opens it, and (creating) the member name the others will see. No Swing.
 */
public final class TeamFormPresenter {
    public enum Mode {
        OPEN,
        CREATE
    }

    public final Mode mode;
    public final Property<Path> file = new Property<>(null);
    /** The names of the personal vault's age identities; none means the form says how to make one. */
    public final List<String> identities;

    public final Property<String> message = new Property<>(null);
    public final Property<Boolean> busy = new Property<>(false);
    public final Property<Boolean> done = new Property<>(false);

    private final Dialogs dialogs;
    private final TeamOpener opener;
    private final Path folder;

    /** {@code folder} is where the file chooser starts (the personal vault's folder). */
    public TeamFormPresenter(Mode mode, VaultSession session, Dialogs dialogs, TeamOpener opener, Path folder) {
        this.mode = mode;
        this.dialogs = dialogs;
        this.opener = opener;
        this.folder = folder;
        this.identities = new VaultEditor(session.personal())
                .entries().stream()
                        .filter(AgeIdentityEntry.class::isInstance)
                        .map(e -> e.getName())
                        .toList();
        if (identities.isEmpty()) {
            message.set(Messages.text("team.noIdentity"));
        }
    }

    /** Asks for the team file: an existing one to open, or where to create one. */
    public void chooseFile() {
        Optional<Path> chosen = mode == Mode.OPEN
                ? dialogs.chooseVaultToOpen(folder)
                : dialogs.chooseNewVault(folder.resolve("team.age"));
        chosen.ifPresent(file::set);
    }

    /** Opens or creates the team vault in the background; the form closes when it shows, or says why not. */
    public void submit(String identity, String memberName) {
        if (busy.get()) {
            return;
        }
        if (file.get() == null) {
            message.set(Messages.text("team.chooseFile"));
            return;
        }
        if (identity == null || !identities.contains(identity)) {
            message.set(Messages.text(identities.isEmpty() ? "team.noIdentity" : "team.chooseIdentity"));
            return;
        }
        if (mode == Mode.CREATE && (memberName == null || memberName.isBlank())) {
            message.set(Messages.text("team.memberNameMissing"));
            return;
        }
        message.set(null);
        busy.set(true);
        Runnable opened = () -> {
            busy.set(false);
            done.set(true);
        };
        if (mode == Mode.OPEN) {
            opener.open(file.get(), identity, opened, this::failed);
        } else {
            opener.create(file.get(), identity, memberName.strip(), opened, this::failed, () -> {
                busy.set(false);
                message.set(Messages.text("team.personalNotSaved"));
            });
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Failure.of(Messages.text(mode == Mode.OPEN ? "team.openFailed" : "team.createFailed"), failure)
                .why());
    }
}

package io.p1vault.ui.team;

import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.team.TeamVault;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens or creates a team vault beside the unlocked personal vault, in the background, and shows
 * it; remembers it so it reopens after the next unlock. Work whose personal vault was locked (or
 * replaced) meanwhile is dropped and its team vault closed. Its saves keep to the members the user
 * accepted: a team vault whose members are not those asks whether to accept them. No Swing.
 */
public final class TeamOpener {
    /** Where the last team vault is kept (the settings): a file and an identity name, or null to forget. */
    public interface Memory {
        void remember(Path teamFile, String identity, Path personalFile);
    }

    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final Memory memory;
    private final Consumer<MemberTrustPresenter> askTrust;

    /** {@code askTrust} shows the question about members not accepted (the dialog). */
    public TeamOpener(
            VaultSession session,
            Tasks tasks,
            Dialogs dialogs,
            Memory memory,
            Consumer<MemberTrustPresenter> askTrust) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.memory = memory;
        this.askTrust = askTrust;
    }

    /** Opens {@code file} with the personal vault's identity {@code identity}; {@code failed} hears why not. */
    void open(Path file, String identity, Runnable done, Consumer<Throwable> failed) {
        Vault personal = session.personal();
        run(
                personal,
                () -> TeamVault.open(file, personal, identity, MemberAcceptance.howToAccept()),
                identity,
                () -> {
                    done.run();
                    askWhenUnaccepted();
                },
                failed);
    }

    /**
     * Creates {@code file} with {@code member} its only member, after saving the personal vault if it
     * has unsaved changes ({@code notSaved} runs when that save failed and nothing was created). Its
     * creator's acceptance of the new member set is saved in the personal vault after it.
     */
    void create(
            Path file, String identity, String member, Runnable done, Consumer<Throwable> failed, Runnable notSaved) {
        Vault personal = session.personal();
        // The new team vault opens only with this identity: it must be on disk before the team file is.
        Runnable create = () -> run(
                personal,
                () -> {
                    TeamVault.Opened created = TeamVault.create(file, personal, identity, member);
                    try {
                        TeamVault.acceptMembers(created, personal, MemberAcceptance.howToAccept());
                    } catch (VaultException | RuntimeException e) {
                        created.vault().close();
                        throw e;
                    }
                    return created;
                },
                identity,
                () -> session.saveVault(personal, done, done),
                failed);
        if (personal.hasUnsavedChanges()) {
            session.saveVault(personal, create, notSaved);
        } else {
            create.run();
        }
    }

    /** After the personal vault was unlocked: reopens the team vault last open beside it; a failure only says why. */
    public void reopen(Path file, String identity) {
        open(
                file,
                identity,
                () -> {},
                failure -> dialogs.error(Failure.of(Messages.format("team.reopenFailed", file), failure)));
    }

    /** Closes the team vault (after asking about its unsaved changes) and forgets it. */
    public void close() {
        session.settleTeamUnsaved(() -> {
            session.closeTeam();
            memory.remember(null, null, null);
        });
    }

    /** The team vault just shown: asks about its members when they are not the accepted ones. */
    private void askWhenUnaccepted() {
        TrustedMembers.Difference difference = MemberAcceptance.unaccepted(session);
        if (!difference.none()) {
            askTrust.accept(new MemberTrustPresenter(session, dialogs, session.team.get(), difference));
        }
    }

    private interface Opening {
        TeamVault.Opened run() throws Exception;
    }

    private void run(Vault personal, Opening work, String identity, Runnable done, Consumer<Throwable> failed) {
        if (personal == null) {
            return;
        }
        Runnable release = session.hold();
        tasks.run(
                progress -> work.run(),
                Tasks.callbacks(
                        opened -> {
                            release.run();
                            if (session.personal() != personal) {
                                closeQuietly(opened.vault());
                                return;
                            }
                            session.teamOpened(opened);
                            memory.remember(opened.vault().path(), identity, personal.path());
                            done.run();
                        },
                        failure -> {
                            release.run();
                            if (session.personal() == personal) {
                                failed.accept(failure);
                            }
                        }));
    }

    /** A team vault opened for a personal vault that was locked meanwhile: its keys go, nothing is shown. */
    private void closeQuietly(Vault vault) {
        tasks.run(
                progress -> {
                    vault.close();
                    return null;
                },
                Tasks.callbacks(
                        ignored -> {}, failure -> dialogs.error(Failure.of(Messages.text("lock.failed"), failure))));
    }
}

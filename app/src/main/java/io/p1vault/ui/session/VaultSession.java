package io.p1vault.ui.session;

import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.merge.DiskChange;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.MergeConflictsException;
import io.p1vault.vault.merge.Resolution;
import io.p1vault.vault.team.TeamVault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vault the window shows: unlocked, locked or none yet. Saving and locking run as background
 * tasks; while one runs, {@link #busy} keeps actions that change the vault disabled. No Swing.
 *
 * <p>Beside the personal vault a team vault may be open (opened with an identity the personal
 * vault holds); {@link #vault} is the one shown, so every entry action works on whichever the
 * user switched to. Locking locks both, and unsaved changes in either are asked about.
 */
public final class VaultSession {
    /** The unlocked vault shown (the personal or the team vault), or null. */
    public final Property<Vault> vault = new Property<>(null);
    /** The vault file shown, also while locked (then the personal one); null before the first vault. */
    public final Property<Path> file = new Property<>(null);
    /** The team vault open beside the personal one, or null. */
    public final Property<TeamVault.Opened> team = new Property<>(null);
    /** True while the team vault is the one shown. */
    public final Property<Boolean> teamShown = new Property<>(false);
    /** True while a team vault is open beside the personal one. */
    public final Property<Boolean> teamOpen = new Property<>(false);
    /** Editable and the personal vault shown: what personal-only actions (the passphrase) depend on. */
    public final Property<Boolean> personalEditable = new Property<>(false);

    public final Property<Boolean> unlocked = new Property<>(false);
    public final Property<Boolean> dirty = new Property<>(false);
    public final Property<Boolean> busy = new Property<>(false);
    /** Unlocked, writable and not busy: what every editing action depends on. */
    public final Property<Boolean> editable = new Property<>(false);
    /** Unlocked with changes to save, and no task running. */
    public final Property<Boolean> canSave = new Property<>(false);
    /** Locked, with a vault file to unlock. */
    public final Property<Boolean> canUnlock = new Property<>(false);
    /** A team vault is open, saved, and no task runs: what a team sync needs. */
    public final Property<Boolean> canSyncTeam = new Property<>(false);
    /** What the background work running now does, for the status bar (a team sync); null for a save or none. */
    public final Property<String> activity = new Property<>(null);
    /** Counts changes to the entries, so views refresh. */
    public final Property<Integer> revision = new Property<>(0);

    private final Tasks tasks;
    private final Dialogs dialogs;
    private Vault personal;
    private int holds;
    /** Counts locks: a hold taken before a lock is void after it (its work's answer is dropped). */
    private int opened;

    public VaultSession(Tasks tasks, Dialogs dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        vault.addListener(v -> update());
        busy.addListener(b -> update());
        dirty.addListener(d -> update());
        file.addListener(f -> update());
        teamShown.addListener(t -> update());
        team.addListener(t -> update());
        revision.addListener(r -> update());
    }

    /** The personal vault was unlocked or created. */
    public void opened(Vault opened) {
        personal = opened;
        file.set(opened.path());
        vault.set(opened);
        changed();
    }

    /** The unlocked personal vault (whichever is shown), or null. */
    public Vault personal() {
        return personal;
    }

    /**
     * A team vault was opened beside the personal one: it replaces the team vault open before (whose
     * unsaved changes the caller settled first) and is shown.
     */
    public void teamOpened(TeamVault.Opened opened) {
        requireVault();
        closeTeamVault();
        team.set(opened);
        show(true);
    }

    /** Shows the team vault ({@code true}, when one is open) or the personal vault. */
    public void show(boolean teamVault) {
        Vault shown = teamVault && team.get() != null ? team.get().vault() : personal;
        if (shown == null) {
            return;
        }
        teamShown.set(shown != personal);
        file.set(shown.path());
        vault.set(shown);
        changed();
    }

    /** Closes the team vault (unsaved changes are the caller's to settle first) and shows the personal one. */
    public void closeTeam() {
        closeTeamVault();
        show(false);
    }

    /**
     * Stops showing the team vault without closing it and hands it to the caller, who closes it (a
     * sync that rewrites the file, then opens it again); null when none is open.
     */
    public TeamVault.Opened handOverTeam() {
        TeamVault.Opened t = team.get();
        team.set(null);
        show(false);
        return t;
    }

    private void closeTeamVault() {
        TeamVault.Opened t = team.get();
        if (t != null) {
            team.set(null);
            closeInBackground(List.of(t.vault()));
        }
    }

    public VaultEditor editor() {
        return new VaultEditor(requireVault());
    }

    /** Call after every change made through {@link #editor()}. */
    public void changed() {
        Vault v = vault.get();
        dirty.set(v != null && v.hasUnsavedChanges());
        revision.set(revision.get() + 1);
    }

    public void save(Runnable after) {
        save(after, () -> {});
    }

    /** Saves; after the failure is shown, {@code afterFailure} runs. */
    public void save(Runnable after, Runnable afterFailure) {
        save(
                requireVault(),
                after,
                Messages.format("save.failed", requireVault().path()),
                afterFailure);
    }

    /** Saves; {@code failedWhat} is what the error says failed (e.g. that a change made elsewhere is not recorded). */
    public void save(Runnable after, String failedWhat) {
        save(requireVault(), after, failedWhat, () -> {});
    }

    /** Saves every open vault (personal and team) with unsaved changes, then runs {@code after}; a failure stops. */
    public void saveAll(Runnable after) {
        List<Vault> unsaved = unsavedVaults();
        if (unsaved.isEmpty()) {
            after.run();
        } else {
            saveVault(unsaved.get(0), () -> saveAll(after), () -> {});
        }
    }

    /** Saves {@code v}, an open vault whether shown or not; after the failure is shown, {@code afterFailure} runs. */
    public void saveVault(Vault v, Runnable after, Runnable afterFailure) {
        save(v, after, Messages.format("save.failed", v.path()), afterFailure);
    }

    private void save(Vault v, Runnable after, String failedWhat, Runnable afterFailure) {
        write(v, v::save, after, failedWhat, afterFailure);
    }

    /** A write of the vault file: {@link Vault#save} or the save of a merge. */
    private interface Write {
        void run() throws Exception;
    }

    private void write(Vault v, Write write, Runnable after, String failedWhat, Runnable afterFailure) {
        Runnable release = hold();
        tasks.run(
                progress -> {
                    write.run();
                    return null;
                },
                Tasks.callbacks(
                        ignored -> {
                            release.run();
                            changed();
                            after.run();
                        },
                        failure -> {
                            release.run();
                            failed(v, failure, after, failedWhat, afterFailure);
                        }));
    }

    /**
     * A save that met conflicting changes made elsewhere asks which version to keep of each field
     * and saves the merge (which may meet a newer change, and ask again); a cancel saves nothing
     * and leaves the vault unsaved, to retry. Other failures are shown.
     */
    private void failed(Vault v, Throwable failure, Runnable after, String failedWhat, Runnable afterFailure) {
        if (!(failure instanceof MergeConflictsException conflicts) || vault.get() == null) {
            dialogs.error(Failure.of(failedWhat, failure));
            afterFailure.run();
            return;
        }
        DiskChange change = conflicts.change();
        Optional<Map<MergeConflict, Resolution>> chosen = dialogs.resolveConflicts(
                v.path().getFileName().toString(), change.outcome().conflicts());
        if (chosen.isEmpty()) {
            afterFailure.run();
            return;
        }
        Map<MergeConflict, Resolution> choices = chosen.get();
        write(v, () -> v.saveMerged(change, choices::get), after, failedWhat, afterFailure);
    }

    /**
     * Marks the vault in use by background work (a save, an export or import, a write to
     * PingFederate whose answer must be recorded) until the returned release runs: {@link #busy}
     * holds while any such work runs, so the idle lock and editing wait. Releasing twice is harmless.
     */
    public Runnable hold() {
        holds++;
        busy.set(true);
        int heldWhile = opened;
        boolean[] released = {false};
        return () -> {
            if (!released[0] && heldWhile == opened) {
                released[0] = true;
                holds--;
                busy.set(holds > 0);
            }
        };
    }

    /**
     * Hides the entries at once, then wipes the keys and secrets and releases the file lock in the
     * background. Unsaved changes are the caller's to settle first ({@link #settleUnsaved}).
     */
    public void lock() {
        if (vault.get() == null) {
            return;
        }
        List<Vault> open = new ArrayList<>();
        open.add(personal);
        if (team.get() != null) {
            open.add(team.get().vault());
        }
        team.set(null);
        teamShown.set(false);
        file.set(personal.path());
        personal = null;
        vault.set(null);
        opened++;
        holds = 0;
        busy.set(false);
        dirty.set(false);
        revision.set(revision.get() + 1);
        closeInBackground(open);
    }

    private void closeInBackground(List<Vault> vaults) {
        tasks.run(
                progress -> {
                    for (Vault v : vaults) {
                        v.close();
                    }
                    return null;
                },
                Tasks.callbacks(
                        ignored -> {}, failure -> dialogs.error(Failure.of(Messages.text("lock.failed"), failure))));
    }

    /**
     * Runs {@code proceed} once nothing unsaved stands in the way: at once when all is saved,
     * after a save or a discard when the user says so, not at all when the user cancels.
     */
    public void settleUnsaved(Runnable proceed) {
        settle(unsavedVaults(), proceed);
    }

    /** As {@link #settleUnsaved}, for the team vault only (before it is closed or replaced). */
    public void settleTeamUnsaved(Runnable proceed) {
        TeamVault.Opened t = team.get();
        settle(t != null && t.vault().hasUnsavedChanges() ? List.of(t.vault()) : List.of(), proceed);
    }

    /** Asks about each vault in turn; a cancel stops before anything more is saved or discarded. */
    private void settle(List<Vault> unsaved, Runnable proceed) {
        if (unsaved.isEmpty()) {
            proceed.run();
            return;
        }
        Vault v = unsaved.get(0);
        Runnable next = () -> settle(unsaved.subList(1, unsaved.size()), proceed);
        switch (dialogs.askUnsaved(v.path().getFileName().toString())) {
            case SAVE -> saveVault(v, next, () -> {});
            case DISCARD -> next.run();
            case CANCEL -> {}
        }
    }

    private List<Vault> unsavedVaults() {
        List<Vault> unsaved = new ArrayList<>();
        if (personal != null && personal.hasUnsavedChanges()) {
            unsaved.add(personal);
        }
        if (team.get() != null && team.get().vault().hasUnsavedChanges()) {
            unsaved.add(team.get().vault());
        }
        return unsaved;
    }

    private Vault requireVault() {
        Vault v = vault.get();
        if (v == null) {
            throw new IllegalStateException("no unlocked vault");
        }
        return v;
    }

    private void update() {
        Vault v = vault.get();
        unlocked.set(v != null);
        editable.set(v != null && !v.isReadOnly() && !busy.get());
        canSave.set(editable.get() && dirty.get());
        personalEditable.set(editable.get() && !teamShown.get());
        teamOpen.set(team.get() != null);
        canSyncTeam.set(team.get() != null
                && !team.get().vault().isReadOnly()
                && !team.get().vault().hasUnsavedChanges()
                && !busy.get());
        canUnlock.set(v == null && file.get() != null && !busy.get());
    }
}

package io.p1vault.ui.session;

import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;

import java.nio.file.Path;

/**
 * The vault the window shows: unlocked, locked or none yet. Saving and locking run as background
 * tasks; while one runs, {@link #busy} keeps actions that change the vault disabled. No Swing.
 */
public final class VaultSession {
    /** The unlocked vault, or null. */
    public final Property<Vault> vault = new Property<>(null);
    /** The vault file shown, also while locked; null before the first vault. */
    public final Property<Path> file = new Property<>(null);

    public final Property<Boolean> unlocked = new Property<>(false);
    public final Property<Boolean> dirty = new Property<>(false);
    public final Property<Boolean> busy = new Property<>(false);
    /** Unlocked, writable and not busy: what every editing action depends on. */
    public final Property<Boolean> editable = new Property<>(false);
    /** Unlocked with changes to save, and no task running. */
    public final Property<Boolean> canSave = new Property<>(false);
    /** Locked, with a vault file to unlock. */
    public final Property<Boolean> canUnlock = new Property<>(false);
    /** Counts changes to the entries, so views refresh. */
    public final Property<Integer> revision = new Property<>(0);

    private final Tasks tasks;
    private final Dialogs dialogs;
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
    }

    public void opened(Vault opened) {
        file.set(opened.path());
        vault.set(opened);
        changed();
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
        save(after, Messages.format("save.failed", requireVault().path()), afterFailure);
    }

    /** Saves; {@code failedWhat} is what the error says failed (e.g. that a change made elsewhere is not recorded). */
    public void save(Runnable after, String failedWhat) {
        save(after, failedWhat, () -> {});
    }

    private void save(Runnable after, String failedWhat, Runnable afterFailure) {
        Vault v = requireVault();
        Runnable release = hold();
        tasks.run(
                progress -> {
                    v.save();
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
                            dialogs.error(Failure.of(failedWhat, failure));
                            afterFailure.run();
                        }));
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
        Vault v = vault.get();
        if (v == null) {
            return;
        }
        vault.set(null);
        opened++;
        holds = 0;
        busy.set(false);
        dirty.set(false);
        revision.set(revision.get() + 1);
        tasks.run(
                progress -> {
                    v.close();
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
        Vault v = vault.get();
        if (v == null || !v.hasUnsavedChanges()) {
            proceed.run();
            return;
        }
        switch (dialogs.askUnsaved(v.path().getFileName().toString())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> {}
        }
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
        canUnlock.set(v == null && file.get() != null && !busy.get());
    }
}

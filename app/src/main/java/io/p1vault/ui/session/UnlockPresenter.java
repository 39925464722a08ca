package io.p1vault.ui.session;

import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.FormTask;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The unlock form: which vault, the passphrase, progress of the key derivation (cancellable),
 * and what went wrong. A wrong passphrase keeps the form open with a message; a damaged vault
 * whose backup opens offers to restore the backup.
 */
public final class UnlockPresenter {
    public final Property<Path> file;
    private final FormTask task;
    public final Property<Boolean> busy;
    public final Property<Double> progress;
    /** The problem to show under the passphrase, or null. */
    public final Property<String> message = new Property<>(null);
    /** A backup that opens with the passphrase just tried, when the vault itself is damaged. */
    public final Property<Path> restorableBackup = new Property<>(null);

    public final List<Path> recent;

    private final Consumer<Vault> readying;
    private final Consumer<Vault> unlocked;

    /**
     * {@code readying} gets the vault on the worker thread as soon as it is open, to prepare its
     * showing there (the event thread is then spared that work); {@code unlocked} gets it after, on
     * the event thread.
     */
    public UnlockPresenter(
            Path file, List<Path> recent, Tasks tasks, Consumer<Vault> readying, Consumer<Vault> unlocked) {
        this.file = new Property<>(file);
        this.recent = recent;
        this.task = new FormTask(tasks);
        this.busy = task.busy;
        this.progress = task.progress;
        this.readying = readying;
        this.unlocked = unlocked;
        this.file.addListener(f -> {
            message.set(null);
            restorableBackup.set(null);
        });
    }

    /** Starts unlocking; {@code passphrase} is copied, the caller wipes its own array. */
    public void unlock(char[] passphrase) {
        if (busy.get()) {
            return;
        }
        if (passphrase.length == 0) {
            message.set(Messages.text("unlock.empty"));
            return;
        }
        char[] copy = passphrase.clone();
        Path target = file.get();
        message.set(null);
        restorableBackup.set(null);
        task.start(
                p -> {
                    try {
                        Vault opened = Vault.open(target, copy, p::report);
                        try {
                            readying.accept(opened);
                        } catch (RuntimeException e) {
                            // Nobody else holds the vault yet: close it, or its lock stays until exit.
                            opened.close();
                            throw e;
                        }
                        return opened;
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                },
                unlocked,
                this::explain);
    }

    /** Cancels a running key derivation; returns false when there was none (the form may close). */
    public boolean cancel() {
        return task.cancel();
    }

    /** Puts the backup in place of the damaged vault; the user then unlocks it as usual. */
    public void restoreBackup() {
        Path target = file.get();
        task.start(
                p -> Vault.restoreBackup(target),
                damaged -> {
                    restorableBackup.set(null);
                    message.set(Messages.format("unlock.restored", damaged.getFileName()));
                },
                this::explain);
    }

    private void explain(Throwable failure) {
        if (failure instanceof CancellationException) {
            message.set(Messages.text("unlock.cancelled"));
        } else if (failure instanceof VaultException e && e.reason() == VaultException.Reason.WRONG_PASSPHRASE) {
            message.set(Messages.text("unlock.wrong"));
        } else if (failure instanceof VaultException e) {
            message.set(e.getMessage());
            restorableBackup.set(e.usableBackup().orElse(null));
        } else {
            Failure f = Failure.of(Messages.text("unlock.failed"), failure);
            message.set(f.why() + (f.advice() == null ? "" : " " + f.advice()));
        }
    }
}

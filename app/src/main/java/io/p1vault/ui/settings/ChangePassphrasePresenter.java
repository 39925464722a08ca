package io.p1vault.ui.settings;

import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.FormTask;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.NewPassphrase;
import io.p1vault.vault.Vault;

import java.util.Arrays;

/**
 * Changing the passphrase of the unlocked vault: the new one twice with its strength. The vault
 * is re-keyed and saved in the background (one key derivation), keeping its work factor.
 */
public final class ChangePassphrasePresenter {
    public final NewPassphrase passphrase;
    private final FormTask task;
    public final Property<Boolean> busy;
    public final Property<Boolean> done = new Property<>(false);

    private final Vault vault;
    private final Runnable changed;

    public ChangePassphrasePresenter(Vault vault, Tasks tasks, Runnable changed) {
        this.vault = vault;
        this.task = new FormTask(tasks);
        this.passphrase = new NewPassphrase(tasks);
        this.busy = task.busy;
        this.changed = changed;
    }

    /** The caller wipes both arrays. */
    public void change(char[] passphrase, char[] confirmation) {
        if (busy.get() || !this.passphrase.accept(passphrase, confirmation)) {
            return;
        }
        char[] copy = passphrase.clone();
        int workFactor = vault.workFactor();
        task.start(
                p -> {
                    try {
                        vault.changePassphrase(copy, workFactor);
                        return null;
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                },
                ignored -> {
                    changed.run();
                    done.set(true);
                },
                failure -> this.passphrase.passphraseError.set(
                        Failure.of(Messages.text("passphrase.failed"), failure).why()));
    }
}

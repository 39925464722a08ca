package io.p1vault.ui.session;

import io.p1vault.storage.PrivateFolders;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.FormTask;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** The form that creates a vault: where, the passphrase twice, its strength, and progress. */
public final class CreateVaultPresenter {
    public final Property<Path> location;
    public final NewPassphrase passphrase;
    public final Property<String> locationError = new Property<>(null);
    private final FormTask task;
    public final Property<Boolean> busy;
    public final Property<Double> progress;

    private final int workFactor;
    private final Consumer<Vault> created;

    public CreateVaultPresenter(Path location, int workFactor, Tasks tasks, Consumer<Vault> created) {
        this.location = new Property<>(location);
        this.workFactor = workFactor;
        this.task = new FormTask(tasks);
        this.passphrase = new NewPassphrase(tasks);
        this.busy = task.busy;
        this.progress = task.progress;
        this.created = created;
        this.location.addListener(l -> locationError.set(null));
    }

    /** Checks the form and creates the vault in the background; the caller wipes both arrays. */
    public void create(char[] passphrase, char[] confirmation) {
        if (busy.get() || !this.passphrase.accept(passphrase, confirmation)) {
            return;
        }
        char[] copy = passphrase.clone();
        Path target = location.get();
        task.start(
                p -> {
                    try {
                        Vault.checkCanCreate(target);
                        PrivateFolders.create(target.toAbsolutePath().getParent());
                        return Vault.create(target, copy, workFactor, p::report);
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                },
                created,
                failure -> {
                    if (failure instanceof CancellationException) {
                        this.passphrase.passphraseError.set(Messages.text("create.cancelled"));
                    } else if (failure instanceof VaultException e
                            && e.reason() != VaultException.Reason.INVALID_INPUT) {
                        locationError.set(e.getMessage());
                    } else {
                        locationError.set(Failure.of(Messages.text("create.failed"), failure)
                                .why());
                    }
                });
    }

    public boolean cancel() {
        return task.cancel();
    }

    public boolean weakWorkFactor() {
        return workFactor < 18;
    }
}

package io.p1vault.ui.session;

import io.p1vault.ui.Messages;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** The form that creates a vault: where, the passphrase twice, its strength, and progress. */
public final class CreateVaultPresenter {
    public final Property<Path> location;
    public final NewPassphrase passphrase = new NewPassphrase();
    public final Property<String> locationError = new Property<>(null);
    public final Property<Boolean> busy = new Property<>(false);
    public final Property<Double> progress = new Property<>(0.0);

    private final int workFactor;
    private final Tasks tasks;
    private final Consumer<Vault> created;
    private Tasks.Handle running;

    public CreateVaultPresenter(Path location, int workFactor, Tasks tasks, Consumer<Vault> created) {
        this.location = new Property<>(location);
        this.workFactor = workFactor;
        this.tasks = tasks;
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
        busy.set(true);
        progress.set(0.0);
        running = tasks.run(p -> {
            try {
                Vault.checkCanCreate(target);
                Files.createDirectories(target.toAbsolutePath().getParent());
                return Vault.create(target, copy, workFactor, p::report);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, Tasks.callbacks(vault -> {
            busy.set(false);
            created.accept(vault);
        }, failure -> {
            busy.set(false);
            if (failure instanceof CancellationException) {
                this.passphrase.passphraseError.set(Messages.text("create.cancelled"));
            } else if (failure instanceof VaultException e && e.reason() != VaultException.Reason.INVALID_INPUT) {
                locationError.set(e.getMessage());
            } else {
                locationError.set(Failure.of(Messages.text("create.failed"), failure).why());
            }
        }, progress::set));
    }

    public boolean cancel() {
        if (!busy.get()) {
            return false;
        }
        running.cancel();
        return true;
    }

    public boolean weakWorkFactor() {
        return workFactor < 18;
    }
}

package io.p1vault.ui.session;

import io.p1vault.desktop.PassphraseStrength;
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
    public final Property<PassphraseStrength.Estimate> strength =
            new Property<>(PassphraseStrength.estimate(new char[0]));
    public final Property<String> locationError = new Property<>(null);
    public final Property<String> passphraseError = new Property<>(null);
    public final Property<String> confirmError = new Property<>(null);
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

    /** Called as the passphrase is typed; the estimate works on the array itself. */
    public void passphraseTyped(char[] passphrase) {
        strength.set(PassphraseStrength.estimate(passphrase));
        passphraseError.set(null);
    }

    public void confirmationTyped() {
        confirmError.set(null);
    }

    /** Checks the form and creates the vault in the background; the caller wipes both arrays. */
    public void create(char[] passphrase, char[] confirmation) {
        if (busy.get()) {
            return;
        }
        if (passphrase.length == 0) {
            passphraseError.set(Messages.text("unlock.empty"));
            return;
        }
        if (!Arrays.equals(passphrase, confirmation)) {
            confirmError.set(Messages.text("create.mismatch"));
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
        }, new Tasks.Callbacks<>() {
            @Override
            public void done(Vault vault) {
                busy.set(false);
                created.accept(vault);
            }

            @Override
            public void failed(Throwable failure) {
                busy.set(false);
                if (failure instanceof CancellationException) {
                    passphraseError.set(Messages.text("create.cancelled"));
                } else if (failure instanceof VaultException e && e.reason() != VaultException.Reason.INVALID_INPUT) {
                    locationError.set(e.getMessage());
                } else {
                    Failure f = Failure.of(Messages.text("create.failed"), failure);
                    locationError.set(f.why());
                }
            }

            @Override
            public void progress(double fraction) {
                progress.set(fraction);
            }
        });
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

package io.p1vault.ui.session;

import io.p1vault.desktop.PassphraseStrength;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;

import java.util.Arrays;

/** A new passphrase typed twice, with its strength and what is wrong with it; shared by create and change. No Swing. */
public final class NewPassphrase {
    public final Property<PassphraseStrength.Estimate> strength =
            new Property<>(PassphraseStrength.estimate(new char[0]));
    public final Property<String> passphraseError = new Property<>(null);
    public final Property<String> confirmError = new Property<>(null);

    private static final System.Logger LOG = System.getLogger(NewPassphrase.class.getName());

    private final Tasks tasks;
    private boolean measuring;
    private char[] waiting;

    public NewPassphrase(Tasks tasks) {
        this.tasks = tasks;
    }

    /**
     * Called as the passphrase is typed. The estimate runs in the background on a copy, wiped when
     * it is done; while one runs, only the latest passphrase typed waits for the next.
     */
    public void passphraseTyped(char[] passphrase) {
        passphraseError.set(null);
        if (waiting != null) {
            Arrays.fill(waiting, '\0');
        }
        waiting = passphrase.clone();
        if (!measuring) {
            measureWaiting();
        }
    }

    private void measureWaiting() {
        char[] copy = waiting;
        waiting = null;
        measuring = true;
        tasks.run(
                progress -> {
                    try {
                        return PassphraseStrength.estimate(copy);
                    } finally {
                        Arrays.fill(copy, '\0');
                    }
                },
                Tasks.callbacks(
                        estimate -> {
                            strength.set(estimate);
                            measured();
                        },
                        failure -> {
                            LOG.log(System.Logger.Level.WARNING, "The passphrase strength estimate failed", failure);
                            measured();
                        }));
    }

    private void measured() {
        measuring = false;
        if (waiting != null) {
            measureWaiting();
        }
    }

    public void confirmationTyped() {
        confirmError.set(null);
    }

    /** Whether the two may be used; if not, the error says why. */
    public boolean accept(char[] passphrase, char[] confirmation) {
        if (passphrase.length == 0) {
            passphraseError.set(Messages.text("unlock.empty"));
            return false;
        }
        if (!Arrays.equals(passphrase, confirmation)) {
            confirmError.set(Messages.text("create.mismatch"));
            return false;
        }
        return true;
    }
}

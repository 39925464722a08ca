package io.p1vault.ui.session;

import io.p1vault.desktop.PassphraseStrength;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;

import java.util.Arrays;

/** A new passphrase typed twice, with its strength and what is wrong with it; shared by create and change. No Swing. */
public final class NewPassphrase {
    public final Property<PassphraseStrength.Estimate> strength =
            new Property<>(PassphraseStrength.estimate(new char[0]));
    public final Property<String> passphraseError = new Property<>(null);
    public final Property<String> confirmError = new Property<>(null);

    /** Called as the passphrase is typed; the estimate works on the array itself. */
    public void passphraseTyped(char[] passphrase) {
        strength.set(PassphraseStrength.estimate(passphrase));
        passphraseError.set(null);
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

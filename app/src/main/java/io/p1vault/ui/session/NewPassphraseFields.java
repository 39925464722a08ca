package io.p1vault.ui.session;

import io.p1vault.desktop.PassphraseStrength;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.PassphraseField;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The two passphrase fields with the strength meter, errors and Caps Lock warning, added to a
 * two-column MigLayout form; shared by the create and change-passphrase dialogs.
 */
public final class NewPassphraseFields {
    private final PassphraseField passphrase;
    private final PassphraseField confirmation;
    private final JProgressBar strengthBar = new JProgressBar(0, 100);
    private final JLabel strengthText = new JLabel();
    private final MessageLabel passphraseError;
    private final MessageLabel confirmError;
    private final MessageLabel capsLock;

    public NewPassphraseFields(String prefix, NewPassphrase model) {
        passphrase = new PassphraseField(prefix + ".passphrase", 28).onChange(model::passphraseTyped);
        confirmation = new PassphraseField(prefix + ".confirmation", 28).onChange(c -> model.confirmationTyped());
        strengthBar.setName(prefix + ".strength");
        strengthText.setName(prefix + ".strengthText");
        model.strength.bind(estimate -> {
            strengthBar.setValue(Math.min(100, estimate.bits()));
            strengthBar.setForeground(UIManager.getColor(color(estimate.level())));
            strengthText.setText(strengthText(estimate.level()));
            strengthBar.getAccessibleContext().setAccessibleName(strengthText.getText());
        });
        passphraseError =
                new MessageLabel(prefix + ".passphraseError", MessageLabel.Style.ERROR).follow(model.passphraseError);
        confirmError = new MessageLabel(prefix + ".confirmError", MessageLabel.Style.ERROR).follow(model.confirmError);
        capsLock = new MessageLabel(prefix + ".capsLock", MessageLabel.Style.WARNING);
        passphrase.warnCapsLock(capsLock);
        confirmation.warnCapsLock(capsLock);
    }

    /** Adds the rows to {@code form}, whose layout has a label column and a field column. */
    public void addTo(JPanel form) {
        form.add(Components.labelFor(Messages.text("create.passphrase"), passphrase));
        form.add(passphrase);
        form.add(strengthBar, "skip, split 2, h 6!, growx");
        // As wide as the longest verdict, so the bar does not jump while the user types.
        java.awt.FontMetrics metrics = strengthText.getFontMetrics(strengthText.getFont());
        int widest = java.util.Arrays.stream(PassphraseStrength.Level.values())
                .mapToInt(level -> metrics.stringWidth(strengthText(level)))
                .max()
                .orElse(0);
        form.add(strengthText, "w " + (widest + 8) + "!");
        form.add(passphraseError, "skip");
        form.add(Components.labelFor(Messages.text("create.confirmation"), confirmation));
        form.add(confirmation);
        form.add(confirmError, "skip");
        form.add(capsLock, "skip");
    }

    public void setEnabled(boolean enabled) {
        passphrase.setEnabled(enabled);
        confirmation.setEnabled(enabled);
    }

    /** Hands both passphrases to {@code use} and wipes the copies after. */
    public void submit(BiConsumer<char[], char[]> use) {
        char[] typed = passphrase.getPassword();
        char[] repeated = confirmation.getPassword();
        try {
            use.accept(typed, repeated);
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    public void clear() {
        passphrase.setText("");
        confirmation.setText("");
    }

    private static String strengthText(PassphraseStrength.Level level) {
        return Messages.format(
                "create.strength", Messages.text("strength." + level.name().toLowerCase(Locale.ROOT)));
    }

    private static String color(PassphraseStrength.Level level) {
        return switch (level) {
            case EMPTY, WEAK -> "p1vault.errorForeground";
            case FAIR -> "p1vault.warningForeground";
            case GOOD, STRONG -> "p1vault.okForeground";
        };
    }
}

package io.p1vault.ui.settings;

import io.p1vault.ui.Messages;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.PassphraseField;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import java.awt.Window;
import java.util.Arrays;
import java.util.Locale;

/** The new passphrase twice, with its strength; closes when the vault was re-keyed and saved. */
public final class ChangePassphraseDialog extends BaseDialog {
    private final ChangePassphrasePresenter presenter;
    private final PassphraseField passphrase = new PassphraseField("passphrase.new", 28);
    private final PassphraseField confirmation = new PassphraseField("passphrase.confirm", 28);

    public ChangePassphraseDialog(Window owner, ChangePassphrasePresenter presenter) {
        super(owner, "passphraseDialog", Messages.text("passphrase.title"));
        this.presenter = presenter;
        passphrase.onChange(presenter::passphraseTyped);
        confirmation.onChange(c -> presenter.confirmationTyped());
        JProgressBar strength = new JProgressBar(0, 100);
        JLabel strengthText = new JLabel();
        presenter.strength.bind(e -> {
            strength.setValue(Math.min(100, e.bits()));
            strengthText.setText(Messages.format("create.strength",
                    Messages.text("strength." + e.level().name().toLowerCase(Locale.ROOT))));
        });
        MessageLabel capsLock = new MessageLabel("passphrase.capsLock", MessageLabel.Style.WARNING);
        passphrase.warnCapsLock(capsLock);
        confirmation.warnCapsLock(capsLock);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        content.add(new JLabel(Messages.text("passphrase.intro")), "span, gapbottom para");
        content.add(Components.labelFor(Messages.text("create.passphrase"), passphrase));
        content.add(passphrase);
        content.add(strength, "skip, split 2, h 6!, growx");
        content.add(strengthText, "w 110!");
        content.add(new MessageLabel("passphrase.error", MessageLabel.Style.ERROR).follow(presenter.passphraseError), "skip");
        content.add(Components.labelFor(Messages.text("create.confirmation"), confirmation));
        content.add(confirmation);
        content.add(new MessageLabel("passphrase.confirmError", MessageLabel.Style.ERROR).follow(presenter.confirmError),
                "skip");
        content.add(capsLock, "skip");
        layOut(content, Messages.text("passphrase.ok"));
        presenter.busy.bind(b -> okButton.setEnabled(!b));
        presenter.done.addListener(d -> dispose());
    }

    @Override
    protected void ok() {
        char[] a = passphrase.getPassword();
        char[] b = confirmation.getPassword();
        try {
            presenter.change(a, b);
        } finally {
            Arrays.fill(a, '\0');
            Arrays.fill(b, '\0');
        }
    }

    @Override
    public void dispose() {
        passphrase.setText("");
        confirmation.setText("");
        super.dispose();
    }
}

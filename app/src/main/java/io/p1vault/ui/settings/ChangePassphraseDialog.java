package io.p1vault.ui.settings;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.session.NewPassphraseFields;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.Window;

/** The new passphrase twice, with its strength; closes when the vault was re-keyed and saved. */
public final class ChangePassphraseDialog extends BaseDialog {
    private final ChangePassphrasePresenter presenter;
    private final NewPassphraseFields fields;

    public ChangePassphraseDialog(Window owner, ChangePassphrasePresenter presenter) {
        super(owner, "passphraseDialog", Messages.text("passphrase.title"));
        this.presenter = presenter;
        fields = new NewPassphraseFields("passphrase", presenter.passphrase);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        content.add(new JLabel(Messages.text("passphrase.intro")), "span, gapbottom para");
        fields.addTo(content);
        own(presenter.busy.bind(b -> {
            okButton.setEnabled(!b);
            fields.setEnabled(!b);
        }));
        own(presenter.done.addListener(d -> dispose()));
        layOut(content, Messages.text("passphrase.ok"));
    }

    @Override
    protected void ok() {
        fields.submit(presenter::change);
    }

    @Override
    public void dispose() {
        fields.clear();
        super.dispose();
    }
}

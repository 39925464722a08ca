package io.p1vault.ui.session;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import java.awt.Window;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Creates a vault: where (the default folder, or chosen), the passphrase twice with its strength. */
public final class CreateVaultDialog extends BaseDialog {
    private final CreateVaultPresenter presenter;
    private final NewPassphraseFields passphrase;
    private final JTextField location = new JTextField(32);

    /** {@code openInstead} (may be null) offers to open an existing vault instead, on a first run. */
    public CreateVaultDialog(Window owner, CreateVaultPresenter presenter, Dialogs dialogs, Runnable openInstead) {
        super(owner, "createDialog", Messages.text("create.title"));
        this.presenter = presenter;
        cancelStops(presenter::cancel);
        location.setName("create.location");
        location.setText(presenter.location.get().toString());
        Documents.onChange(location, this::locationTyped);
        JButton browse = Components.named(
                new JButton(Messages.text("unlock.browse")), "create.browse", Messages.text("unlock.browse"));
        browse.addActionListener(
                e -> dialogs.chooseNewVault(presenter.location.get()).ifPresent(p -> location.setText(p.toString())));

        passphrase = new NewPassphraseFields("create", presenter.passphrase);
        JProgressBar progress = derivationProgress("create.progress");

        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx", "[]para[grow,fill]", "[]para[]"));
        content.add(new JLabel(Icons.get("vault", 48)), "spany 2, top");
        content.add(Components.heading(Messages.text("create.heading"), 1.3f));
        content.add(new JLabel(Messages.text("create.intro")), "gapbottom para");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        form.add(Components.labelFor(Messages.text("create.location"), location));
        form.add(location, "split 2, growx");
        form.add(browse);
        form.add(
                new MessageLabel("create.locationError", MessageLabel.Style.ERROR).follow(presenter.locationError),
                "skip, wmin 0, width 100:380");
        passphrase.addTo(form);
        if (presenter.weakWorkFactor()) {
            MessageLabel weak = new MessageLabel("create.weakWorkFactor", MessageLabel.Style.WARNING);
            weak.show(Messages.text("create.weakWorkFactor"));
            form.add(weak, "skip, wmin 0, width 100:380");
        }
        form.add(progress, "skip");
        content.add(form, "skip, growx");
        own(presenter.busy.bind(busy -> {
            progress.setVisible(busy);
            passphrase.setEnabled(!busy);
            for (var c : new javax.swing.JComponent[] {location, browse, okButton}) {
                c.setEnabled(!busy);
            }
        }));
        follow(progress, presenter.progress);
        own(presenter.locationError.addListener(m -> fitContent()));
        own(presenter.passphrase.passphraseError.addListener(m -> fitContent()));
        own(presenter.passphrase.confirmError.addListener(m -> fitContent()));
        if (openInstead != null) {
            JButton open = Components.named(
                    new JButton(Messages.text("create.openInstead")),
                    "create.openInstead",
                    Messages.text("create.openInstead"));
            open.addActionListener(e -> {
                dispose();
                openInstead.run();
            });
            layOut(content, Messages.text("create.ok"), open);
        } else {
            layOut(content, Messages.text("create.ok"));
        }
    }

    private void locationTyped() {
        try {
            presenter.location.set(Path.of(location.getText().strip()));
        } catch (InvalidPathException e) {
            presenter.locationError.set(Messages.text("create.badLocation"));
        }
    }

    @Override
    protected void ok() {
        passphrase.submit(presenter::create);
    }

    @Override
    public void dispose() {
        passphrase.clear();
        super.dispose();
    }
}

package io.p1vault.ui.session;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.PassphraseField;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.LayoutFocusTraversalPolicy;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Asks for the passphrase of a vault (chosen from recent ones or a file chooser) and unlocks it. */
public final class UnlockDialog extends BaseDialog {
    private final UnlockPresenter presenter;
    private final PassphraseField passphrase = new PassphraseField("unlock.passphrase", 28);
    private final DefaultComboBoxModel<Path> files = new DefaultComboBoxModel<>();

    public UnlockDialog(Window owner, UnlockPresenter presenter, Dialogs dialogs) {
        super(owner, "unlockDialog", Messages.text("unlock.title"));
        this.presenter = presenter;
        cancelStops(presenter::cancel);

        Set<Path> choices = new LinkedHashSet<>();
        choices.add(presenter.file.get());
        choices.addAll(presenter.recent);
        choices.forEach(files::addElement);
        JComboBox<Path> file = Components.named(new JComboBox<>(files), "unlock.file", Messages.text("unlock.file"));
        file.setPrototypeDisplayValue(Path.of("/home/someone/.local/share/p1vault/vault.age"));
        file.addActionListener(e -> {
            if (file.getSelectedItem() instanceof Path p) {
                presenter.file.set(p);
            }
        });
        JButton browse = Components.named(
                new JButton(Messages.text("unlock.browse")), "unlock.browse", Messages.text("unlock.browse"));
        browse.addActionListener(e -> dialogs.chooseVaultToOpen(
                        presenter.file.get().getParent())
                .ifPresent(p -> {
                    if (files.getIndexOf(p) < 0) {
                        files.insertElementAt(p, 0);
                    }
                    files.setSelectedItem(p);
                }));

        MessageLabel capsLock = new MessageLabel("unlock.capsLock", MessageLabel.Style.WARNING);
        passphrase.warnCapsLock(capsLock);
        MessageLabel message = new MessageLabel("unlock.message", MessageLabel.Style.ERROR).follow(presenter.message);
        JProgressBar progress = derivationProgress("unlock.progress");
        JButton restore = Components.named(
                new JButton(Messages.text("unlock.restoreBackup")),
                "unlock.restoreBackup",
                Messages.text("unlock.restoreBackup"));
        restore.addActionListener(e -> presenter.restoreBackup());

        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx", "[]para[grow,fill]", "[]para[]rel[]"));
        content.add(new JLabel(Icons.get("lock", 48)), "spany 2, top");
        content.add(Components.heading(Messages.text("unlock.heading"), 1.3f));
        content.add(new JLabel(Messages.text("unlock.intro")), "gapbottom para");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        form.add(Components.labelFor(Messages.text("unlock.file"), file));
        form.add(file, "split 2, growx");
        form.add(browse);
        form.add(Components.labelFor(Messages.text("unlock.passphrase"), passphrase));
        form.add(passphrase);
        form.add(capsLock, "skip");
        form.add(progress, "skip");
        form.add(message, "skip, wmin 0, width 100:360");
        form.add(restore, "skip, growx 0");
        content.add(form, "skip, growx");

        own(presenter.busy.bind(busy -> {
            progress.setVisible(busy);
            passphrase.setEnabled(!busy);
            file.setEnabled(!busy);
            browse.setEnabled(!busy);
            okButton.setEnabled(!busy);
            if (!busy) {
                passphrase.selectAll();
                passphrase.requestFocusInWindow();
            }
        }));
        follow(progress, presenter.progress);
        own(presenter.restorableBackup.bind(b -> restore.setVisible(b != null)));
        own(presenter.message.addListener(m -> fitContent()));
        own(presenter.restorableBackup.addListener(b -> fitContent()));
        layOut(content, Messages.text("unlock.ok"));
        // The vault is chosen already (the last one) nearly always: keys typed the moment the dialog
        // appears belong in the passphrase, not in the file list above it.
        setFocusTraversalPolicy(new LayoutFocusTraversalPolicy() {
            @Override
            public Component getInitialComponent(Window window) {
                return passphrase;
            }
        });
    }

    @Override
    protected void ok() {
        char[] typed = passphrase.getPassword();
        try {
            presenter.unlock(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    @Override
    public void dispose() {
        passphrase.setText("");
        super.dispose();
    }
}

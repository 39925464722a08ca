package io.p1vault.ui.session;

import io.p1vault.desktop.PassphraseStrength;
import io.p1vault.ui.Icons;
import io.p1vault.ui.Messages;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.PassphraseField;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Window;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Creates a vault: where (the default folder, or chosen), the passphrase twice with its strength. */
public final class CreateVaultDialog extends BaseDialog {
    private final CreateVaultPresenter presenter;
    private final PassphraseField passphrase = new PassphraseField("create.passphrase", 28);
    private final PassphraseField confirmation = new PassphraseField("create.confirmation", 28);
    private final JTextField location = new JTextField(32);

    /** {@code openInstead} (may be null) offers to open an existing vault instead, on a first run. */
    public CreateVaultDialog(Window owner, CreateVaultPresenter presenter, Dialogs dialogs, Runnable openInstead) {
        super(owner, "createDialog", Messages.text("create.title"));
        this.presenter = presenter;
        location.setName("create.location");
        location.setText(presenter.location.get().toString());
        location.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                locationTyped();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                locationTyped();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                locationTyped();
            }
        });
        JButton browse = Components.named(new JButton(Messages.text("unlock.browse")), "create.browse",
                Messages.text("unlock.browse"));
        browse.addActionListener(e -> dialogs.chooseNewVault(presenter.location.get())
                .ifPresent(p -> location.setText(p.toString())));

        JProgressBar strength = new JProgressBar(0, 100);
        strength.setName("create.strength");
        JLabel strengthText = new JLabel();
        strengthText.setName("create.strengthText");
        passphrase.onChange(presenter::passphraseTyped);
        confirmation.onChange(c -> presenter.confirmationTyped());
        presenter.strength.bind(estimate -> {
            strength.setValue(Math.min(100, estimate.bits()));
            strength.setForeground(UIManager.getColor(color(estimate.level())));
            strengthText.setText(Messages.format("create.strength",
                    Messages.text("strength." + estimate.level().name().toLowerCase(Locale.ROOT))));
            strength.getAccessibleContext().setAccessibleName(strengthText.getText());
        });
        MessageLabel capsLock = new MessageLabel("create.capsLock", MessageLabel.Style.WARNING);
        passphrase.warnCapsLock(capsLock);
        confirmation.warnCapsLock(capsLock);
        JProgressBar progress = new JProgressBar(0, 1000);
        progress.setName("create.progress");
        progress.setString(Messages.text("unlock.deriving"));
        progress.setStringPainted(true);

        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx", "[]para[grow,fill]", "[]para[]"));
        content.add(new JLabel(Icons.get("vault", 48)), "spany 2, top");
        content.add(Components.heading(Messages.text("create.heading"), 1.3f));
        content.add(new JLabel(Messages.text("create.intro")), "gapbottom para");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][grow,fill]", ""));
        form.add(Components.labelFor(Messages.text("create.location"), location));
        form.add(location, "split 2, growx");
        form.add(browse);
        form.add(new MessageLabel("create.locationError", MessageLabel.Style.ERROR).follow(presenter.locationError),
                "skip, wmin 0, width 100:380");
        form.add(Components.labelFor(Messages.text("create.passphrase"), passphrase));
        form.add(passphrase);
        form.add(strength, "skip, split 2, h 6!, growx");
        form.add(strengthText, "w 110!");
        form.add(new MessageLabel("create.passphraseError", MessageLabel.Style.ERROR).follow(presenter.passphraseError),
                "skip");
        form.add(Components.labelFor(Messages.text("create.confirmation"), confirmation));
        form.add(confirmation);
        form.add(new MessageLabel("create.confirmError", MessageLabel.Style.ERROR).follow(presenter.confirmError), "skip");
        form.add(capsLock, "skip");
        if (presenter.weakWorkFactor()) {
            MessageLabel weak = new MessageLabel("create.weakWorkFactor", MessageLabel.Style.WARNING);
            weak.show(Messages.text("create.weakWorkFactor"));
            form.add(weak, "skip, wmin 0, width 100:380");
        }
        form.add(progress, "skip");
        content.add(form, "skip, growx");
        presenter.busy.bind(busy -> {
            progress.setVisible(busy);
            for (var c : new javax.swing.JComponent[] {passphrase, confirmation, location, browse, okButton}) {
                c.setEnabled(!busy);
            }
        });
        presenter.progress.bind(f -> progress.setValue((int) Math.round(f * 1000)));
        presenter.locationError.addListener(m -> fitContent());
        presenter.passphraseError.addListener(m -> fitContent());
        presenter.confirmError.addListener(m -> fitContent());
        if (openInstead != null) {
            JButton open = Components.named(new JButton(Messages.text("create.openInstead")), "create.openInstead",
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


    private static String color(PassphraseStrength.Level level) {
        return switch (level) {
            case EMPTY, WEAK -> "p1vault.errorForeground";
            case FAIR -> "p1vault.warningForeground";
            case GOOD, STRONG -> "p1vault.okForeground";
        };
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
        char[] typed = passphrase.getPassword();
        char[] repeated = confirmation.getPassword();
        try {
            presenter.create(typed, repeated);
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    @Override
    protected void cancel() {
        if (!presenter.cancel()) {
            dispose();
        }
    }

    @Override
    public void dispose() {
        passphrase.setText("");
        confirmation.setText("");
        super.dispose();
    }
}

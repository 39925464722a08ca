package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Changes the vault's passphrase. */
public final class ChangePassphraseAction extends AppAction {
    private final DesktopController app;

    public ChangePassphraseAction(DesktopController app) {
        super("vault.passphrase");
        this.app = app;
        enabledWhen(app.session().editable);
    }

    @Override
    protected void perform() {
        app.changePassphrase();
    }
}

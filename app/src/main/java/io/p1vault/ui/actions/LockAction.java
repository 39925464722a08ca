package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Locks the vault: hides its entries and wipes the keys. */
public final class LockAction extends AppAction {
    private final DesktopController app;

    public LockAction(DesktopController app) {
        super("vault.lock");
        this.app = app;
        enabledWhen(app.session().unlocked);
    }

    @Override
    protected void perform() {
        app.lock();
    }
}
